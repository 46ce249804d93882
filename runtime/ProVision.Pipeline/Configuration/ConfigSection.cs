using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProVision.Pipeline.Configuration;

/// <summary>
/// One YAML mapping of a configuration file, read key by key with located errors. Every accessor records
/// the key it was asked for, so <see cref="RejectUnknownKeys"/> can report any key nobody asked about as
/// "unknown", with its line, the keys that are known, and the closest one when it looks like a typo.
/// A key given as <c>~</c>, <c>null</c> or nothing reads as absent.
/// </summary>
public sealed class ConfigSection
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    private ConfigSection(YamlMappingNode node, string source, string path)
    {
        _node = node;
        Source = source;
        Path = path;
    }

    /// <summary>The file name used in messages.</summary>
    public string Source { get; }

    /// <summary>Where this mapping sits, e.g. <c>detect</c> or <c>models[2].detector</c>; empty for the root.</summary>
    public string Path { get; }

    /// <summary>1-based line of the mapping (0 for an empty document).</summary>
    public int Line => (int)_node.Start.Line;

    public int Column => (int)_node.Start.Column;

    /// <summary>Keys present in this mapping, in file order.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Parses YAML text whose root is a mapping (an empty document is an empty mapping).</summary>
    /// <exception cref="ConfigException">The text is not YAML, or its root is not a mapping.</exception>
    public static ConfigSection Parse(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ConfigException(source, (int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {Describe(ex)}", ex);
        }

        if (stream.Documents.Count == 0) return new ConfigSection(new YamlMappingNode(), source, "");
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw new ConfigException(source, (int)second.Start.Line, (int)second.Start.Column, "holds more than one YAML document; keep one");
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" or "null" }) return new ConfigSection(new YamlMappingNode(), source, "");
        if (root is not YamlMappingNode mapping)
            throw new ConfigException(source, (int)root.Start.Line, (int)root.Start.Column, "the file must be a mapping of keys to values");
        return new ConfigSection(mapping, source, "");
    }

    /// <summary>Reads a YAML file whose root is a mapping.</summary>
    /// <exception cref="ConfigException">The file cannot be read or is not valid.</exception>
    public static ConfigSection Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, 0, 0, ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot be read ({ex.Message})", ex);
        }
        return Parse(text, path);
    }

    public bool Has(string key)
    {
        _asked.Add(key);
        return Find(key) is not null;
    }

    /// <summary>A string value, or null when absent.</summary>
    public string? String(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar) throw Error(node, $"'{Name(key)}' must be a single value, not a {Kind(node)}");
        return scalar.Value;
    }

    /// <summary>A required string value.</summary>
    public string RequiredString(string key) => String(key) ?? throw MissingKey(key);

    /// <summary>A number, or null when absent.</summary>
    public double? Double(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw Error(node, $"'{Name(key)}' must be a number, found {Show(node)}");
    }

    /// <summary>A number within [min, max], or null when absent.</summary>
    public double? Double(string key, double min, double max)
    {
        var value = Double(key);
        if (value is { } v && (v < min || v > max)) throw Error(Find(key)!, $"'{Name(key)}' must be between {F(min)} and {F(max)}, found {F(v)}");
        return value;
    }

    /// <summary>A whole number within [min, max], or null when absent.</summary>
    public int? Int(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max) throw Error(node, $"'{Name(key)}' must be between {min} and {max}, found {value}");
            return value;
        }
        throw Error(node, $"'{Name(key)}' must be a whole number, found {Show(node)}");
    }

    /// <summary>true/false, or null when absent.</summary>
    public bool? Bool(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            switch (scalar.Value?.ToLowerInvariant())
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }
        throw Error(node, $"'{Name(key)}' must be true or false, found {Show(node)}");
    }

    /// <summary>One of <paramref name="allowed"/>, or null when absent.</summary>
    public string? Choice(string key, params string[] allowed)
    {
        var value = String(key);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal)) return value;
        throw Error(Find(key)!, $"'{Name(key)}' must be one of {string.Join(", ", allowed)}; found '{value}'{Suggest(value, allowed)}");
    }

    /// <summary>A list of strings (a YAML sequence, or one value), or null when absent.</summary>
    public IReadOnlyList<string>? Strings(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return [scalar.Value ?? ""];
        if (node is not YamlSequenceNode sequence) throw Error(node, $"'{Name(key)}' must be a list, not a {Kind(node)}");
        var result = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode s) throw Error(item, $"each item of '{Name(key)}' must be a single value, not a {Kind(item)}");
            result.Add(s.Value ?? "");
        }
        return result;
    }

    /// <summary>A list of numbers, or null when absent; <paramref name="count"/> fixes its length when given.</summary>
    public double[]? Numbers(string key, int? count = null)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is not YamlSequenceNode sequence) throw Error(node, $"'{Name(key)}' must be a list of numbers, like [1, 2, 3]");
        if (count is { } n && sequence.Children.Count != n) throw Error(node, $"'{Name(key)}' must hold {n} numbers, found {sequence.Children.Count}");
        var result = new double[sequence.Children.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = sequence.Children[i];
            if (item is not YamlScalarNode s || !double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) || !double.IsFinite(result[i]))
                throw Error(item, $"'{Name(key)}[{i}]' must be a number, found {Show(item)}");
        }
        return result;
    }

    /// <summary>A mapping of strings to strings, or null when absent.</summary>
    public IReadOnlyDictionary<string, string>? StringMap(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is not YamlMappingNode mapping) throw Error(node, $"'{Name(key)}' must be a mapping like {{\"old\": \"new\"}}, not a {Kind(node)}");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in mapping.Children)
        {
            if (k is not YamlScalarNode ks || v is not YamlScalarNode vs) throw Error(k, $"each entry of '{Name(key)}' must map a single value to a single value");
            if (!result.TryAdd(ks.Value ?? "", vs.Value ?? "")) throw Error(k, $"'{ks.Value}' appears twice in '{Name(key)}'");
        }
        return result;
    }

    /// <summary>A nested mapping, or null when absent.</summary>
    public ConfigSection? Section(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is not YamlMappingNode mapping) throw Error(node, $"'{Name(key)}' must be a mapping of keys to values, not a {Kind(node)}");
        return new ConfigSection(mapping, Source, Name(key));
    }

    /// <summary>A list of mappings, or null when absent.</summary>
    public IReadOnlyList<ConfigSection>? Sections(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is not YamlSequenceNode sequence) throw Error(node, $"'{Name(key)}' must be a list, not a {Kind(node)}");
        var result = new List<ConfigSection>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is not YamlMappingNode item) throw Error(sequence.Children[i], $"'{Name(key)}[{i}]' must be a mapping of keys to values");
            result.Add(new ConfigSection(item, Source, $"{Name(key)}[{i}]"));
        }
        return result;
    }

    /// <summary>Marks keys as known without reading them (keys another reader handles).</summary>
    public void Allow(params string[] keys)
    {
        foreach (var key in keys) _asked.Add(key);
    }

    /// <summary>Throws for the first key in this mapping that no accessor asked for.</summary>
    /// <exception cref="ConfigException">An unknown key, with its line, the known keys and a suggestion.</exception>
    public void RejectUnknownKeys()
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is not null && _asked.Contains(name)) continue;
            var where = Path.Length == 0 ? "at the top level" : $"in '{Path}'";
            var known = _asked.Count == 0 ? "this section takes no keys" : $"known keys: {string.Join(", ", _asked.Order(StringComparer.Ordinal))}";
            throw Error(key, $"unknown key '{name ?? Show(key)}' {where}{Suggest(name ?? "", _asked)} ({known})");
        }
    }

    /// <summary>An error located at <paramref name="key"/>'s value (or at this mapping when the key is absent).</summary>
    public ConfigException Error(string key, string problem)
    {
        var node = Find(key);
        return node is null ? new ConfigException(Source, Line, Column, problem) : Error(node, problem);
    }

    /// <summary>An error located at this mapping.</summary>
    public ConfigException Error(string problem) => new(Source, Line, Column, problem);

    /// <summary>An error for a key that must be present.</summary>
    public ConfigException MissingKey(string key) =>
        new(Source, Line, Column, Path.Length == 0 ? $"missing required key '{key}'" : $"'{Path}' is missing required key '{key}'");

    /// <summary>The full name of a key for messages: <c>detect.model</c>.</summary>
    public string Name(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private YamlNode? Get(string key)
    {
        _asked.Add(key);
        var node = Find(key);
        return node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" } ? null : node;
    }

    private YamlNode? Find(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private ConfigException Error(YamlNode node, string problem) => new(Source, (int)node.Start.Line, (int)node.Start.Column, problem);

    private static string Kind(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string Show(YamlNode node) => node is YamlScalarNode s ? $"'{s.Value}'" : $"a {Kind(node)}";

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we give the position ourselves.
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    /// <summary>"; did you mean 'x'?" when a known word is within two edits of <paramref name="word"/>.</summary>
    internal static string Suggest(string word, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: EditDistance(word, k))).Where(c => c.Distance <= 2 && c.Distance < word.Length)
            .OrderBy(c => c.Distance).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is null ? "" : $"; did you mean '{best.Key}'?";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

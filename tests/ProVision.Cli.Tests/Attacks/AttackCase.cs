namespace ProVision.Cli.Tests.Attacks;

/// <summary>One folder of tests/Attacks and its parsed <c>expect</c> file (format: tests/Attacks/README.md).</summary>
public sealed record AttackCase(string Name, string Folder)
{
    private static readonly HashSet<string> s_keys = ["run", "exit", "stdout", "stderr", "output", "not", "no-file", "seconds", "memory-mb", "env"];

    public required IReadOnlyList<string> Arguments { get; init; }
    public required int Exit { get; init; }
    public IReadOnlyList<string> Stdout { get; init; } = [];
    public IReadOnlyList<string> Stderr { get; init; } = [];
    public IReadOnlyList<string> Output { get; init; } = [];
    public IReadOnlyList<string> Not { get; init; } = [];
    public IReadOnlyList<string> NoFiles { get; init; } = [];
    public IReadOnlyList<(string Name, string Value)> Environment { get; init; } = [];
    public int Seconds { get; init; } = 60;
    public int MemoryMb { get; init; } = 1024;

    /// <summary>The corpus folder: tests/Attacks, found from the test binaries upwards.</summary>
    public static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Attacks");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/Attacks not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Reads <paramref name="folder"/>/expect; throws <see cref="FormatException"/> on anything the README does not define.</summary>
    public static AttackCase Read(string folder)
    {
        var name = Path.GetFileName(folder);
        var lines = File.ReadAllLines(Path.Combine(folder, "expect"));
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOf(':');
            var key = colon > 0 ? line[..colon].Trim() : "";
            if (!s_keys.Contains(key)) throw new FormatException($"{name}/expect line {i + 1}: unknown key '{key}'; the keys are {string.Join(", ", s_keys)}");
            if (!values.TryGetValue(key, out var list)) values[key] = list = [];
            list.Add(line[(colon + 1)..].Trim());
        }
        string Single(string key, string? fallback = null) => values.TryGetValue(key, out var v)
            ? v.Count == 1 ? v[0] : throw new FormatException($"{name}/expect: '{key}' is given {v.Count} times")
            : fallback ?? throw new FormatException($"{name}/expect: '{key}' is missing");
        IReadOnlyList<string> Many(string key) => values.TryGetValue(key, out var v) ? v : [];
        return new AttackCase(name, folder)
        {
            Arguments = Single("run").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Exit = int.Parse(Single("exit"), System.Globalization.CultureInfo.InvariantCulture),
            Stdout = Many("stdout"),
            Stderr = Many("stderr"),
            Output = Many("output"),
            Not = Many("not"),
            NoFiles = Many("no-file"),
            Environment = [.. Many("env").Select(e => e.IndexOf('=') is > 0 and var eq ? (e[..eq], e[(eq + 1)..]) : throw new FormatException($"{name}/expect: env '{e}' is not NAME=value"))],
            Seconds = int.Parse(Single("seconds", "60"), System.Globalization.CultureInfo.InvariantCulture),
            MemoryMb = int.Parse(Single("memory-mb", "1024"), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public override string ToString() => Name;
}

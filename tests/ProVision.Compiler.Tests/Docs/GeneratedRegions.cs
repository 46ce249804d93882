using System.Text.RegularExpressions;

namespace ProVision.Compiler.Tests.Docs;

/// <summary>
/// Marked regions of a Markdown file that a tool writes: the lines between <c>&lt;!-- generated: NAME --&gt;</c>
/// and <c>&lt;!-- end generated: NAME --&gt;</c>. Everything outside the markers is written by people and kept.
/// </summary>
internal static partial class GeneratedRegions
{
    /// <summary>The text of each region, by name.</summary>
    public static Dictionary<string, string> Read(string markdown)
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Region().Matches(Normalize(markdown)))
        {
            if (!regions.TryAdd(match.Groups["name"].Value, match.Groups["body"].Value))
            {
                throw new InvalidOperationException($"the region '{match.Groups["name"].Value}' is marked twice");
            }
        }
        return regions;
    }

    /// <summary>The file with each region's text replaced; a region the file does not mark is an error.</summary>
    public static string Write(string markdown, IReadOnlyList<(string Name, string Text)> regions)
    {
        var text = Normalize(markdown);
        foreach (var (name, body) in regions)
        {
            var found = false;
            text = Region().Replace(text, match =>
            {
                if (match.Groups["name"].Value != name)
                {
                    return match.Value;
                }
                found = true;
                return match.Groups["open"].Value + body + match.Groups["close"].Value;
            });
            if (!found)
            {
                throw new InvalidOperationException($"no region '{name}': add '<!-- generated: {name} -->' and '<!-- end generated: {name} -->' lines");
            }
        }
        return text;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<open><!-- generated: (?<name>[a-z-]+) -->[^\n]*\n)(?<body>.*?)(?<close><!-- end generated: \k<name> -->)", RegexOptions.Singleline)]
    private static partial Regex Region();
}

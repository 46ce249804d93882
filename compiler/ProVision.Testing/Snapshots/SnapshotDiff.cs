using System.Text;
using DiffPlex.Renderer;

namespace ProVision.Testing.Snapshots;

/// <summary>Unified diffs of snapshot text (DiffPlex), plain or coloured for a terminal.</summary>
public static class SnapshotDiff
{
    public static string Unified(string verified, string received, string verifiedName, string receivedName) =>
        new UnidiffRenderer(contextLines: 2).Generate(verified, received, verifiedName, receivedName, ignoreWhitespace: false, ignoreCase: false);

    /// <summary>Colours a unified diff with ANSI codes: removed lines red, added green, hunk headers cyan.</summary>
    public static string Colorize(string diff)
    {
        var result = new StringBuilder();
        foreach (var line in diff.Split('\n'))
        {
            var color = line switch
            {
                _ when line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) => "\u001b[1m",
                _ when line.StartsWith('+') => "\u001b[32m",
                _ when line.StartsWith('-') => "\u001b[31m",
                _ when line.StartsWith("@@", StringComparison.Ordinal) => "\u001b[36m",
                _ => null,
            };
            result.Append(color is null ? line : color + line + "\u001b[0m").Append('\n');
        }
        return result.ToString().TrimEnd('\n');
    }
}

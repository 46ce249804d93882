using System.Text.RegularExpressions;

namespace ProVision.Testing.Snapshots;

/// <summary>
/// Removes values that change from run to run or machine to machine (absolute paths, timestamps, GUIDs) so that
/// snapshots only change when behaviour does. Paths are replaced by a name for their root (<c>{fixtures}</c>).
/// </summary>
public sealed partial class Scrubber
{
    private readonly List<(string Path, string Name)> _roots = [];

    /// <summary>Replaces <paramref name="path"/> (and its subpaths) with <c>{name}</c>.</summary>
    public Scrubber WithRoot(string path, string name)
    {
        var full = System.IO.Path.GetFullPath(path).TrimEnd('/', '\\');
        _roots.Add((full, "{" + name + "}"));
        // Longest first, so a nested root wins over its parent.
        _roots.Sort((a, b) => b.Path.Length.CompareTo(a.Path.Length));
        return this;
    }

    public string Scrub(string text)
    {
        foreach (var (path, name) in _roots)
        {
            text = text.Replace(path.Replace('\\', '/'), name, StringComparison.Ordinal).Replace(path, name, StringComparison.Ordinal);
        }
        text = Timestamp().Replace(text, "{timestamp}");
        return Guid().Replace(text, "{guid}");
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?\b")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();
}

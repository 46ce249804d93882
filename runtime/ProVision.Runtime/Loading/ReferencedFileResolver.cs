namespace ProVision.Runtime.Loading;

/// <summary>
/// Finds the mask or depth file an annotation names. As in the reference engine, a named mask file that is
/// missing, or is a Python pickle (which we never read), falls back to an <c>.npy</c> or <c>.rle.json</c>
/// with the same stem.
/// </summary>
public static class ReferencedFileResolver
{
    private static readonly string[] s_pickleExtensions = [".pkl", ".pickle"];

    /// <summary>Returns the path to use, or null with the list of paths tried.</summary>
    public static string? ResolveMask(string maskId, string folder, out IReadOnlyList<string> tried)
    {
        var candidates = new List<string>();
        var direct = Path.Combine(folder, maskId);
        if (!IsPickle(maskId)) candidates.Add(direct);
        var stem = Stem(direct);
        candidates.Add(stem + ".npy");
        candidates.Add(stem + ".rle.json");
        tried = candidates.Distinct().ToList();
        return tried.FirstOrDefault(File.Exists);
    }

    public static string? ResolveDepth(string depthId, string folder, out IReadOnlyList<string> tried)
    {
        var direct = Path.Combine(folder, depthId);
        var candidates = new List<string> { direct };
        if (!direct.EndsWith(".npy", StringComparison.OrdinalIgnoreCase)) candidates.Add(Stem(direct) + ".npy");
        tried = candidates.Distinct().ToList();
        return tried.FirstOrDefault(File.Exists);
    }

    private static bool IsPickle(string name) =>
        s_pickleExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string Stem(string path)
    {
        if (path.EndsWith(".rle.json", StringComparison.OrdinalIgnoreCase)) return path[..^".rle.json".Length];
        var ext = Path.GetExtension(path);
        return ext.Length > 0 ? path[..^ext.Length] : path;
    }
}

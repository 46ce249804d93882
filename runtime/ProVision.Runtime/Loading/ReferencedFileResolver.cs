namespace ProVision.Runtime.Loading;

/// <summary>
/// Finds the mask or depth file an annotation names. As in the reference engine, a named mask file that is
/// missing, or is a Python pickle (which we never read), falls back to an <c>.npy</c> or <c>.rle.json</c>
/// with the same stem. Names are untrusted: <see cref="DataPaths"/> decides which files may be read.
/// </summary>
public static class ReferencedFileResolver
{
    private static readonly string[] s_pickleExtensions = [".pkl", ".pickle"];

    /// <summary>The outcome of resolving one name: the path to read, or why none (a <see cref="DataError.Kind"/> and a message).</summary>
    public readonly record struct Resolution(string? Path, string? Problem, string Kind = "data path");

    public static Resolution ResolveMask(string maskId, string folder, GraphLoadOptions options)
    {
        var direct = Path.Combine(folder, maskId);
        var stem = Stem(direct);
        List<string> candidates = IsPickle(maskId) ? [] : [direct];
        candidates.Add(stem + ".npy");
        candidates.Add(stem + ".rle.json");
        return Resolve(maskId, folder, candidates, options, "mask", "--mask-dir");
    }

    public static Resolution ResolveDepth(string depthId, string folder, GraphLoadOptions options)
    {
        var direct = Path.Combine(folder, depthId);
        List<string> candidates = [direct];
        if (!direct.EndsWith(".npy", StringComparison.OrdinalIgnoreCase)) candidates.Add(Stem(direct) + ".npy");
        return Resolve(depthId, folder, candidates, options, "depth", "--depth-dir");
    }

    private static Resolution Resolve(string name, string folder, List<string> candidates, GraphLoadOptions options, string what, string folderOption)
    {
        if (DataPaths.NameProblem(name, folder, options.AllowOutsidePaths) is { } refused) return new(null, refused);
        var tried = candidates.Distinct().ToList();
        var found = tried.FirstOrDefault(File.Exists);
        if (found is null)
            return new(null, $"{what} file '{name}' not found (tried {string.Join(", ", tried)}); pass the {what} folder with {folderOption}", "missing file");
        return DataPaths.FileProblem(found, folder, options.AllowOutsidePaths) is { } problem ? new(null, problem) : new(found, null);
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

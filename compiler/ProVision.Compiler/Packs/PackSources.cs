using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Packs;

/// <summary>
/// Reads and parses a pack's .pvg files (<see cref="PackManifest.ResolvedSources"/>) with
/// <see cref="SyntaxTree.Parse"/>. Paths in the trees (and so in messages) are the manifest's path joined with
/// each file's path relative to the pack folder, e.g. <c>packs/basic/src/exists.pvg</c>.
/// </summary>
public static class PackSources
{
    /// <summary>The parsed files, in manifest order, and every syntax or read error.</summary>
    public static PackSourcesResult Load(PackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(manifest.ResolvedSources.Length);
        var diagnostics = ImmutableArray.CreateBuilder<PackDiagnostic>();
        foreach (var file in manifest.ResolvedSources)
        {
            var shown = DisplayPath(manifest, file);
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.PackFileReadError(default, shown, e.Message), shown, null));
                continue;
            }
            var tree = SyntaxTree.Parse(text, shown);
            trees.Add(tree);
            diagnostics.AddRange(tree.Diagnostics.Select(d => new PackDiagnostic(d, tree.Text)));
        }
        return new PackSourcesResult(trees.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Like <see cref="Load"/>, off the calling thread.</summary>
    public static Task<PackSourcesResult> LoadAsync(PackManifest manifest, CancellationToken cancellationToken = default) =>
        Task.Run(() => Load(manifest), cancellationToken);

    private static string DisplayPath(PackManifest manifest, string file)
    {
        var relative = Path.GetRelativePath(manifest.Folder, file);
        var manifestFolder = Path.GetDirectoryName(manifest.Source.Path);
        return string.IsNullOrEmpty(manifestFolder) ? relative : Path.Combine(manifestFolder, relative);
    }
}

/// <summary>Parsed sources and their diagnostics.</summary>
public sealed record PackSourcesResult(ImmutableArray<SyntaxTree> Trees, ImmutableArray<PackDiagnostic> Diagnostics)
{
    /// <summary>True when a file could not be read or has a syntax error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

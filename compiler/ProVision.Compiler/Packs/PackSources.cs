using System.Collections.Immutable;
using ProVision.Compiler.Compilation;
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
    public static PackSourcesResult Load(PackManifest manifest) => Parse(Read(manifest));

    /// <summary>The files' text, in manifest order, with the path shown for each, and every read error.</summary>
    public static PackSourceFiles Read(PackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var files = ImmutableArray.CreateBuilder<PackSourceKey.File>(manifest.ResolvedSources.Length);
        var diagnostics = ImmutableArray.CreateBuilder<PackDiagnostic>();
        foreach (var file in manifest.ResolvedSources)
        {
            var shown = DisplayPath(manifest, file);
            try
            {
                files.Add(new PackSourceKey.File(shown, File.ReadAllText(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.PackFileReadError(default, shown, e.Message), shown, null));
            }
        }
        return new PackSourceFiles(files.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Parses files <see cref="Read"/> read; their read errors come first in the result.</summary>
    public static PackSourcesResult Parse(PackSourceFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(files.Files.Length);
        var diagnostics = ImmutableArray.CreateBuilder<PackDiagnostic>();
        diagnostics.AddRange(files.Diagnostics);
        foreach (var file in files.Files)
        {
            var tree = SyntaxTree.Parse(file.Text, file.ShownPath);
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

/// <summary>A pack's source files as read (not parsed) and the errors reading them.</summary>
public sealed record PackSourceFiles(ImmutableArray<PackSourceKey.File> Files, ImmutableArray<PackDiagnostic> Diagnostics);

/// <summary>Parsed sources and their diagnostics.</summary>
public sealed record PackSourcesResult(ImmutableArray<SyntaxTree> Trees, ImmutableArray<PackDiagnostic> Diagnostics)
{
    /// <summary>True when a file could not be read or has a syntax error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

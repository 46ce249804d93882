using System.Text.RegularExpressions;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Syntax;

namespace ProVision.Cli.Authoring;

/// <summary>
/// <c>provision new</c>: writes a family's example generator into a pack (where its <c>sources</c> pick it up), a
/// fixture scene graph, an empty verified snapshot per fixture, and the pack.yaml changes that make them part of
/// the pack (a source entry when no glob matches the file, missing <c>data</c> kinds, a <c>generators.enable</c>
/// entry when the pack lists its generators, the fixture under <c>snapshots</c>). Refusals come before anything
/// is written; a problem found after writing (a name clash in a file the manifest only now resolves, a manifest
/// that no longer reads) undoes every change.
/// </summary>
public static partial class GeneratorScaffolder
{
    /// <summary>The manifest diagnostics that only mean "a file is not there yet", which scaffolding may fix.</summary>
    private static readonly HashSet<string> s_missingFileCodes = ["PV3008", "PV3009"];

    /// <summary>Scaffolds the generator; throws <see cref="ScaffoldException"/> on a refusal.</summary>
    public static ScaffoldResult Run(ScaffoldRequest request)
    {
        if (GeneratorName.Problem(request.Generator) is { } nameProblem) throw new ScaffoldException(nameProblem);
        var family = FamilyExample.Find(request.Family)
            ?? throw new ScaffoldException($"unknown family '{request.Family}'; the families are: {FamilyExample.Names}");
        var fixtureName = request.Fixture ?? family.Name;
        if (!FixtureName().IsMatch(fixtureName))
            throw new ScaffoldException($"'{fixtureName}' cannot name a fixture file; use letters, digits, '-' and '_'");

        var manifestPath = ManifestPath(request.Manifest);
        var text = File.ReadAllText(manifestPath);
        var (layout, resolved) = ReadLayout(manifestPath, text);
        if (resolved is not null) RefuseIfDefined(resolved.ResolvedSources, request.Generator);

        var plan = new ScaffoldPlan(layout.Folder, manifestPath, request.Generator, family, fixtureName, layout);
        plan.RefuseIfTaken();

        var created = new FileSet();
        try
        {
            plan.Write(created);
            var manifest = new ManifestText(text);
            plan.EditManifest(manifest);
            var edited = manifest.Apply();
            if (edited != text) File.WriteAllText(manifestPath, edited);

            var after = PackManifestReader.Read(manifestPath);
            if (after.Manifest is null)
                throw new ScaffoldException($"pack.yaml would not read after the changes; nothing was changed:{Environment.NewLine}{after.FormatDiagnostics().TrimEnd()}");
            if (plan.Unreached(after.Manifest) is { } unreached) throw new ScaffoldException($"{unreached}; nothing was changed");
            RefuseIfDefined(after.Manifest.ResolvedSources.Where(s => s != plan.SourceFullPath), request.Generator);
            return new ScaffoldResult(manifestPath, created.Files, manifest.Changes, plan.SourceFullPath, plan.FixtureFullPath, plan.FixtureExisted, plan.SnapshotFullPath);
        }
        catch
        {
            created.Undo();
            File.WriteAllText(manifestPath, text);
            throw;
        }
    }

    private static string ManifestPath(string given)
    {
        var path = Directory.Exists(given) ? Path.Combine(given, PackManifestReader.FileName) : given;
        if (File.Exists(path)) return path;
        var folder = Path.GetDirectoryName(path) is { Length: > 0 } dir ? dir : ".";
        throw new ScaffoldException(
            $"{path}: no such pack.yaml; create the pack first with `provision new pack {folder}`, or give --pack an existing pack.yaml");
    }

    // The manifest as written (spans of its lists), without looking for the files it names: a pack whose sources
    // or fixtures do not exist yet is what scaffolding is for. Any other error is the user's to fix first. Also the
    // manifest with its files resolved, when they all exist (null otherwise).
    private static (PackManifest Layout, PackManifest? Resolved) ReadLayout(string path, string text)
    {
        var parsed = PackManifestReader.Parse(text, path, resolveFiles: false);
        var full = PackManifestReader.Read(path);
        var blocking = full.Diagnostics.Where(d => d.IsError && !s_missingFileCodes.Contains(d.Code)).ToList();
        if (parsed.Manifest is null || blocking.Count > 0)
            throw new ScaffoldException($"{path} has errors; fix them first (`provision check {path}` shows the same):{Environment.NewLine}{full.FormatDiagnostics().TrimEnd()}");
        return (parsed.Manifest, full.Manifest);
    }

    // A generator or alias of that name in the pack's sources is a refusal naming where it is.
    private static void RefuseIfDefined(IEnumerable<string> sources, string name)
    {
        foreach (var source in sources)
        {
            var tree = SyntaxTree.Parse(File.ReadAllText(source), source);
            foreach (var generator in tree.Root.Generators)
            {
                var alias = generator.HeaderClauses.OfType<AliasClauseSyntax>().FirstOrDefault(a => a.Name.Text == name);
                if (generator.Name.Text != name && alias is null) continue;
                var at = tree.Text.GetLinePosition((alias?.Span ?? generator.Name.Span).Start);
                var what = alias is null ? "a generator" : $"an alias of generator '{generator.Name.Text}'";
                throw new ScaffoldException($"the pack already has {what} named '{name}': {Display(source)}({at.DisplayLine},{at.DisplayColumn}); choose another name");
            }
        }
    }

    /// <summary>A path as the user would type it: relative to the current folder when inside it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }

    // Snapshot files are named <generator>.<fixture>, the fixture name ending at the first '.': no dots in it.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex FixtureName();
}

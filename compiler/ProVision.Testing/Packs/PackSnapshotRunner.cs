using System.Collections.Immutable;
using ProVision.Compiler.Api;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;
using ProVision.Testing.Snapshots;

namespace ProVision.Testing.Packs;

/// <summary>
/// Snapshot tests of a pack, shared by <c>provision snapshot</c> and <see cref="PackSnapshotAssert"/>: renders every
/// generator over every fixture (see <see cref="FixtureNames"/> and <see cref="SnapshotFile"/>), compares with the
/// verified files of the snapshot folder, and writes received files for what differs (or accepts).
/// </summary>
public static class PackSnapshotRunner
{
    /// <summary>The seed when the pack has no <c>defaults.seed</c>.</summary>
    public const ulong DefaultSeed = 42;

    /// <summary>
    /// Items per generator per graph, phrasings included; far above what a small fixture needs, and fixed (rather than
    /// the pack's budget) so that snapshots never depend on a time or item budget.
    /// </summary>
    public const int ItemsPerGraphBudget = 100_000;

    /// <summary>Multi-image generators run until they have this many items, each with all its phrasings.</summary>
    public const int MultiImageItems = 8;

    /// <summary>The default snapshot folder, beside pack.yaml, when the manifest names none.</summary>
    public const string DefaultFolder = "snapshots";

    public static PackSnapshotResult Run(string pack, PackSnapshotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        options ??= new PackSnapshotOptions();
        var accept = AcceptCommand(pack, options);
        if (!File.Exists(pack) && !Directory.Exists(pack))
            return PackSnapshotResult.Setup($"pack '{pack}' not found: pass a pack.yaml, the folder holding one, a .pvpack or a .pvg file", accept);
        var loaded = PvgCompiler.LoadTarget(pack);
        if (loaded.Pack is not { } generatorPack)
            return PackSnapshotResult.Setup($"pack '{pack}' does not load:\n{loaded.FormatDiagnostics()}", accept);

        var glob = options.Filter is { Length: > 0 } filter ? new GeneratorGlob(filter) : null;
        var generators = generatorPack.Generators.Where(g => glob is null || glob.Matches(g.Name)).ToList();
        if (generators.Count == 0)
        {
            return PackSnapshotResult.Setup(glob is null
                ? $"pack '{generatorPack.Name}' has no enabled generators"
                : $"--filter '{glob.Pattern}' matches no generator of pack '{generatorPack.Name}' (it has: {string.Join(", ", generatorPack.Generators.Select(g => g.Name))}); `*` matches any run of characters, `?` one", accept);
        }

        var root = PackRoot(pack, generatorPack);
        var fixtures = options.Fixtures.Count > 0 ? options.Fixtures.Select(Path.GetFullPath).ToList() : ManifestFixtures(pack, generatorPack, root);
        if (fixtures.Count == 0)
        {
            return PackSnapshotResult.Setup($"pack '{generatorPack.Name}' names no snapshot fixtures: add `snapshots: {{ fixtures: [fixtures/scene.jsonl] }}` " +
                $"to {Path.Combine(root, PackManifestReader.FileName)}, or pass scene-graph files with --graphs", accept);
        }
        if (FindNameClash(fixtures) is { } clash) return PackSnapshotResult.Setup(clash, accept);

        var graphsByFixture = new List<(string Name, ImmutableArray<SceneGraph> Graphs)>();
        foreach (var fixture in fixtures)
        {
            var (graphs, error) = LoadFixture(fixture);
            if (error is not null) return PackSnapshotResult.Input(error, accept);
            graphsByFixture.Add((FixtureNames.Of(fixture), graphs));
        }

        var seed = generatorPack.Manifest.Defaults.Seed ?? DefaultSeed;
        var renderer = new PackSnapshotRenderer(generatorPack, generators, seed);
        var produced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, graphs) in graphsByFixture)
            foreach (var (generator, text) in renderer.RenderSingleImage(name, graphs)) produced[FixtureNames.SnapshotName(generator, name)] = text;
        var all = graphsByFixture.SelectMany(f => f.Graphs).ToImmutableArray();
        foreach (var (generator, text) in renderer.RenderMultiImage(all)) produced[FixtureNames.SnapshotName(generator, FixtureNames.AllFixtures)] = text;

        var scrubber = new Scrubber().WithRoot(root, "pack").WithRoot(Path.GetTempPath(), "temp");
        foreach (var folderOfFixture in fixtures.Select(f => Path.GetDirectoryName(f)!).Distinct(StringComparer.Ordinal))
        {
            if (!IsInside(folderOfFixture, root)) scrubber.WithRoot(folderOfFixture, "fixtures");
        }
        var scrubbed = produced.ToDictionary(p => p.Key, p => scrubber.Scrub(p.Value), StringComparer.Ordinal);

        var folderPath = options.Folder is { Length: > 0 } f ? Path.GetFullPath(f) : Path.Combine(root, generatorPack.Manifest.Snapshots.Folder?.Value ?? DefaultFolder);
        var folder = new SnapshotFolder(folderPath);
        var fixtureNames = graphsByFixture.Select(x => x.Name).Append(FixtureNames.AllFixtures).ToHashSet(StringComparer.Ordinal);
        var report = folder.Compare(scrubbed, name => InScope(name, glob, options.Fixtures.Count > 0 ? fixtureNames : null));
        if (options.Accept) return new PackSnapshotResult(PackSnapshotStatus.Accepted, folder.AcceptReport(report), null, accept, folder.Path);
        return new PackSnapshotResult(report.Passed ? PackSnapshotStatus.Passed : PackSnapshotStatus.Failed, report, null, accept, folder.Path);
    }

    /// <summary>
    /// Which verified files a run answers for (the others are never dangling): with a filter, those of matching
    /// generators; with fixtures given instead of the manifest's, those of these fixtures (and the multi-image ones).
    /// </summary>
    private static bool InScope(string snapshotName, GeneratorGlob? glob, HashSet<string>? fixtures)
    {
        var (generator, fixture) = FixtureNames.Split(snapshotName);
        return (glob is null || glob.Matches(generator)) && (fixtures is null || fixtures.Contains(fixture));
    }

    private static (ImmutableArray<SceneGraph> Graphs, string? Error) LoadFixture(string fixture)
    {
        if (!File.Exists(fixture)) return ([], $"fixture '{fixture}' not found");
        var graphs = ImmutableArray.CreateBuilder<SceneGraph>();
        try
        {
            foreach (var outcome in SceneGraphInputs.Read([fixture], GraphLoadOptions.Default))
            {
                if (outcome.Error is { } error) return ([], $"fixture {error}");
                graphs.Add(outcome.Graph!);
            }
        }
        catch (Exception ex) when (ex is DataErrorException or IOException or Runtime.Formats.DataFormatException)
        {
            return ([], $"fixture {fixture}: {ex.Message}");
        }
        return graphs.Count == 0 ? ([], $"fixture {fixture}: no scene graphs in it") : (graphs.ToImmutable(), null);
    }

    private static string? FindNameClash(List<string> fixtures)
    {
        foreach (var group in fixtures.GroupBy(FixtureNames.Of, StringComparer.Ordinal))
        {
            var files = group.Distinct(StringComparer.Ordinal).ToList();
            if (files.Count > 1)
                return $"fixtures {string.Join(" and ", files)} both name snapshots '{group.Key}' (a fixture's name is its file name up to the first '.'); rename one";
        }
        return null;
    }

    /// <summary>The folder paths in the manifest are relative to: pack.yaml's, or the one holding the .pvpack.</summary>
    private static string PackRoot(string pack, GeneratorPack generatorPack) =>
        pack.EndsWith(".pvpack", StringComparison.OrdinalIgnoreCase) ? Path.GetDirectoryName(Path.GetFullPath(pack))! : generatorPack.Manifest.Folder;

    /// <summary>
    /// A pack.yaml's fixtures were resolved (and checked) when it loaded. A .pvpack carries its manifest but not its
    /// fixtures, so the manifest's plain paths are taken relative to the folder holding the .pvpack; a glob there
    /// yields nothing and the run asks for --graphs.
    /// </summary>
    private static List<string> ManifestFixtures(string pack, GeneratorPack generatorPack, string root)
    {
        var snapshots = generatorPack.Manifest.Snapshots;
        if (!pack.EndsWith(".pvpack", StringComparison.OrdinalIgnoreCase)) return [.. snapshots.ResolvedFixtures];
        return snapshots.Fixtures
            .Where(f => f.Value.IndexOfAny(['*', '?']) < 0)
            .Select(f => Path.GetFullPath(Path.Combine(root, f.Value)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private static string AcceptCommand(string pack, PackSnapshotOptions options)
    {
        var command = $"provision snapshot {Quote(options.PackDisplayName ?? pack)}";
        if (options.Fixtures.Count > 0) command += " --graphs " + string.Join(' ', options.Fixtures.Select(Quote));
        if (options.Filter is { Length: > 0 } filter) command += " --filter " + Quote(filter);
        if (options.Folder is { Length: > 0 } folder) command += " --folder " + Quote(folder);
        return command + " --accept";
    }

    private static string Quote(string value) => value.Any(c => char.IsWhiteSpace(c) || c is '*' or '?' or '\'' or '"') ? "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : value;
}

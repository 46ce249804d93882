using System.Collections.Immutable;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Generation;

namespace ProVision.Cli.Authoring;

/// <summary>
/// Where a scaffolded generator's files go in a pack, derived from how the manifest is written: the .pvg under the
/// first source glob's fixed folder (in a folder named after the family when the glob has <c>**</c>), the fixture
/// beside the pack's first snapshot fixture (else <c>fixtures/</c>), the snapshot in the snapshot folder (else
/// <c>snapshots/</c>). Paths in the manifest are '/'-separated and relative to the pack folder.
/// </summary>
internal sealed class ScaffoldPlan
{
    private const string DefaultFixtureFolder = "fixtures";
    private const string DefaultSnapshotFolder = "snapshots";

    // `provision snapshot` runs a multi-image generator once over all fixtures together and names that snapshot
    // <generator>.all; single-image generators get one snapshot per fixture, <generator>.<fixture>.
    private const string AllFixturesSnapshot = "all";

    private readonly string _folder;
    private readonly string _manifestPath;
    private readonly string _generator;
    private readonly FamilyExample _family;
    private readonly PackManifest _layout;
    private bool _fixtureExisted;

    public ScaffoldPlan(string folder, string manifestPath, string generator, FamilyExample family, string fixtureName, PackManifest layout)
    {
        (_folder, _manifestPath, _generator, _family, _layout) = (folder, manifestPath, generator, family, layout);
        SourceRelative = SourceLocation(layout.Sources, family.Name, generator);
        FixtureRelative = Join(FixtureFolder(layout.Snapshots.Fixtures), fixtureName + ".jsonl");
        SnapshotRelative = Join(layout.Snapshots.Folder?.Value.TrimEnd('/') ?? DefaultSnapshotFolder, $"{generator}.{SnapshotFixture(family, fixtureName)}.verified.txt");
    }

    public string SourceRelative { get; }

    public string FixtureRelative { get; }

    public string SnapshotRelative { get; }

    public string SourceFullPath => Full(SourceRelative);

    public string FixtureFullPath => Full(FixtureRelative);

    public void RefuseIfTaken()
    {
        if (File.Exists(SourceFullPath))
            throw new ScaffoldException($"{GeneratorScaffolder.Display(SourceFullPath)} already exists; choose another generator name or remove the file");
    }

    public void Write(FileSet created)
    {
        var source = _family.Render(_generator, GeneratorScaffolder.Display(_manifestPath), GeneratorScaffolder.Display(FixtureFullPath));
        created.Add(SourceFullPath);
        File.WriteAllText(SourceFullPath, source);

        _fixtureExisted = File.Exists(FixtureFullPath);
        if (!_fixtureExisted)
        {
            created.EnsureFolder(Path.GetDirectoryName(FixtureFullPath)!);
            foreach (var file in FixtureScene.Write(FixtureFullPath, _family.NeedsMasks, _family.NeedsDepth)) created.Add(file);
        }

        var snapshot = SnapshotFullPath;
        if (!File.Exists(snapshot))
        {
            created.Add(snapshot);
            File.WriteAllText(snapshot, "");
        }
    }

    /// <summary>The pack.yaml changes that make the written files part of the pack.</summary>
    public void EditManifest(ManifestText manifest)
    {
        var patterns = _layout.Sources.IsEmpty ? [new ManifestString(PackManifest.DefaultSourcePattern, default)] : _layout.Sources;
        // With no sources written, the default pattern matches the default location: an empty list is never extended.
        if (!Matches(patterns, SourceFullPath)) manifest.AppendToList(_layout.Sources, SourceRelative, "sources");

        var missing = _family.Data.Where(kind => !_layout.Data.HasFlag(Need(kind))).ToList();
        if (missing.Count > 0)
        {
            if (manifest.HasTopLevelKey("data")) manifest.AppendToData(_layout.DataSpan.Start, missing);
            else manifest.AppendLines($"added data: [..., {string.Join(", ", missing)}]",
                $"data: [{string.Join(", ", PackManifestReader.DataKinds.Where(k => (_layout.Data | Needs(missing)).HasFlag(k.Need)).Select(k => k.Name))}]");
        }

        if (!_layout.Generators.Enable.IsEmpty) manifest.AppendToList(_layout.Generators.Enable, _generator, "generators.enable");

        if (Matches(_layout.Snapshots.Fixtures, FixtureFullPath)) return;
        if (!_layout.Snapshots.Fixtures.IsEmpty) manifest.AppendToList(_layout.Snapshots.Fixtures, FixtureRelative, "snapshots.fixtures");
        else if (manifest.HasTopLevelKey("snapshots")) manifest.AddFixturesKey(FixtureRelative);
        else manifest.AppendLines("added a snapshots section", "snapshots:", $"  fixtures: [{FixtureRelative}]", $"  folder: {DefaultSnapshotFolder}");
    }

    /// <summary>Whether the manifest, as it now reads, includes the source and the fixture.</summary>
    public string? Unreached(PackManifest after)
    {
        if (!after.ResolvedSources.Contains(SourceFullPath)) return $"'sources' in pack.yaml does not include {SourceRelative}";
        if (!after.Snapshots.ResolvedFixtures.Contains(FixtureFullPath)) return $"'snapshots.fixtures' in pack.yaml does not include {FixtureRelative}";
        return null;
    }

    /// <summary>The fixture file was already there (it is used as it is).</summary>
    public bool FixtureExisted => _fixtureExisted;

    public string SnapshotFullPath => Full(SnapshotRelative);

    // Whether any pattern, resolved by the manifest reader itself (so globs mean exactly what they mean when the
    // pack loads), includes the file. Each pattern is resolved alone, in a throw-away manifest text.
    private bool Matches(ImmutableArray<ManifestString> patterns, string file)
    {
        foreach (var pattern in patterns)
        {
            var probe = $"name: probe\nsources: [\"{pattern.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]\n";
            var result = PackManifestReader.Parse(probe, _manifestPath);
            if (result.Manifest?.ResolvedSources.Contains(file) == true) return true;
        }
        return false;
    }

    private static string SourceLocation(ImmutableArray<ManifestString> sources, string family, string generator)
    {
        var file = generator + ".pvg";
        if (sources.IsEmpty) return Join(family, file);
        var glob = sources.FirstOrDefault(s => s.Value.AsSpan().IndexOfAny('*', '?') >= 0).Value;
        if (glob is null) return Join(Folder(sources[0].Value), file);
        var segments = glob.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fixedPart = segments.TakeWhile(s => s.AsSpan().IndexOfAny('*', '?') < 0).ToArray();
        var wild = segments[fixedPart.Length];
        var prefix = string.Join('/', fixedPart);
        return wild == "**" ? Join(Join(prefix, family), file) : Join(prefix, file);
    }

    private static string FixtureFolder(ImmutableArray<ManifestString> fixtures)
    {
        if (fixtures.IsEmpty) return DefaultFixtureFolder;
        var first = fixtures[0].Value;
        var segments = first.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', segments[..^1].TakeWhile(s => s.AsSpan().IndexOfAny('*', '?') < 0));
    }

    private static string SnapshotFixture(FamilyExample family, string fixture) =>
        family.Family == GeneratorFamily.MultiImage ? AllFixturesSnapshot : fixture;

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    private string Full(string relative) => Path.GetFullPath(Path.Combine(_folder, relative));

    private static DataNeeds Need(string kind) => PackManifestReader.DataKinds.First(k => k.Name == kind).Need;

    private static DataNeeds Needs(IEnumerable<string> kinds) => kinds.Aggregate(DataNeeds.None, (all, k) => all | Need(k));
}

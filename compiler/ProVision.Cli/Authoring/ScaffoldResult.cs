namespace ProVision.Cli.Authoring;

/// <summary>What <c>provision new</c> did: the files it created and the pack.yaml changes, for the summary it prints.</summary>
public sealed record ScaffoldResult(
    string Manifest, IReadOnlyList<string> Created, IReadOnlyList<string> ManifestChanges, string Source, string Fixture,
    bool FixtureReused, string Snapshot);

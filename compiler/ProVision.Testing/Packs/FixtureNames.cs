namespace ProVision.Testing.Packs;

/// <summary>
/// How snapshot files are named: <c>&lt;generator&gt;.&lt;fixture&gt;</c>, where the fixture is the file name up to
/// its first '.' (<c>fixtures/kitchen.jsonl</c> and <c>kitchen.graphs.json</c> are both <c>kitchen</c>), and
/// multi-image generators, which run over all fixtures together as one data set, use <see cref="AllFixtures"/>.
/// </summary>
public static class FixtureNames
{
    /// <summary>The fixture name of multi-image snapshots (<c>&lt;generator&gt;.all</c>).</summary>
    public const string AllFixtures = "all";

    public static string Of(string fixturePath)
    {
        var file = Path.GetFileName(fixturePath);
        var dot = file.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? file[..dot] : file;
    }

    public static string SnapshotName(string generator, string fixture) => generator + "." + fixture;

    /// <summary>Splits a snapshot name at its first '.' (generator names have no dots).</summary>
    public static (string Generator, string Fixture) Split(string snapshotName)
    {
        var dot = snapshotName.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? (snapshotName[..dot], snapshotName[(dot + 1)..]) : (snapshotName, "");
    }
}

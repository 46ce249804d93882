using ProVision.Testing.Packs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// The built-in pack over its snapshot fixtures (generators/fixtures, named in generators/pack.yaml) against the
/// committed generators/snapshots/*.verified.txt: any change to a built-in template, query or the text layer fails
/// here with the diff. Review it, then accept with `provision snapshot generators/pack.yaml --accept`.
/// </summary>
public sealed class BuiltinSnapshotTests
{
    [Fact]
    public void The_builtin_pack_matches_its_verified_snapshots() =>
        PackSnapshotAssert.Verify(Path.Combine(BuiltinPack.Folder, "pack.yaml"));
}

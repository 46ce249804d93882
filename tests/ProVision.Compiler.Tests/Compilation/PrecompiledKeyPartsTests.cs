using ProVision.Compiler.Compilation;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Tests.Compilation;

/// <summary>
/// Issue 13, item 6: a precompiled pack knows its files' key without hashing them only when they are, character for
/// character, what the key was computed from; any other parts (one character, a part more or less, a boundary moved,
/// a damaged carried copy) are hashed (docs/packs.md#cache-keys).
/// </summary>
public sealed class PrecompiledKeyPartsTests
{
    private static readonly string[] s_parts = ["provision-pack-sources/1", "builtin", "pack.yaml", "name: builtin\n", "1", "a.pvg", "generator A {}\n", ""];

    private static PrecompiledPack Carrying(string? keyParts) =>
        new(PackSourceKey.Compute(s_parts), "", () => Array.Empty<CompiledGenerator>(), () => "") { KeyParts = keyParts };

    [Fact]
    public void The_same_parts_give_the_carried_key_which_is_their_hash()
    {
        var pack = Carrying(PrecompiledPack.EncodeKeyParts(s_parts));

        Assert.Equal(PackSourceKey.Compute(s_parts), pack.TryKeyOf(s_parts));
    }

    public static TheoryData<string[]> OtherParts => new()
    {
        { ["provision-pack-sources/1", "builtin", "pack.yaml", "name: builtin\n", "1", "a.pvg", "generator A {} \n", ""] },
        { ["provision-pack-sources/1", "builtin", "pack.yaml", "name: builtin\n", "1", "a.pvg", "generator A {}\n"] },
        { ["provision-pack-sources/1", "builtin", "pack.yaml", "name: builtin\n", "1", "a.pvg", "generator A {}\n", "", ""] },
        { ["provision-pack-sources/1", "builtin", "pack.yaml", "name: builtin\n", "1", "a.pvg", "generator A {}\n", "x"] },
        { ["provision-pack-sources/1", "builtinpack.yaml", "name: builtin\n", "1", "a.pvg", "generator A {}\n", ""] },
        { ["provision-pack-sources/1", "builti", "npack.yaml", "name: builtin\n", "1", "a.pvg", "generator A {}\n", ""] },
        { [] },
    };

    [Theory]
    [MemberData(nameof(OtherParts))]
    public void Other_parts_are_not_given_the_carried_key(string[] parts)
    {
        var pack = Carrying(PrecompiledPack.EncodeKeyParts(s_parts));

        Assert.Null(pack.TryKeyOf(parts));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("24:provision-pack-sources/1")]
    [InlineData("99999999999:provision-pack-sources/1")]
    [InlineData("-1:")]
    [InlineData(":::::")]
    public void A_missing_or_damaged_carried_copy_gives_no_key(string? keyParts)
    {
        Assert.Null(Carrying(keyParts).TryKeyOf(s_parts));
    }
}

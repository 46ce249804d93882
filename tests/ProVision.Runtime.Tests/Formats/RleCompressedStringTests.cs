using System.Collections.Immutable;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Rle;

namespace ProVision.Runtime.Tests.Formats;

/// <summary>
/// Expected strings are worked out by hand from pycocotools' rleToString: take x = count (minus
/// the count two back when i &gt; 2), emit 5-bit chunks low first, set 0x20 when more follow (more
/// follow while the rest is not the sign extension of the chunk's bit 0x10), add 48.
/// </summary>
public sealed class RleCompressedStringTests
{
    [Theory]
    // 5, 3, 4: one small chunk each -> '5' '3' '4'.
    [InlineData(new[] { 5, 3, 4 }, "534")]
    // 100 = 3*32 + 4: chunk 4 with more (4|32 = 36 -> 'T'), then 3 -> '3'.
    [InlineData(new[] { 100 }, "T3")]
    // 16 has bit 0x10 set, so a 0 chunk must follow to keep it positive: 16|32 = 48 -> '`', then '0'.
    [InlineData(new[] { 16 }, "`0")]
    // 1000 = 31*32 + 8: 8|32 -> 'X'; 31 has 0x10 set -> 31|32 = 63 -> 'o'; then '0'.
    [InlineData(new[] { 1000 }, "Xo0")]
    // 10 -> ':'; 20 and 30 have 0x10 set -> "d0", "n0" (no delta yet: i = 2 is not > 2);
    // 15 - 20 = -5 -> chunk 27, rest -1 = sign extension -> 27 + 48 = 'K'.
    [InlineData(new[] { 10, 20, 30, 15 }, ":d0n0K")]
    // The 3x4 hand mask: 0 2 2, then deltas 2-2=0, 3-2=1, 1-2=-1 -> 'O', 1-3=-2 -> 'N', 1-1=0.
    [InlineData(new[] { 0, 2, 2, 2, 3, 1, 1, 1 }, "02201ON0")]
    [InlineData(new int[0], "")]
    public void MatchesHandDerivedPycocotoolsStrings(int[] counts, string expected)
    {
        Assert.Equal(expected, RleCodec.ToCompressedString([.. counts]));
        Assert.Equal<int>(counts, RleCodec.FromCompressedString(expected));
    }

    [Fact]
    public void LargeAndWildlyVaryingCountsRoundTrip()
    {
        var random = new Random(7);
        var counts = Enumerable.Range(0, 500).Select(i => i % 7 == 0 ? random.Next(0, int.MaxValue) : random.Next(0, 40)).ToImmutableArray();

        Assert.Equal<int>(counts, RleCodec.FromCompressedString(RleCodec.ToCompressedString(counts)));
    }

    [Fact]
    public void BadCharacterIsReportedWithItsPosition()
    {
        var e = Assert.Throws<DataFormatException>(() => RleCodec.FromCompressedString("02!0"));

        Assert.Contains("character '!'", e.Message, StringComparison.Ordinal);
        Assert.Contains("at position 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CharacterAboveTheAlphabetIsRejected()
    {
        var e = Assert.Throws<DataFormatException>(() => RleCodec.FromCompressedString("0p"));

        Assert.Contains("character 'p'", e.Message, StringComparison.Ordinal);
        Assert.Contains("position 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringEndingMidValueIsRejected()
    {
        // 'T' = 36 carries the continuation bit, so a chunk must follow.
        var e = Assert.Throws<DataFormatException>(() => RleCodec.FromCompressedString("0T"));

        Assert.Contains("count 1 starting at position 1 is cut off", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeDecodedCountIsRejected()
    {
        // 'O' alone is -1 and the first count has no delta to add.
        var e = Assert.Throws<DataFormatException>(() => RleCodec.FromCompressedString("O"));

        Assert.Contains("decodes to -1", e.Message, StringComparison.Ordinal);
    }
}

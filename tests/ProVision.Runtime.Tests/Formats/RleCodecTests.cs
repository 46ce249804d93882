using System.Collections.Immutable;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Rle;

namespace ProVision.Runtime.Tests.Formats;

public sealed class RleCodecTests
{
    // 3 rows x 4 columns, row-major:
    //   1 0 0 1
    //   1 1 0 0
    //   0 1 0 1
    // Column-major sequence: col0 = 1 1 0, col1 = 0 1 1, col2 = 0 0 0, col3 = 1 0 1
    //   -> 1 1 0 0 1 1 0 0 0 1 0 1
    // Runs, starting with zeros (none, as pixel (0,0) is set): 0, 2, 2, 2, 3, 1, 1, 1.
    private static readonly byte[] HandMask = [1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1];
    private static readonly int[] HandCounts = [0, 2, 2, 2, 3, 1, 1, 1];

    [Fact]
    public void EncodesTheHandComputedExample()
    {
        var rle = RleCodec.Encode(HandMask, 3, 4);

        Assert.Equal<int>(HandCounts, rle.Counts);
        Assert.Equal(6, rle.Area);
        Assert.Equal((3, 4), (rle.Height, rle.Width));
    }

    [Fact]
    public void DecodesTheHandComputedExample()
    {
        var rle = new RleMask(3, 4, [.. HandCounts]);

        Assert.Equal(HandMask, RleCodec.Decode(rle));
    }

    [Fact]
    public void FirstRunCountsZerosWhenTheFirstPixelIsClear()
    {
        var rle = RleCodec.Encode([0, 0, 7, 0], 2, 2);  // only pixel (row 1, col 0) set

        Assert.Equal<int>([1, 1, 2], rle.Counts);
        Assert.Equal<int>([4], RleCodec.Encode([0, 0, 0, 0], 2, 2).Counts);
        Assert.Equal<int>([0, 4], RleCodec.Encode([1, 1, 1, 1], 2, 2).Counts);
    }

    [Fact]
    public void RandomMasksRoundTrip()
    {
        var random = new Random(20240607);
        for (var trial = 0; trial < 200; trial++)
        {
            var (h, w) = (random.Next(1, 25), random.Next(1, 25));
            var density = random.NextDouble();
            var mask = new byte[h * w];
            for (var i = 0; i < mask.Length; i++)
            {
                mask[i] = random.NextDouble() < density ? (byte)random.Next(1, 256) : (byte)0;
            }

            var rle = RleCodec.Encode(mask, h, w);
            var decoded = new byte[h * w];
            RleCodec.Decode(rle, decoded);

            Assert.Equal(mask.Select(v => v != 0 ? (byte)1 : (byte)0), decoded);
            Assert.Equal(mask.Count(v => v != 0), rle.Area);
            Assert.Equal(mask[0] != 0, rle.Counts[0] == 0);
            Assert.Equal<int>(rle.Counts, RleCodec.FromCompressedString(RleCodec.ToCompressedString(rle.Counts)));
        }
    }

    [Fact]
    public void EmptyMaskEncodesLikePycocotools()
    {
        var rle = RleCodec.Encode([], 0, 5);

        Assert.Equal<int>([0], rle.Counts);
        Assert.Empty(RleCodec.Decode(rle));
    }

    [Fact]
    public void NegativeCountIsRejected()
    {
        var e = Assert.Throws<DataFormatException>(() => new RleMask(3, 4, [0, 2, -1, 11]));

        Assert.Contains("counts[2] = -1 is negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongSumIsRejected()
    {
        var e = Assert.Throws<DataFormatException>(() => new RleMask(3, 4, [0, 2, 2, 2, 3, 1, 1]));

        Assert.Contains("sum 11 != 3*4 (= 12)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultCountsAreRejected()
    {
        var e = Assert.Throws<DataFormatException>(() => new RleMask(1, 1, default));

        Assert.Contains("counts are missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeChecksTheDestinationLength()
    {
        var rle = new RleMask(3, 4, [.. HandCounts]);

        Assert.Throws<ArgumentException>(() => RleCodec.Decode(rle, new byte[11]));
        Assert.Throws<ArgumentException>(() => RleCodec.Encode(new byte[11], 3, 4));
    }

    [Fact]
    public void DecodeOverwritesStaleDestinationBytes()
    {
        var destination = Enumerable.Repeat((byte)9, 12).ToArray();

        RleCodec.Decode(new RleMask(3, 4, ImmutableArray.Create(HandCounts)), destination);

        Assert.Equal(HandMask, destination);
    }
}

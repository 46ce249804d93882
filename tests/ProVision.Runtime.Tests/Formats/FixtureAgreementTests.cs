using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Formats;

/// <summary>
/// Cross-checks the shared fixtures written by the Python pipeline: the npy mask stack and the
/// .rle.json of the same image must agree pixel for pixel. The fixtures live outside the repository
/// (a sibling <c>shared/fixtures</c> folder); where it is absent the test is reported as skipped (BaseballTheoryAttribute).
/// </summary>
public sealed class FixtureAgreementTests
{
    [BaseballTheory]
    [InlineData("baseball_1", new long[] { 23195, 1640, 298, 8365 })]
    [InlineData("baseball_2", null)]
    public void NpyStackAndRleFileAgree(string image, long[]? expectedAreas)
    {
        var folder = FindSegMasks() ?? throw new Xunit.Sdk.XunitException("../shared/fixtures/baseball/seg_masks is missing (CI=true: the real data must be there)");
        var npyPath = Path.Combine(folder, $"{image}_mask.npy");
        var rlePath = Path.Combine(folder, $"{image}_mask.rle.json");
        Assert.True(File.Exists(npyPath) && File.Exists(rlePath), $"{npyPath} and {rlePath} belong to the shared fixture");

        var stack = NpyArray.Read(npyPath);
        var masks = RleMaskFile.Read(rlePath);

        Assert.Equal(NpyDType.Bool, stack.Header.DType);
        Assert.Equal(3, stack.Header.Shape.Length);
        Assert.Equal(stack.Header.Shape[0], masks.Length);
        for (var k = 0; k < masks.Length; k++)
        {
            Assert.Equal((stack.Header.Shape[1], stack.Header.Shape[2]), (masks[k].Height, masks[k].Width));
            var fromNpy = stack.ToMaskSlice(k);
            Assert.True(fromNpy.AsSpan().SequenceEqual(RleCodec.Decode(masks[k])), $"{image} object {k}: npy and rle.json masks differ");
            Assert.Equal(fromNpy.Count(b => b != 0), masks[k].Area);
            Assert.Equal<int>(masks[k].Counts, RleCodec.Encode(fromNpy, masks[k].Height, masks[k].Width).Counts);
        }

        if (expectedAreas is not null)
        {
            Assert.Equal(expectedAreas, masks.Select(m => m.Area));
        }
    }

    /// <summary>Walks up from the test binaries looking for shared/fixtures (next to or inside the repo).</summary>
    private static string? FindSegMasks()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "baseball", "seg_masks");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

namespace ProVision.Runtime.Tests.Formats;

public sealed class NpyMaskTests
{
    [Theory]
    [InlineData("<f2")]
    [InlineData("<f4")]
    [InlineData("<f8")]
    public void NaNIsSetAndNegativeZeroIsNot(string descr)
    {
        double[] values = [double.NaN, -0.0, 0.0, 1e-3, -5, double.NegativeInfinity];
        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict(descr, "(6,)"), HandNpy.Data(descr, values)));

        Assert.Equal([1, 0, 0, 1, 1, 1], array.ToMask());
    }

    [Theory]
    [InlineData("<u2", 256)]
    [InlineData("<i4", 65536)]
    [InlineData("<i4", -2147483648)]
    public void WideIntegersWithAZeroLowByteAreSet(string descr, double value)
    {
        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict(descr, "(2,)"), HandNpy.Data(descr, [value, 0])));

        Assert.Equal([1, 0], array.ToMask());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MaskSliceTakesOnePlaneInCOrder(bool fortran)
    {
        // A 3 x 2 x 4 stack; plane n has pixel (j, k) set when (j + k + n) is odd, so every plane differs.
        static bool Set(int n, int j, int k) => ((j + k + n) & 1) == 1;
        var stored = new List<double>();
        if (fortran)
        {
            for (var k = 0; k < 4; k++)
            {
                for (var j = 0; j < 2; j++)
                {
                    for (var n = 0; n < 3; n++)
                    {
                        stored.Add(Set(n, j, k) ? 1 : 0);
                    }
                }
            }
        }
        else
        {
            for (var n = 0; n < 3; n++)
            {
                for (var j = 0; j < 2; j++)
                {
                    for (var k = 0; k < 4; k++)
                    {
                        stored.Add(Set(n, j, k) ? 1 : 0);
                    }
                }
            }
        }

        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict("<f4", "(3, 2, 4)", fortran), HandNpy.Data("<f4", stored)));

        var whole = array.ToMask();
        for (var n = 0; n < 3; n++)
        {
            var expected = from j in Enumerable.Range(0, 2) from k in Enumerable.Range(0, 4) select Set(n, j, k) ? (byte)1 : (byte)0;
            Assert.Equal(expected, array.ToMaskSlice(n));
            Assert.Equal(expected, whole.Skip(n * 8).Take(8));
        }
    }
}

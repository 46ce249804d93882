using ProVision.Runtime.Formats.Npy;

namespace ProVision.Runtime.Tests.Formats;

public sealed class NpyReadTests
{
    [Theory]
    [InlineData("|b1", NpyDType.Bool, new double[] { 1, 0, 1, 1, 0, 0 })]
    [InlineData("|u1", NpyDType.UInt8, new double[] { 0, 1, 2, 127, 128, 255 })]
    [InlineData("<u2", NpyDType.UInt16, new double[] { 0, 1, 256, 1000, 32768, 65535 })]
    [InlineData("<i4", NpyDType.Int32, new double[] { -7, 0, 1, 65536, -1_000_000, 1_000_000 })]
    [InlineData("<f2", NpyDType.Float16, new double[] { 0.5, -2, 0, 65504, 0.25, -1.5 })]
    [InlineData("<f4", NpyDType.Float32, new double[] { 1.5, -2.25, 0, 3.4e38, 1e-7, -0.125 })]
    [InlineData("<f8", NpyDType.Float64, new double[] { 1.5, -2.25, 0, 1e30, 1e-7, -0.125 })]
    public void ReadsEveryDtypeInCOrder(string descr, NpyDType dtype, double[] values)
    {
        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict(descr, "(2, 3)"), HandNpy.Data(descr, values)));

        Assert.Equal(dtype, array.Header.DType);
        Assert.Equal<int>([2, 3], array.Header.Shape);
        Assert.Equal(6, array.Header.ElementCount);
        Assert.Equal(HandNpy.Data(descr, [0]).Length, array.Header.ElementSize);
        Assert.Equal(values.Select(v => (float)v), array.ToFloat32());
        Assert.Equal(values.Select(v => v != 0 ? (byte)1 : (byte)0), array.ToMask());
    }

    [Theory]
    [InlineData("|u1")]
    [InlineData("<u2")]
    [InlineData("<i4")]
    [InlineData("<f2")]
    [InlineData("<f4")]
    [InlineData("<f8")]
    public void FortranOrder2x3ReadsBackInCOrder(string descr)
    {
        // Logical [[1, 2, 3], [4, 5, 6]] stored column by column.
        var bytes = HandNpy.Build(HandNpy.Dict(descr, "(2, 3)", fortran: true), HandNpy.Data(descr, [1, 4, 2, 5, 3, 6]));

        var array = HandNpy.Read(bytes);

        Assert.True(array.Header.FortranOrder);
        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f], array.ToFloat32());
    }

    [Fact]
    public void FortranOrder3DReadsBackInCOrder()
    {
        // Element (i, j, k) of a 2x3x4 array has value 100i + 10j + k; Fortran storage varies i fastest.
        var stored = new List<double>();
        for (var k = 0; k < 4; k++)
        {
            for (var j = 0; j < 3; j++)
            {
                for (var i = 0; i < 2; i++)
                {
                    stored.Add((100 * i) + (10 * j) + k);
                }
            }
        }

        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict("<i4", "(2, 3, 4)", fortran: true), HandNpy.Data("<i4", stored)));

        var expected = from i in Enumerable.Range(0, 2) from j in Enumerable.Range(0, 3) from k in Enumerable.Range(0, 4) select (float)((100 * i) + (10 * j) + k);
        Assert.Equal(expected, array.ToFloat32());
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 12)]
    [InlineData(3, 12)]
    public void ReadsVersions123WithTheirHeaderLengthField(int major, int prefix)
    {
        var dict = HandNpy.Dict("<f4", "(3,)");
        var bytes = HandNpy.Build(dict, HandNpy.Data("<f4", [1, 2, 3]), major, align: false);

        var array = HandNpy.Read(bytes);

        Assert.Equal(major, array.Header.MajorVersion);
        Assert.Equal(prefix + dict.Length + 1, array.Header.DataOffset);
        Assert.Equal([1f, 2f, 3f], array.ToFloat32());
    }

    [Theory]
    [InlineData("{'shape': (2, 3), 'fortran_order': False, 'descr': '<f4'}", "2,3")]
    [InlineData("{\"descr\": \"<f4\", \"shape\": (6,), \"fortran_order\": False}", "6")]
    [InlineData("{ 'descr' : '<f4' ,\n 'fortran_order':False,'shape':( 1 ,2,3 ,) , }", "1,2,3")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (6L,), }", "6")]
    [InlineData("{'descr': '=f4', 'fortran_order': False, 'shape': (3, 2), }", "3,2")]
    public void ParsesHeaderDictVariants(string dict, string shape)
    {
        var array = HandNpy.Read(HandNpy.Build(dict, HandNpy.Data("<f4", [1, 2, 3, 4, 5, 6])));

        Assert.Equal(shape, string.Join(",", array.Header.Shape));
        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f], array.ToFloat32());
    }

    [Fact]
    public void ZeroDimensionalShapeHasOneElement()
    {
        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict("<f8", "()"), HandNpy.Data("<f8", [2.5])));

        Assert.Empty(array.Header.Shape);
        Assert.Equal(1, array.Header.ElementCount);
        Assert.Equal([2.5f], array.ToFloat32());
    }

    [Theory]
    [InlineData("|u1")]
    [InlineData("=u1")]
    [InlineData("<u1")]
    [InlineData("u1")]
    public void AcceptsAnyNonBigEndianOrderForOneByteTypes(string descr)
    {
        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict(descr, "(2,)"), [7, 9]));

        Assert.Equal(NpyDType.UInt8, array.Header.DType);
        Assert.Equal([7f, 9f], array.ToFloat32());
    }

    [Fact]
    public void ReadHeaderStopsAtTheData()
    {
        var bytes = HandNpy.Build(HandNpy.Dict("<u2", "(4, 5)"), new byte[40]);
        using var stream = new MemoryStream(bytes);

        var header = NpyArray.ReadHeader(stream, "h.npy");

        Assert.Equal(128, header.DataOffset);
        Assert.Equal(header.DataOffset, stream.Position);
        Assert.Equal(20, header.ElementCount);
        Assert.Equal(2, header.ElementSize);
    }
}

using System.Runtime.InteropServices;
using System.Text;
using ProVision.Runtime.Formats.Npy;

namespace ProVision.Runtime.Tests.Formats;

public sealed class NpyWriterTests
{
    [Fact]
    public void WritesTheHeaderNumpyWrites()
    {
        using var ms = new MemoryStream();
        NpyWriter.WriteFloat32(ms, [2, 3], [1, 2, 3, 4, 5, 6]);
        var bytes = ms.ToArray();

        Assert.Equal([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0], bytes[..8]);
        var headerLength = BitConverter.ToUInt16(bytes, 8);
        Assert.Equal(0, (10 + headerLength) % 64);
        var header = Encoding.ASCII.GetString(bytes, 10, headerLength);
        Assert.StartsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", header, StringComparison.Ordinal);
        Assert.EndsWith(" \n", header, StringComparison.Ordinal);
        Assert.Equal(10 + headerLength + 24, bytes.Length);
    }

    [Fact]
    public void Float32RoundTrips()
    {
        float[] values = [1.5f, -2, float.NaN, 0, 1e-30f, 3e38f];
        var array = RoundTrip(ms => NpyWriter.WriteFloat32(ms, [3, 2], values));

        Assert.Equal(NpyDType.Float32, array.Header.DType);
        Assert.Equal<int>([3, 2], array.Header.Shape);
        Assert.Equal(values, array.ToFloat32());
    }

    [Fact]
    public void UInt8RoundTrips()
    {
        var array = RoundTrip(ms => NpyWriter.WriteUInt8(ms, [5], [0, 1, 2, 200, 255]));

        Assert.Equal(NpyDType.UInt8, array.Header.DType);
        Assert.Equal([0f, 1, 2, 200, 255], array.ToFloat32());
    }

    [Fact]
    public void BoolStoresNonzeroAsTrue()
    {
        var array = RoundTrip(ms => NpyWriter.WriteBool(ms, [1, 2, 2], [0, 5, 255, 1]));

        Assert.Equal(NpyDType.Bool, array.Header.DType);
        Assert.Equal([0f, 1, 1, 1], array.ToFloat32());
        Assert.Equal([0, 1, 1, 1], array.ToMaskSlice(0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RawFortranFloat16RoundTripsInEveryVersion(int major)
    {
        // Logical [[1, 2, 3], [4, 5, 6]] in column-major storage.
        Half[] stored = [(Half)1, (Half)4, (Half)2, (Half)5, (Half)3, (Half)6];
        var array = RoundTrip(ms => NpyWriter.Write(ms, NpyDType.Float16, [2, 3], MemoryMarshal.AsBytes(stored.AsSpan()), fortranOrder: true, majorVersion: major));

        Assert.Equal(major, array.Header.MajorVersion);
        Assert.True(array.Header.FortranOrder);
        Assert.Equal(0, array.Header.DataOffset % 64);
        Assert.Equal([1f, 2, 3, 4, 5, 6], array.ToFloat32());
    }

    [Fact]
    public void ZeroDimensionalAndEmptyArraysRoundTrip()
    {
        var scalar = RoundTrip(ms => NpyWriter.WriteFloat32(ms, [], [7]));
        var empty = RoundTrip(ms => NpyWriter.WriteUInt8(ms, [0, 4], []));

        Assert.Equal([7f], scalar.ToFloat32());
        Assert.Equal<int>([0, 4], empty.Header.Shape);
        Assert.Empty(empty.ToMask());
    }

    [Fact]
    public void DataOfTheWrongLengthIsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => NpyWriter.WriteFloat32(new MemoryStream(), [2, 3], [1, 2]));

        Assert.Contains("needs 24", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsBackFromAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"provision-npy-{Guid.NewGuid():N}.npy");
        try
        {
            using (var file = File.Create(path))
            {
                NpyWriter.WriteFloat32(file, [2], [3, 4]);
            }

            Assert.Equal<int>([2], NpyArray.ReadHeader(path).Shape);
            Assert.Equal([3f, 4f], NpyArray.Read(path).ToFloat32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static NpyArray RoundTrip(Action<Stream> write)
    {
        using var ms = new MemoryStream();
        write(ms);
        ms.Position = 0;
        return NpyArray.Read(ms, "roundtrip.npy");
    }
}

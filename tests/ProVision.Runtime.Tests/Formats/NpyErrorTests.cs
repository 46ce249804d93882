using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Npy;

namespace ProVision.Runtime.Tests.Formats;

public sealed class NpyErrorTests
{
    private static DataFormatException ReadFails(byte[] bytes) =>
        Assert.Throws<DataFormatException>(() => NpyArray.Read(new MemoryStream(bytes), "bad.npy"));

    [Fact]
    public void WrongMagicIsRejected()
    {
        var bytes = HandNpy.Build(HandNpy.Dict("<f4", "(1,)"), new byte[4]);
        bytes[5] = (byte)'X';

        var e = ReadFails(bytes);

        Assert.Contains("bad.npy", e.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("not an npy file", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("934E554D5058", e.Message, StringComparison.Ordinal); // the file's own bytes are never printed
    }

    [Fact]
    public void ErrorsNeverQuoteTheFilesContent()
    {
        var passwd = "root:x:0:0:root:/root:/bin/bash\n"u8.ToArray();

        var e = ReadFails(passwd);

        Assert.Contains("not an npy file", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(passwd.AsSpan(0, 6)), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderOfATruncatedFileIsRefusedBeforeTheDataIsRead()
    {
        var bytes = HandNpy.Build(HandNpy.Dict("|u1", "(240, 320)"), new byte[100]);
        var path = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.npy");
        File.WriteAllBytes(path, bytes);
        try
        {
            var e = Assert.Throws<DataFormatException>(() => NpyArray.ReadHeader(path));
            Assert.Contains("truncated npy data: shape (240, 320) of |u1 needs 76800 bytes", e.Message, StringComparison.Ordinal);
            Assert.Contains("only 100 are present", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TruncatedHeaderNamesExpectedAndActualBytes()
    {
        var full = HandNpy.Build(HandNpy.Dict("<f4", "(1,)"), new byte[4]);

        var e = ReadFails(full[..30]);

        Assert.Contains("truncated npy header", e.Message, StringComparison.Ordinal);
        Assert.Contains("expected 118 bytes at byte offset 10", e.Message, StringComparison.Ordinal);
        Assert.Contains("ends after 20", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileShorterThanThePreambleIsTruncated()
    {
        var e = ReadFails([0x93, (byte)'N', (byte)'U']);

        Assert.Contains("truncated npy magic and version", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedDataNamesExpectedAndActualBytes()
    {
        var bytes = HandNpy.Build(HandNpy.Dict("<f4", "(2, 3)"), new byte[20]);

        var e = ReadFails(bytes);

        Assert.Contains("truncated npy data", e.Message, StringComparison.Ordinal);
        Assert.Contains("needs 24 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("only 20 are present", e.Message, StringComparison.Ordinal);
        Assert.Contains("(2, 3)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDtypeIsRejectedWithTheSupportedList()
    {
        var e = ReadFails(HandNpy.Build(HandNpy.Dict("<c16", "(1,)"), new byte[16]));

        Assert.Contains("'descr'", e.Message, StringComparison.Ordinal);
        Assert.Contains("unsupported dtype '<c16'", e.Message, StringComparison.Ordinal);
        Assert.Contains("<f4", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">f4")]
    [InlineData(">u1")]
    public void BigEndianIsRejected(string descr)
    {
        var e = ReadFails(HandNpy.Build(HandNpy.Dict(descr, "(1,)"), new byte[4]));

        Assert.Contains($"big-endian dtype '{descr}' is not supported", e.Message, StringComparison.Ordinal);
        Assert.Contains("newbyteorder('<')", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderWithoutShapeIsRejected()
    {
        var e = ReadFails(HandNpy.Build("{'descr': '<f4', 'fortran_order': False, }", new byte[4]));

        Assert.Contains("bad.npy", e.Message, StringComparison.Ordinal);
        Assert.Contains("no 'shape' key", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (2, -3), }", "field 'shape'[1]: -3")]
    [InlineData("{'descr': '<f4', 'fortran_order': 0, 'shape': (2,), }", "field 'fortran_order': expected True or False, got 0")]
    [InlineData("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }", "structured or non-string dtypes")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (2,) ", "expected '}' but the header ends")]
    [InlineData("{'descr': '<f4', 'descr': '<f4', 'shape': (2,) }", "duplicate key 'descr'")]
    [InlineData("{'descr': '<f2', 'fortran_order': False, 'shape': (2,), } x", "unexpected text after the closing '}'")]
    [InlineData("{'descr': 'f4', 'fortran_order': False, 'shape': (2,), }", "needs '<'")]
    public void MalformedHeaderDictsAreRejected(string dict, string expected)
    {
        var e = ReadFails(HandNpy.Build(dict, new byte[8]));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedVersionIsRejected()
    {
        var bytes = HandNpy.Build(HandNpy.Dict("<f4", "(1,)"), new byte[4]);
        bytes[6] = 4;

        var e = ReadFails(bytes);

        Assert.Contains("byte offset 6: npy format version 4.0 is not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskSliceOfA2DArrayIsRejected()
    {
        var array = HandNpy.Read(HandNpy.Build(HandNpy.Dict("|b1", "(2, 2)"), new byte[4]));

        var e = Assert.Throws<DataFormatException>(() => array.ToMaskSlice(0));
        Assert.Contains("(2, 2) is not a 3-D", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HandNpy.Read(HandNpy.Build(HandNpy.Dict("|b1", "(1, 2, 2)"), new byte[4])).ToMaskSlice(1));
    }
}

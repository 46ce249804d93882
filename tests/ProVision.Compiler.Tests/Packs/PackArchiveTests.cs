using ProVision.Compiler.Compilation;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Tests.Compilation;

namespace ProVision.Compiler.Tests.Packs;

/// <summary>The .pvpack container: round trip, and a clear diagnostic for anything that is not an intact pack.</summary>
public sealed class PackArchiveTests
{
    private static PackArchiveContents Sample() => new()
    {
        Manifest = "name: sample\nversion: 2.0.0\n",
        Vocabulary = "{\"predicates\": [\"on\"]}",
        CSharp = "// C# with non-ASCII: café\nclass A { }\n",
        Image = new PackImage([0x4D, 0x5A, 1, 2, 3], [9, 8, 7]),
        PackName = "sample",
        PackVersion = "2.0.0",
    };

    [Fact]
    public void Contents_survive_a_round_trip()
    {
        var original = Sample();

        var (read, error) = PackArchive.Deserialize(PackArchive.Serialize(original), "sample.pvpack");

        Assert.Null(error);
        Assert.Equal(original.Manifest, read!.Manifest);
        Assert.Equal(original.Vocabulary, read.Vocabulary);
        Assert.Equal(original.CSharp, read.CSharp);
        Assert.True(original.Image.ContentEquals(read.Image));
        Assert.Equal(("sample", "2.0.0"), (read.PackName, read.PackVersion));
        Assert.Equal((PackCache.CompilerVersion, PackCache.RuntimeMvid.ToString("N"), Environment.Version.ToString()), (read.CompilerVersion, read.RuntimeMvid, read.DotnetVersion));
        Assert.True(read.MatchesThisBuild);
    }

    [Fact]
    public void A_pack_without_vocabulary_or_pdb_round_trips()
    {
        var original = new PackArchiveContents { Manifest = "name: sample\n", CSharp = "class A { }", Image = new PackImage([1]), PackName = "sample" };

        var (read, _) = PackArchive.Deserialize(PackArchive.Serialize(original), "sample.pvpack");

        Assert.Null(read!.Vocabulary);
        Assert.True(read.Image.Pdb.IsEmpty);
    }

    [Fact]
    public void The_file_starts_with_the_header_and_format_version()
    {
        var bytes = PackArchive.Serialize(Sample());

        Assert.Equal("PVPACK\r\n"u8.ToArray(), bytes[..8]);
        Assert.Equal([1, 0], bytes[8..10]);
    }

    [Fact]
    public void Write_and_read_through_a_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out", "sample.pvpack");

        PackArchive.Write(path, Sample());
        var (read, error) = PackArchive.Read(path);

        Assert.Null(error);
        Assert.Equal("sample", read!.PackName);
        Assert.Equal(["sample.pvpack"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Another_file_is_PV3018()
    {
        var error = Error("name: not-a-pack\n"u8.ToArray());

        Assert.Equal("PV3018", error.Code);
        Assert.Equal("'x.pvpack' is not a .pvpack file (it does not start with the .pvpack header); build one with 'provision pack'", error.Message);
    }

    [Fact]
    public void A_newer_format_is_PV3019()
    {
        var bytes = PackArchive.Serialize(Sample());
        bytes[8] = 7;

        var error = Error(bytes);

        Assert.Equal("PV3019", error.Code);
        Assert.Equal("'x.pvpack' uses .pvpack format 7, but this build reads format 1 and older; update provision or rebuild the pack", error.Message);
    }

    [Theory]
    [InlineData("truncated", "its checksum does not match: the file was truncated or changed after it was written")]
    [InlineData("flipped", "its checksum does not match: the file was truncated or changed after it was written")]
    [InlineData("appended", "its checksum does not match: the file was truncated or changed after it was written")]
    [InlineData("header", "the header is cut short at 20 bytes")]
    public void Damage_is_PV3020(string damage, string detail)
    {
        var bytes = PackArchive.Serialize(Sample());
        bytes = damage switch
        {
            "truncated" => bytes[..^10],
            "flipped" => Flip(bytes, bytes.Length / 2),
            "appended" => [.. bytes, 0],
            _ => bytes[..20],
        };

        var error = Error(bytes);

        Assert.Equal("PV3020", error.Code);
        Assert.Equal($"'x.pvpack' is corrupt ({detail}); rebuild it or copy it again", error.Message);
    }

    [Fact]
    public void A_missing_file_is_PV3017()
    {
        var (_, error) = PackArchive.Read("/no/such/folder/x.pvpack");

        Assert.Equal("PV3017", error!.Code);
    }

    private static ProVision.Compiler.Diagnostics.Diagnostic Error(byte[] bytes)
    {
        var (contents, error) = PackArchive.Deserialize(bytes, "x.pvpack");
        Assert.Null(contents);
        return error!;
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] ^= 0x01;
        return copy;
    }
}

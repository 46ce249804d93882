using System.Text;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.Tests.Support;
using ProVision.Runtime.Validation;

namespace ProVision.Runtime.Tests.Loading;

/// <summary>The data rules of docs/formats.md ("Data rules"), piece by piece; whole runs are in tests/Attacks.</summary>
public sealed class DataRulesTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("../outside.npy", "leads out of")]
    [InlineData("a/../../outside.npy", "leads out of")]
    [InlineData("/etc/passwd", "is an absolute path")]
    public void Names_that_leave_the_folder_are_refused_before_the_disk_is_touched(string name, string expected)
    {
        var problem = DataPaths.NameProblem(name, _dir.Path, allowOutside: false);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem);
        Assert.Contains("--allow-outside-paths", problem);
        Assert.Null(DataPaths.NameProblem(name, _dir.Path, allowOutside: true));
        Assert.Null(DataPaths.NameProblem("depth/a.npy", _dir.Path, allowOutside: false));
        Assert.Null(DataPaths.NameProblem("a/../b.npy", _dir.Path, allowOutside: false));
    }

    [Fact]
    public void A_link_is_followed_only_while_it_stays_under_the_folder()
    {
        var inside = _dir.File("data", "real.npy");
        File.WriteAllBytes(inside, [1]);
        var outside = _dir.File("elsewhere", "secret.npy");
        File.WriteAllBytes(outside, [1]);
        var folder = Path.Combine(_dir.Path, "data");
        File.CreateSymbolicLink(Path.Combine(folder, "ok.npy"), "real.npy");
        File.CreateSymbolicLink(Path.Combine(folder, "out.npy"), outside);
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub"), Path.Combine(_dir.Path, "elsewhere"));

        Assert.Null(DataPaths.FileProblem(Path.Combine(folder, "ok.npy"), folder, allowOutside: false));
        Assert.Contains("symbolic link to a file outside", DataPaths.FileProblem(Path.Combine(folder, "out.npy"), folder, allowOutside: false));
        Assert.Contains("symbolic link to a file outside", DataPaths.FileProblem(Path.Combine(folder, "sub", "secret.npy"), folder, allowOutside: false));
        Assert.Null(DataPaths.FileProblem(Path.Combine(folder, "out.npy"), folder, allowOutside: true));
        Assert.Equal(DataPaths.RealPath(outside), DataPaths.RealPath(Path.Combine(folder, "sub", "secret.npy")));
    }

    [Fact]
    public void Only_non_empty_regular_files_are_read_whatever_the_flag()
    {
        var empty = _dir.File("empty.npy");
        File.WriteAllBytes(empty, []);

        Assert.Contains("is empty or not a regular file", DataPaths.FileProblem(empty, _dir.Path, allowOutside: true));
        Assert.Contains("is empty or not a regular file", DataPaths.FileProblem("/dev/zero", "/dev", allowOutside: true));
    }

    [Fact]
    public void A_resolved_depth_file_that_breaks_a_rule_is_a_located_error()
    {
        var graphs = _dir.WriteRaw("graphs.jsonl",
            "{\"image_id\": \"a\", \"width\": 4, \"height\": 4, \"depth\": {\"path\": \"../d.npy\"}}\n");

        var error = Loads.SingleError(graphs);

        Assert.Equal("data path", error.Kind);
        Assert.Equal("depth.path", error.Field);
        Assert.Contains("'../d.npy' leads out of", error.Message);
    }

    [Fact]
    public void A_line_reader_drops_a_line_beyond_the_limit_without_holding_it_and_goes_on()
    {
        var text = "\uFEFF{\"a\": 1}\r\n" + new string('x', 300) + "\n\n{\"b\": 2}";
        var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes: 100);

        Assert.Equal("{\"a\": 1}", Encoding.UTF8.GetString(reader.ReadLine(out var tooLong)!.Value.Span));
        Assert.False(tooLong);
        Assert.Equal(0, reader.ReadLine(out tooLong)!.Value.Length);
        Assert.True(tooLong);
        Assert.Equal(2, reader.LineNumber);
        Assert.Equal(0, reader.ReadLine(out tooLong)!.Value.Length);
        Assert.False(tooLong);
        Assert.Equal("{\"b\": 2}", Encoding.UTF8.GetString(reader.ReadLine(out tooLong)!.Value.Span));
        Assert.Equal(4, reader.LineNumber);
        Assert.Null(reader.ReadLine(out _));
    }

    [Theory]
    [InlineData("dog", null)]
    [InlineData("hot dog stand", null)]
    [InlineData("caf\u00e9", null)]
    [InlineData("d\u202Eog", "U+202E (RIGHT-TO-LEFT OVERRIDE) at position 1")]
    [InlineData("dog\u0000", "U+0000 (NUL) at position 3")]
    [InlineData("a\u2066b", "U+2066 (a bidirectional formatting character)")]
    [InlineData("line\nbreak", "U+000A (a control character)")]
    public void Names_with_invisible_characters_are_refused(string text, string? expected)
    {
        var problem = TextFieldCheck.Problem(text, DataLimits.MaxNameLength);

        if (expected is null) Assert.Null(problem);
        else Assert.Contains(expected, problem);
    }

    [Fact]
    public void Captions_may_break_lines_but_not_exceed_their_limit()
    {
        Assert.Null(TextFieldCheck.Problem("A dog.\nA cup.", DataLimits.MaxCaptionLength, allowLineBreaks: true));
        Assert.Contains("more than the limit of 10", TextFieldCheck.Problem(new string('a', 11), 10));
    }

    [Fact]
    public void Image_ids_are_remembered_by_fingerprint()
    {
        var ids = new ImageIdSet();

        Assert.True(ids.Add("2417"));
        Assert.True(ids.Add("2418"));
        Assert.False(ids.Add("2417"));
        Assert.True(ids.Add(new string('x', 4000)));
        Assert.False(ids.Add(new string('x', 4000)));
    }

    [Theory]
    // Short ids are kept exactly with their length: a trailing NUL, a prefix or a 16th byte makes another id.
    [InlineData("7", "7\0")]
    [InlineData("7", "")]
    [InlineData("123456789012345", "1234567890123456")]
    [InlineData("123456789012345", "12345678901234")]
    [InlineData("é", "e")]
    public void Image_ids_that_differ_by_a_byte_or_a_length_are_different(string first, string second)
    {
        var ids = new ImageIdSet();

        Assert.True(ids.Add(first));
        Assert.True(ids.Add(second));
        Assert.False(ids.Add(first));
        Assert.False(ids.Add(second));
    }

    [Fact]
    public void Many_distinct_short_and_long_ids_are_all_new_once_and_repeats_after()
    {
        var ids = new ImageIdSet();
        var all = Enumerable.Range(0, 20000).Select(i => i % 2 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"image-{i:D12}.jpg").ToList();

        Assert.All(all, id => Assert.True(ids.Add(id)));
        Assert.All(all, id => Assert.False(ids.Add(id)));
    }

    [Theory]
    [InlineData(640, 480, null)]
    [InlineData(16384, 16384, null)]
    [InlineData(100000, 10, "larger than the limit of 65536 pixels a side")]
    [InlineData(20000, 20000, "more than the limit of 268,435,456")]
    public void Image_sizes_are_capped(int width, int height, string? expected)
    {
        var problem = DataLimits.ImageSizeProblem(width, height);

        if (expected is null) Assert.Null(problem);
        else Assert.Contains(expected, problem);
    }

    [Fact]
    public void An_npy_array_beyond_the_limit_is_refused_from_its_header()
    {
        var path = _dir.File("big.npy");
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (20000, 20000), }";
        header = header.PadRight(118) + "\n";
        using (var file = File.Create(path))
        {
            file.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, 0]);
            file.Write(Encoding.ASCII.GetBytes(header));
            file.SetLength(file.Length + (20000L * 20000 * 4)); // sparse: the length says the data is all there
        }

        var e = Assert.Throws<DataFormatException>(() => DataLimits.CheckArray(ProVision.Runtime.Formats.Npy.NpyArray.ReadHeader(path), path));

        Assert.Contains("holds 1,600,000,000 bytes, more than the limit of 1,073,741,824", e.Message);
    }
}

using ProVision.Testing.Snapshots;

namespace ProVision.Testing.Tests;

/// <summary>The one golden-file convention for a single text: verified file, received file on a difference, the diff in the failure.</summary>
public sealed class TextSnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-text-snap-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_matching_text_passes_and_leaves_no_received_file()
    {
        SnapshotText.Write(Path.Combine(_dir, "case.verified.txt"), "a\nb\n");

        TextSnapshot.Verify(_dir, "case", "a\r\nb");

        Assert.False(File.Exists(Path.Combine(_dir, "case.received.txt")));
    }

    [Fact]
    public void A_different_text_fails_with_the_diff_and_writes_the_received_file()
    {
        SnapshotText.Write(Path.Combine(_dir, "case.verified.txt"), "a\nb\n");

        var mismatch = Assert.Throws<TextSnapshotException>(() => TextSnapshot.Verify(_dir, "case", "a\nc\n"));

        Assert.Equal(SnapshotStatus.Changed, mismatch.Outcome.Status);
        Assert.Contains("-b", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("+c", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains(TextSnapshot.AcceptVariable + "=1", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal("a\nc\n", File.ReadAllText(Path.Combine(_dir, "case.received.txt")));
        Assert.Equal("a\nb\n", File.ReadAllText(Path.Combine(_dir, "case.verified.txt")));
    }

    [Fact]
    public void A_text_without_a_verified_file_fails_as_new()
    {
        var mismatch = Assert.Throws<TextSnapshotException>(() => TextSnapshot.Verify(_dir, "fresh", "x"));

        Assert.Equal(SnapshotStatus.New, mismatch.Outcome.Status);
        Assert.Contains("does not exist yet", mismatch.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "fresh.received.txt")));
    }
}

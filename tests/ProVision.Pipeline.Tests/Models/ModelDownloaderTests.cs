using System.Security.Cryptography;
using ProVision.Pipeline.Models;

namespace ProVision.Pipeline.Tests.Models;

/// <summary><c>pull</c> against a loopback server serving a small file made here: never an outside address.</summary>
public sealed class ModelDownloaderTests : IDisposable
{
    private static readonly byte[] s_content = Enumerable.Range(0, 300_000).Select(i => (byte)((i * 31) ^ (i >> 7))).ToArray();

    private readonly LoopbackServer _server = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-pull-").FullName;
    private readonly ModelStore _store;
    private readonly ModelDownloader _downloader = new(connectTimeout: TimeSpan.FromSeconds(5), idleTimeout: TimeSpan.FromSeconds(10));

    public ModelDownloaderTests()
    {
        _server.Files["/tiny.onnx"] = s_content;
        _store = new ModelStore(Path.Combine(_dir, "models"));
    }

    public void Dispose()
    {
        _downloader.Dispose();
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private ModelEntry Entry(string? sha = null, Uri? url = null, long? size = -1) => new()
    {
        Id = "tiny",
        Task = "detection",
        File = "tiny.onnx",
        Size = size == -1 ? s_content.Length : size,
        Sha256 = sha ?? Convert.ToHexStringLower(SHA256.HashData(s_content)),
        Licence = "MIT",
        Source = url ?? _server.Url("/tiny.onnx"),
    };

    private PullResult Pull(ModelEntry entry) => _downloader.PullAsync(entry, _store).WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();

    [Fact]
    public void A_full_download_lands_under_its_file_name_with_no_partial_left()
    {
        var result = Pull(Entry());

        Assert.Equal(PullOutcome.Downloaded, result.Outcome);
        Assert.Equal(s_content.Length, result.BytesTransferred);
        Assert.Equal(s_content, File.ReadAllBytes(Path.Combine(_store.Folder, "tiny.onnx")));
        Assert.Equal([Path.Combine(_store.Folder, "tiny.onnx")], Directory.GetFiles(_store.Folder));
        Assert.Equal([""], _server.Ranges);
    }

    [Fact]
    public void A_second_pull_finds_the_file_and_downloads_nothing()
    {
        Pull(Entry());

        var again = Pull(Entry());

        Assert.Equal(PullOutcome.AlreadyPresent, again.Outcome);
        Assert.Single(_server.Ranges);
    }

    [Fact]
    public void A_truncated_partial_download_is_resumed_with_a_range_request()
    {
        Directory.CreateDirectory(_store.Folder);
        File.WriteAllBytes(ModelDownloader.PartialPath(_store, Entry()), s_content[..100_000]);

        var result = Pull(Entry());

        Assert.Equal(PullOutcome.Resumed, result.Outcome);
        Assert.Equal(200_000, result.BytesTransferred);
        Assert.Equal(["bytes=100000-"], _server.Ranges);
        Assert.Equal(s_content, File.ReadAllBytes(result.Path));
    }

    [Fact]
    public void A_server_that_ignores_ranges_sends_everything_again_and_the_file_is_still_right()
    {
        _server.SupportsRange = false;
        Directory.CreateDirectory(_store.Folder);
        File.WriteAllBytes(ModelDownloader.PartialPath(_store, Entry()), s_content[..100_000]);

        var result = Pull(Entry());

        Assert.Equal(PullOutcome.Downloaded, result.Outcome);
        Assert.Equal(s_content, File.ReadAllBytes(result.Path));
    }

    [Fact]
    public void An_interrupted_download_keeps_its_partial_file_and_the_next_pull_resumes()
    {
        _server.CutAfterBytes = 120_000;

        var error = Assert.Throws<ModelException>(() => Pull(Entry()));

        Assert.StartsWith("download of 'tiny' was interrupted after 120,000 of 300,000 bytes", error.Message);
        Assert.EndsWith("run `provision models pull tiny` again to resume where it stopped", error.Message);
        Assert.Equal(120_000, new FileInfo(ModelDownloader.PartialPath(_store, Entry())).Length);
        Assert.False(File.Exists(Path.Combine(_store.Folder, "tiny.onnx")));

        _server.CutAfterBytes = null;
        var result = Pull(Entry());

        Assert.Equal(PullOutcome.Resumed, result.Outcome);
        Assert.Equal("bytes=120000-", _server.Ranges.Last());
        Assert.Equal(s_content, File.ReadAllBytes(result.Path));
    }

    [Fact]
    public void A_hash_mismatch_installs_nothing_and_deletes_the_download()
    {
        var wrong = new string('0', 64);

        var error = Assert.Throws<ModelException>(() => Pull(Entry(sha: wrong)));

        Assert.StartsWith($"sha256 mismatch for 'tiny' downloaded from {_server.Url("/tiny.onnx")}: expected {wrong}, got {Convert.ToHexStringLower(SHA256.HashData(s_content))}", error.Message);
        Assert.Empty(Directory.GetFiles(_store.Folder));
    }

    [Fact]
    public void A_size_mismatch_is_reported_before_hashing()
    {
        var error = Assert.Throws<ModelException>(() => Pull(Entry(size: 12)));

        Assert.Contains("gave 300,000 bytes, the registry expects 12;", error.Message);
        Assert.Empty(Directory.GetFiles(_store.Folder));
    }

    [Fact]
    public void A_404_says_the_model_may_have_moved()
    {
        var url = _server.Url("/gone.onnx");

        var error = Assert.Throws<ModelException>(() => Pull(Entry(url: url)));

        Assert.Equal($"cannot download 'tiny': {url} answered 404 Not Found; the model may have moved: download it by hand and run `provision models import <file>`", error.Message);
    }

    [Fact]
    public void A_refused_connection_says_the_machine_seems_offline_and_how_to_import()
    {
        var url = new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}/tiny.onnx");

        var error = Assert.Throws<ModelException>(() => Pull(Entry(url: url)));

        Assert.StartsWith($"cannot download 'tiny': the connection was refused (http://127.0.0.1:{url.Port}). This machine seems to be offline.", error.Message);
        Assert.EndsWith($"download {url}, copy the file here and run `provision models import <file>`", error.Message);
        Assert.False(File.Exists(Path.Combine(_store.Folder, "tiny.onnx")));
    }
}

using System.Security.Cryptography;
using ProVision.Pipeline.Tests.Models;

namespace ProVision.Cli.Tests;

/// <summary><c>provision models</c>, with a registry that points at a loopback server (never an outside address).</summary>
public sealed class ModelsCommandTests : IDisposable
{
    private static readonly byte[] s_content = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();

    private readonly TempFolder _dir = new();
    private readonly LoopbackServer _server = new();

    public ModelsCommandTests() => _server.Files["/tiny.onnx"] = s_content;

    public void Dispose()
    {
        _server.Dispose();
        _dir.Dispose();
    }

    private string Registry(Uri source, string? sha = null) => _dir.Write("models.yaml", $"""
        models:
          - id: tiny
            task: segmentation
            file: tiny.onnx
            size: {s_content.Length}
            sha256: {sha ?? Convert.ToHexStringLower(SHA256.HashData(s_content))}
            licence: MIT
            source: {source}
        """);

    private string Models => _dir.File("models");

    [Fact]
    public void Pull_downloads_verifies_and_then_finds_the_file()
    {
        var registry = Registry(_server.Url("/tiny.onnx"));

        var (code, stdout, stderr) = CliRunner.Run("models", "pull", "tiny", "--registry", registry, "--models", Models);

        Assert.True(code == 0, stderr);
        Assert.Equal($"tiny: downloaded 0.0 MiB to {Path.Combine(Models, "tiny.onnx")} (sha256 ok)\n", stdout);
        Assert.Equal(s_content, File.ReadAllBytes(Path.Combine(Models, "tiny.onnx")));

        var again = CliRunner.Run("models", "pull", "tiny", "--registry", registry, "--models", Models);
        Assert.Contains("tiny: already in", again.Out);

        var list = CliRunner.Run("models", "list", "--registry", registry, "--models", Models);
        Assert.Matches(@"tiny\s+│\s+segmentation\s+│\s+0\.0\s+│\s+MIT", list.Out);

        var verify = CliRunner.Run("models", "verify", "--registry", registry, "--models", Models);
        Assert.Equal(0, verify.Code);
        Assert.Contains("1 ok, 0 mismatched, 0 not downloaded", verify.Out);
    }

    [Fact]
    public void Pull_offline_exits_2_and_says_how_to_import()
    {
        var url = new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}/tiny.onnx");
        var registry = Registry(url);

        var (code, _, stderr) = CliRunner.Run("models", "pull", "tiny", "--registry", registry, "--models", Models);

        Assert.Equal(2, code);
        Assert.Contains("error: cannot download 'tiny': the connection was refused", stderr);
        Assert.Contains("This machine seems to be offline.", stderr);
        Assert.Contains("run `provision models import <file>`", stderr);
    }

    [Fact]
    public void Pull_of_an_unknown_id_suggests_one()
    {
        var (code, _, stderr) = CliRunner.Run("models", "pull", "deimv2-atoo", "--models", Models);

        Assert.Equal(2, code);
        Assert.Contains("error: unknown model 'deimv2-atoo'; did you mean 'deimv2-atto'?", stderr);
    }

    [Fact]
    public void Import_then_verify_detects_a_damaged_file()
    {
        var registry = Registry(_server.Url("/tiny.onnx"));
        var download = _dir.File("downloaded.bin");
        File.WriteAllBytes(download, s_content);

        var imported = CliRunner.Run("models", "import", download, "--registry", registry, "--models", Models);
        Assert.True(imported.Code == 0, imported.Err);
        Assert.Equal($"tiny: imported {download} as {Path.Combine(Models, "tiny.onnx")} (sha256 ok)\n", imported.Out);

        File.WriteAllText(Path.Combine(Models, "tiny.onnx"), "damaged");
        var (code, stdout, _) = CliRunner.Run("models", "verify", "--registry", registry, "--models", Models);

        Assert.Equal(2, code);
        Assert.Contains($"tiny: MISMATCH {Path.Combine(Models, "tiny.onnx")} has sha256 ", stdout);
        Assert.Contains("0 ok, 1 mismatched, 0 not downloaded", stdout);
    }

    [Fact]
    public void List_of_the_built_in_registry_shows_what_is_not_downloaded()
    {
        var (code, stdout, _) = CliRunner.Run("models", "list", "--models", Models);

        Assert.Equal(0, code);
        Assert.Contains($"model folder: {Models}", stdout);
        Assert.Matches(@"deimv2-atto\s+│\s+detection\s+│\s+2\.1\s+│\s+Apache-2\.0\s+│\s+not downloaded", stdout);
    }

    [Fact]
    public void A_bad_registry_file_is_reported_with_its_line()
    {
        var registry = _dir.Write("bad.yaml", "models:\n  - id: x\n    colour: red\n");

        var (code, _, stderr) = CliRunner.Run("models", "list", "--registry", registry);

        Assert.Equal(2, code);
        Assert.Contains($"error: {registry}:", stderr);
    }
}

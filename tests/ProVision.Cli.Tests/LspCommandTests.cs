namespace ProVision.Cli.Tests;

/// <summary>
/// <c>provision lsp --measure</c>: the latency harness on a real file, and its bad arguments. The server itself is
/// tested over framed JSON-RPC in ProVision.LanguageServer.Tests.
/// </summary>
public sealed class LspCommandTests
{
    [Fact]
    public void Measure_times_edits_on_a_built_in_file()
    {
        var file = Path.Combine(SharedFixtures.RepoRoot(), "generators", "object", "exists_object.pvg");
        var (code, output, error) = CliRunner.Run("lsp", "--measure", file, "--edits", "4");
        Assert.True(code == 0, error);
        Assert.Contains("edits: 4", output, StringComparison.Ordinal);
        Assert.Matches(@"keystroke -> diagnostics: median \d+\.\d ms, p90 \d+\.\d ms, max \d+\.\d ms", output);
    }

    [Theory]
    [InlineData("no/such/file.pvg", "4", "does not exist")]
    [InlineData("", "0", "--edits must be at least 1")]
    public void Bad_arguments_are_usage_errors(string file, string edits, string message)
    {
        var target = file.Length > 0 ? file : Path.Combine(SharedFixtures.RepoRoot(), "generators", "object", "exists_object.pvg");
        var (code, _, error) = CliRunner.Run("lsp", "--measure", target, "--edits", edits);
        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}

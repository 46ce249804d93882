using System.Text;
using System.Text.Json;

namespace ProVision.LanguageServer.Tests;

/// <summary>
/// Hostile and mistaken input: every bad message gets a JSON-RPC error and the server keeps answering; only
/// <c>exit</c> or the end of the input ends it.
/// </summary>
public sealed class ProtocolRobustnessTests
{
    private static async Task AssertStillServingAsync(ScratchWorkspace workspace)
    {
        var answer = await workspace.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) }, position = new { line = 0, character = 0 } });
        Assert.True(answer.TryGetProperty("result", out _), answer.ToString());
        Assert.False(workspace.Client.Server.IsCompleted);
    }

    private static Task<JsonElement> ErrorWithNullIdAsync(ScratchWorkspace workspace) =>
        workspace.Client.WaitForAsync(m => m.TryGetProperty("error", out _) && m.GetProperty("id").ValueKind == JsonValueKind.Null);

    private static byte[] Frame(string body) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":", -32700)]
    [InlineData("not json at all", -32700)]
    [InlineData("{\"hello\":\"world\"}", -32600)]
    [InlineData("[1,2,3]", -32600)]
    public async Task A_malformed_body_gets_an_error_and_the_server_goes_on(string body, int code)
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.Client.SendRawAsync(Frame(body));
        var error = await ErrorWithNullIdAsync(workspace);
        Assert.Equal(code, error.GetProperty("error").GetProperty("code").GetInt32());
        await AssertStillServingAsync(workspace);
    }

    [Theory]
    [InlineData("Content-Type: application/vscode-jsonrpc\r\n\r\n")]
    [InlineData("Content-Length: lots\r\n\r\n")]
    [InlineData("Content-Length: -5\r\n\r\n")]
    [InlineData("garbage line without a colon\r\n\r\n")]
    public async Task A_bad_header_gets_a_parse_error_and_the_server_goes_on(string header)
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.Client.SendRawAsync(Encoding.ASCII.GetBytes(header));
        var error = await ErrorWithNullIdAsync(workspace);
        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("Content-Length", error.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertStillServingAsync(workspace);
    }

    [Fact]
    public async Task Endless_header_bytes_are_dropped_with_a_bounded_buffer()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.Client.SendRawAsync(Encoding.ASCII.GetBytes(new string('x', 20_000)));
        var error = await ErrorWithNullIdAsync(workspace);
        Assert.Contains("header end", error.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertStillServingAsync(workspace);
    }

    [Fact]
    public async Task An_unknown_method_gets_method_not_found()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var answer = await workspace.Client.RequestAsync("textDocument/frobnicate", new { });
        Assert.Equal(-32601, answer.GetProperty("error").GetProperty("code").GetInt32());
        await workspace.Client.NotifyAsync("$/unknownNotification", new { });
        await AssertStillServingAsync(workspace);
    }

    [Fact]
    public async Task Parameters_of_the_wrong_shape_get_an_error()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var answer = await workspace.Client.RequestAsync("textDocument/hover", 42);
        Assert.True(answer.TryGetProperty("error", out _), answer.ToString());
        await AssertStillServingAsync(workspace);
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused()
    {
        await using var workspace = await ScratchWorkspace.StartAsync(initialize: false);
        var answer = await workspace.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) }, position = new { line = 0, character = 0 } });
        Assert.Equal(-32002, answer.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Positions_outside_the_document_and_hostile_text_are_answered()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var hostile = "generator G {\n  let x = " + new string('(', 5000) + "\n}\n\u202e\0";
        var published = await workspace.OpenAsync(workspace.CountPath, hostile);
        Assert.NotEmpty(ScratchWorkspace.Codes(published));
        foreach (var method in new[] { "textDocument/hover", "textDocument/completion", "textDocument/definition" })
        {
            var answer = await workspace.Client.RequestAsync(method, new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) }, position = new { line = 99999, character = -4 } });
            Assert.True(answer.TryGetProperty("result", out _), answer.ToString());
        }
        var unopened = await workspace.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///no/such/file.pvg" }, position = new { line = 0, character = 0 } });
        Assert.Equal(JsonValueKind.Null, unopened.GetProperty("result").ValueKind);
        await AssertStillServingAsync(workspace);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_code_0()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var answer = await workspace.Client.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("result").ValueKind);
        await workspace.Client.NotifyAsync("exit", null);
        Assert.Equal(0, await workspace.Client.Server.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_code_1()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.Client.NotifyAsync("exit", null);
        Assert.Equal(1, await workspace.Client.Server.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}

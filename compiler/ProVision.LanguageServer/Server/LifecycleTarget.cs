using System.Text.Json;
using ProVision.LanguageServer.Features.SemanticTokens;
using ProVision.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Server;

/// <summary><c>initialize</c>, <c>initialized</c>, <c>shutdown</c> and <c>exit</c>.</summary>
internal sealed class LifecycleTarget(ServerState state)
{
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the exit code on <c>exit</c>: 0 after <c>shutdown</c>, 1 without (as the protocol says).</summary>
    public Task<int> Exited => _exit.Task;

    /// <summary>The characters that open completion by themselves.</summary>
    public static readonly string[] TriggerCharacters = [".", "{", "\"", "("];

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(JsonElement request)
    {
        lock (state.Gate)
        {
            state.Initialized = true;
            var capabilities = new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 2),
                new CompletionOptions(TriggerCharacters),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                RenameProvider: true,
                DocumentSymbolProvider: true,
                new SemanticTokensOptions(new SemanticTokensLegend(SemanticTokenBuilder.TokenTypes, SemanticTokenBuilder.TokenModifiers), Full: true));
            var version = typeof(LifecycleTarget).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            return new InitializeResult(capabilities, new ServerInfo("provision lsp", version));
        }
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement request)
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        lock (state.Gate)
        {
            state.ShutdownRequested = true;
            return null;
        }
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(state.ShutdownRequested ? 0 : 1);
}

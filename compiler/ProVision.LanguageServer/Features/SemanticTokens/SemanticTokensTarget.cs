using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Server;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Features.SemanticTokens;

/// <summary><c>textDocument/semanticTokens/full</c>.</summary>
internal sealed class SemanticTokensTarget(ServerState state)
{
    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Protocol.SemanticTokens SemanticTokens(DocumentParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            return state.Analysis(request.TextDocument) is var (file, _)
                ? new Protocol.SemanticTokens(SemanticTokenBuilder.Build(file))
                : new Protocol.SemanticTokens([]);
        }
    }
}

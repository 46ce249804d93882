using ProVision.LanguageServer.Features.Navigation;
using ProVision.LanguageServer.Server;
using ProVision.LanguageServer.Workspace;
using StreamJsonRpc;
using LspHover = ProVision.LanguageServer.Protocol.Hover;

namespace ProVision.LanguageServer.Features.Hover;

/// <summary><c>textDocument/hover</c>.</summary>
internal sealed class HoverTarget(ServerState state)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public LspHover? Hover(Protocol.TextDocumentPositionParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            if (state.Analysis(request.TextDocument) is not var (file, pack))
            {
                return null;
            }
            var offset = TextPositions.ToOffset(file.Text, request.Position);
            if (SymbolResolver.Resolve(file, offset) is not { } symbol || HoverContent.For(symbol, file, pack) is not { } markdown)
            {
                return null;
            }
            return new LspHover(Protocol.MarkupContent.Markdown(markdown), TextPositions.ToRange(file.Text, symbol.Span));
        }
    }
}

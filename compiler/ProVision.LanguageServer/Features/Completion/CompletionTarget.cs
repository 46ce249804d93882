using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Server;
using ProVision.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Features.Completion;

/// <summary><c>textDocument/completion</c>.</summary>
internal sealed class CompletionTarget(ServerState state)
{
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(TextDocumentPositionParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            if (state.Analysis(request.TextDocument) is not var (file, pack))
            {
                return new CompletionList(false, []);
            }
            var offset = TextPositions.ToOffset(file.Text, request.Position);
            return new CompletionList(false, CompletionProvider.Complete(file, pack, offset));
        }
    }
}

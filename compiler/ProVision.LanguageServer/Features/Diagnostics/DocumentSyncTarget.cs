using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Server;
using ProVision.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Features.Diagnostics;

/// <summary>
/// <c>textDocument/didOpen</c>, <c>didChange</c>, <c>didClose</c>, <c>didSave</c>: keeps the workspace in step with
/// the editor and publishes diagnostics after each. Opening a file publishes its pack's pack.yaml problems too.
/// </summary>
internal sealed class DocumentSyncTarget(ServerState state, DiagnosticsPublisher publisher)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            var pack = state.Workspace.DidOpen(request.TextDocument);
            Publish(DocumentUri.ToPath(request.TextDocument.Uri), pack, packToo: true);
        }
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            if (state.Workspace.DidChange(request) is { } pack)
            {
                Publish(DocumentUri.ToPath(request.TextDocument.Uri), pack, packToo: false);
            }
        }
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            var path = DocumentUri.ToPath(request.TextDocument.Uri);
            if (state.Workspace.DidClose(request.TextDocument.Uri) is not null && !PvgWorkspace.IsManifest(path))
            {
                // A closed file's problems are no longer shown: the editor reports on open documents and pack.yaml.
                publisher.Clear(path);
            }
        }
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
        }
    }

    private void Publish(string path, PackContext pack, bool packToo)
    {
        if (PvgWorkspace.IsManifest(path))
        {
            // The manifest changed: every open file of the pack is bound again and reported.
            foreach (var file in state.Workspace.OpenDocuments.Select(d => pack.File(d.Path)).OfType<FileAnalysis>())
            {
                publisher.FileChanged(file, pack);
            }
            publisher.PackChanged(pack);
            return;
        }
        if (pack.File(path) is { } changed)
        {
            publisher.FileChanged(changed, pack);
        }
        if (packToo)
        {
            publisher.PackChanged(pack);
        }
    }
}

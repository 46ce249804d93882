using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Server;

/// <summary>
/// What the feature handlers share: the workspace, the lock that guards it (requests run one at a time in order;
/// only the background lint also takes it), and the session's lifecycle.
/// </summary>
internal sealed class ServerState(JsonRpc rpc)
{
    /// <summary>The connection, for notifications to the client.</summary>
    public JsonRpc Rpc { get; } = rpc;

    /// <summary>Open documents and their packs.</summary>
    public PvgWorkspace Workspace { get; } = new();

    /// <summary>Guards <see cref="Workspace"/>.</summary>
    public object Gate { get; } = new();

    /// <summary>True once <c>initialize</c> has been answered.</summary>
    public bool Initialized { get; set; }

    /// <summary>True once <c>shutdown</c> has been received.</summary>
    public bool ShutdownRequested { get; set; }

    /// <summary>Sends a line to the client's log (<c>window/logMessage</c>, type 1: error) and to standard error.</summary>
    public void Log(string message)
    {
        Console.Error.WriteLine(message);
        _ = Rpc.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams(1, message));
    }

    /// <summary>Throws the protocol's ServerNotInitialized error before <c>initialize</c>.</summary>
    public void EnsureInitialized()
    {
        if (!Initialized)
        {
            throw new LocalRpcException("the server is not initialized: send 'initialize' first") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }
    }

    /// <summary>The analysis and pack of a .pvg document, or null for anything else.</summary>
    public (FileAnalysis File, PackContext Pack)? Analysis(TextDocumentIdentifier document)
    {
        var path = DocumentUri.ToPath(document.Uri);
        if (PvgWorkspace.IsManifest(path) || Workspace.Open(path) is null && !File.Exists(path))
        {
            return null;
        }
        var pack = Workspace.PackOf(path);
        return pack.File(path) is { } file ? (file, pack) : null;
    }
}

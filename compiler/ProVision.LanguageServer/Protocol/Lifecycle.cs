namespace ProVision.LanguageServer.Protocol;

/// <summary>The parameters of <c>initialize</c> that this server reads.</summary>
public sealed record InitializeParams(int? ProcessId, string? RootUri);

/// <summary>What <c>initialize</c> answers.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
public sealed record ServerInfo(string Name, string Version);

/// <summary>What the server can do.</summary>
public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool RenameProvider,
    bool DocumentSymbolProvider,
    SemanticTokensOptions SemanticTokensProvider);

/// <summary>How documents are synchronised: open and close, and incremental changes (kind 2).</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

/// <summary>The characters that open completion by themselves.</summary>
public sealed record CompletionOptions(string[] TriggerCharacters);

/// <summary>The token types and modifiers, and that whole documents are tokenised.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

/// <summary>The names behind the numbers in semantic token data.</summary>
public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

/// <summary><c>window/logMessage</c>: type 1 error, 2 warning, 3 info, 4 log.</summary>
public sealed record LogMessageParams(int Type, string Message);

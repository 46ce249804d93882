namespace ProVision.LanguageServer.Protocol;

/// <summary><c>textDocument/didOpen</c>.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary><c>textDocument/didChange</c>.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary><c>textDocument/didClose</c>.</summary>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary><c>textDocument/didSave</c>.</summary>
public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>One diagnostic as the protocol carries it; severity 1 error, 2 warning, 3 information.</summary>
public sealed record LspDiagnostic(Range Range, int Severity, string Code, string Source, string Message);

/// <summary><c>textDocument/publishDiagnostics</c>: every diagnostic of a document, replacing the earlier ones.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

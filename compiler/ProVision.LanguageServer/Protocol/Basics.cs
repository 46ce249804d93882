namespace ProVision.LanguageServer.Protocol;

// The few Language Server Protocol types this server uses, named as in the specification (3.17) and serialised with
// camelCase names (LspJson). Positions are zero-based lines and UTF-16 columns, exactly as the compiler's LinePosition.

/// <summary>A zero-based line and UTF-16 character.</summary>
public sealed record Position(int Line, int Character);

/// <summary>A half-open range of positions.</summary>
public sealed record Range(Position Start, Position End);

/// <summary>A range in a document.</summary>
public sealed record Location(string Uri, Range Range);

/// <summary>Names a document.</summary>
public sealed record TextDocumentIdentifier(string Uri);

/// <summary>Names a document at a version.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

/// <summary>A document as opened: its text and version.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>An edit of a document: <see cref="Text"/> replaces <see cref="Range"/>, or the whole text when it is null.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

/// <summary>A position in a document (the parameters of hover, completion, definition).</summary>
public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Markdown or plain text.</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    /// <summary>Markdown content.</summary>
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

/// <summary>A text replacement.</summary>
public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits across documents, by URI.</summary>
public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

/// <summary>JSON-RPC error codes of the protocol beyond JSON-RPC's own.</summary>
public static class LspErrorCodes
{
    /// <summary>A request before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>A request the server cannot carry out (a rename of something that is not renameable).</summary>
    public const int RequestFailed = -32803;
}

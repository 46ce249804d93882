namespace ProVision.LanguageServer.Protocol;

/// <summary>A completion proposal. <see cref="Kind"/> is the protocol's CompletionItemKind.</summary>
public sealed record CompletionItem(string Label, int Kind, string? Detail = null, MarkupContent? Documentation = null, string? InsertText = null, string? SortText = null);

/// <summary>The protocol's completion item kinds that this server uses.</summary>
public static class CompletionItemKind
{
    public const int Function = 3;
    public const int Field = 5;
    public const int Variable = 6;
    public const int Property = 10;
    public const int Value = 12;
    public const int Keyword = 14;
    public const int Text = 1;
    public const int EnumMember = 20;
    public const int Constant = 21;
}

/// <summary>The answer to <c>textDocument/completion</c>.</summary>
public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
public sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary><c>textDocument/references</c>.</summary>
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>Whether the declaration is among the references.</summary>
public sealed record ReferenceContext(bool IncludeDeclaration);

/// <summary><c>textDocument/rename</c>.</summary>
public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary><c>textDocument/documentSymbol</c> and <c>textDocument/semanticTokens/full</c>.</summary>
public sealed record DocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>A symbol of a document's outline; <see cref="Kind"/> is the protocol's SymbolKind.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children = null);

/// <summary>The protocol's symbol kinds that this server uses.</summary>
public static class SymbolKind
{
    public const int Class = 5;
    public const int Field = 8;
    public const int Variable = 13;
    public const int String = 15;
    public const int Constant = 14;
}

/// <summary>Semantic tokens: five integers a token, each position relative to the previous token.</summary>
public sealed record SemanticTokens(int[] Data);

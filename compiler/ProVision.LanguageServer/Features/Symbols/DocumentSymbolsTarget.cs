using ProVision.Compiler.Syntax;
using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Server;
using ProVision.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Features.Symbols;

/// <summary><c>textDocument/documentSymbol</c>: the outline of a file, from its syntax tree: phrase sets, and generators with their lets and slots.</summary>
internal sealed class DocumentSymbolsTarget(ServerState state)
{
    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbols(DocumentParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            if (state.Analysis(request.TextDocument) is not var (file, _))
            {
                return [];
            }
            var text = file.Text;
            var symbols = new List<DocumentSymbol>();
            foreach (var declaration in file.Tree.Root.Declarations)
            {
                switch (declaration)
                {
                    case PhrasesDeclarationSyntax set when !set.Name.IsMissing:
                        symbols.Add(new DocumentSymbol(set.Name.Text, $"phrases ({set.Alternatives.Length})", SymbolKind.String,
                            TextPositions.ToRange(text, set.Span), TextPositions.ToRange(text, set.Name.Span)));
                        break;
                    case GeneratorDeclarationSyntax generator when !generator.Name.IsMissing:
                        var children = generator.Clauses.OfType<LetClauseSyntax>().Where(l => !l.Name.IsMissing)
                            .Select(l => new DocumentSymbol(l.Name.Text, "let", SymbolKind.Variable, TextPositions.ToRange(text, l.Span), TextPositions.ToRange(text, l.Name.Span)))
                            .Concat((generator.Emit?.Entries ?? []).OfType<SlotEntrySyntax>().Where(e => !e.Name.IsMissing)
                                .Select(e => new DocumentSymbol(e.Name.Text, "slot", SymbolKind.Field, TextPositions.ToRange(text, e.Span), TextPositions.ToRange(text, e.Name.Span))));
                        symbols.Add(new DocumentSymbol(generator.Name.Text, "generator", SymbolKind.Class,
                            TextPositions.ToRange(text, generator.Span), TextPositions.ToRange(text, generator.Name.Span), [.. children]));
                        break;
                }
            }
            return [.. symbols];
        }
    }
}

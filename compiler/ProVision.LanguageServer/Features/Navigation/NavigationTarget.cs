using ProVision.Compiler.Syntax;
using ProVision.LanguageServer.Protocol;
using ProVision.LanguageServer.Server;
using ProVision.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ProVision.LanguageServer.Features.Navigation;

/// <summary><c>textDocument/definition</c>, <c>references</c> and <c>rename</c> (lets and phrase sets).</summary>
internal sealed class NavigationTarget(ServerState state)
{
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Location[] Definition(TextDocumentPositionParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            return [.. Locations(request, declarationsOnly: true)];
        }
    }

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Location[] References(ReferenceParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            var all = Locations(request, declarationsOnly: false, includeDeclaration: request.Context?.IncludeDeclaration ?? true);
            return [.. all];
        }
    }

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit Rename(RenameParams request)
    {
        lock (state.Gate)
        {
            state.EnsureInitialized();
            if (state.Analysis(request.TextDocument) is not var (file, pack)
                || SymbolResolver.Resolve(file, TextPositions.ToOffset(file.Text, request.Position)) is not { } symbol)
            {
                throw Fail("there is no name here to rename");
            }
            var newName = request.NewName ?? "";
            if (!IsIdentifier(newName))
            {
                throw Fail($"'{newName}' is not a name: start with a letter or '_', then letters, digits or '_', and no keyword");
            }
            switch (symbol)
            {
                case VariableAt { Variable.VariableKind: Compiler.Symbols.VariableKind.Let } let when Declares(let.Generator, newName):
                    throw Fail($"the generator already has a variable '{newName}'");
                case VariableAt { Variable.VariableKind: Compiler.Symbols.VariableKind.Let }:
                    break;
                case PhraseSetAt when pack.Files.Any(f => f.Tree.Root.Phrases.Any(s => s.Name.Text == newName)):
                    throw Fail($"the pack already has a phrase set '{newName}'");
                case PhraseSetAt:
                    break;
                default:
                    throw Fail("only a let or a phrase set can be renamed");
            }
            var changes = ReferenceFinder.Find(symbol, pack)
                .GroupBy(l => l.Text.Path)
                .ToDictionary(g => state.Workspace.UriOf(g.Key), g => g.Select(l => new TextEdit(TextPositions.ToRange(l.Text, l.Span), newName)).ToArray());
            return new WorkspaceEdit(changes);
        }
    }

    private IEnumerable<Location> Locations(TextDocumentPositionParams request, bool declarationsOnly, bool includeDeclaration = true)
    {
        if (state.Analysis(request.TextDocument) is not var (file, pack)
            || SymbolResolver.Resolve(file, TextPositions.ToOffset(file.Text, request.Position)) is not { } symbol)
        {
            return [];
        }
        return ReferenceFinder.Find(symbol, pack)
            .Where(l => declarationsOnly ? l.IsDeclaration : includeDeclaration || !l.IsDeclaration)
            .Select(l => new Location(state.Workspace.UriOf(l.Text.Path), TextPositions.ToRange(l.Text, l.Span)));
    }

    private static bool Declares(Compiler.BoundTree.BoundGenerator generator, string name) =>
        generator.DescendantsAndSelf().Any(n => n switch
        {
            Compiler.BoundTree.BoundLetClause l => l.Variable.Name == name,
            Compiler.BoundTree.BoundNamePattern p => p.Variable.Name == name,
            Compiler.BoundTree.BoundDrawClause d => d.Variable.Name == name,
            Compiler.BoundTree.BoundLambda l => l.Parameters.Any(p => p.Name == name),
            _ => false,
        });

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !SyntaxFacts.Keywords.Contains(name);

    private static LocalRpcException Fail(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };
}

using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Grammar.Generated;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// The parsing pipeline behind <see cref="SyntaxTree.Parse"/>: size check, lexing, lexical checks,
/// ANTLR parse with collecting error recovery and a depth guard, conversion to our syntax tree, then
/// the structural checks. It never throws on input; a bug surfaces as PV0999 instead of a crash.
/// </summary>
internal static class PvgParser
{
    public static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var root = new CompilationUnitSyntax(new TextSpan(0, source.Length), []);
        if (source.Length > SyntaxFacts.MaxSourceLength)
        {
            diagnostics.Add(SyntaxDiagnostics.FileTooLarge(new TextSpan(0, 0), source.Length, SyntaxFacts.MaxSourceLength));
            return (root, diagnostics.ToImmutableSorted());
        }

        try
        {
            root = ParseChecked(source, diagnostics);
        }
        catch (NestingLimitExceededException e)
        {
            diagnostics.Add(SyntaxDiagnostics.NestingTooDeep(TokenSpans.Of(e.Token), SyntaxFacts.MaxNestingDepth));
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Add(SyntaxDiagnostics.NestingTooDeep(new TextSpan(0, 0), SyntaxFacts.MaxNestingDepth));
        }
        catch (Exception e)
        {
            // The contract is "never throw on input": a bug here becomes a diagnostic (and fails the
            // tests, which assert PV0999 never appears) rather than a crash in the user's build.
            diagnostics.Add(SyntaxDiagnostics.InternalParserError(new TextSpan(0, 0), e.GetType().Name + ": " + e.Message));
        }

        return (root, diagnostics.ToImmutableSorted());
    }

    private static CompilationUnitSyntax ParseChecked(SourceText source, DiagnosticBag diagnostics)
    {
        // AntlrInputStream indexes UTF-16 code units, like our spans (CharStreams.fromString would
        // count code points and shift every offset after a non-BMP character).
        var reporter = new SyntaxErrorReporter(diagnostics);
        var listener = new CollectingErrorListener(source, diagnostics, reporter);

        // ANTLR's default listeners print to the console; ours collect.
        var lexer = new ProVisionLexer(new AntlrInputStream(source.Text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(listener);
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        TokenScanner.Report(tokens.GetTokens(), source, diagnostics);

        var parser = new GuardedProVisionParser(tokens) { ErrorHandler = new SyntaxErrorStrategy(reporter) };
        parser.RemoveErrorListeners();
        parser.AddErrorListener(listener);
        var tree = parser.compilationUnit();

        var root = new ParseTreeConverter(source, diagnostics, tokens, SkippedTokens(tree)).ConvertCompilationUnit(tree);
        ExpressionChecker.Check(root, diagnostics);
        StructureChecker.Check(root, diagnostics);
        return root;
    }

    /// <summary>The indexes of the tokens error recovery skipped, which the tree keeps as error nodes.</summary>
    private static HashSet<int> SkippedTokens(IParseTree root)
    {
        var skipped = new HashSet<int>();
        var stack = new Stack<IParseTree>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IErrorNode error && !TokenSpans.IsMissing(error.Symbol))
            {
                skipped.Add(error.Symbol.TokenIndex);
            }

            for (var i = 0; i < node.ChildCount; i++)
            {
                stack.Push(node.GetChild(i));
            }
        }

        return skipped;
    }
}

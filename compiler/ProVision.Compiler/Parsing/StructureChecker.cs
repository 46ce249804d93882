using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Checks the order the grammar leaves open on purpose (a flat list parses and recovers better, and
/// the messages can be specific): <c>pack</c> first and once; in a generator, header clauses, then
/// query clauses ending with exactly one emit block, then at least one template.
/// </summary>
internal static class StructureChecker
{
    private static readonly HashSet<Type> s_singleHeaderClauses =
        [typeof(FamilyClauseSyntax), typeof(NeedsClauseSyntax), typeof(ImagesClauseSyntax)];

    public static void Check(CompilationUnitSyntax unit, DiagnosticBag diagnostics)
    {
        var packSeen = false;
        for (var i = 0; i < unit.Declarations.Length; i++)
        {
            switch (unit.Declarations[i])
            {
                case PackDeclarationSyntax pack when packSeen:
                    diagnostics.Add(SyntaxDiagnostics.DuplicatePack(pack.Span));
                    break;
                case PackDeclarationSyntax pack:
                    packSeen = true;
                    if (i > 0)
                    {
                        diagnostics.Add(SyntaxDiagnostics.PackNotFirst(pack.Span));
                    }

                    break;
                case GeneratorDeclarationSyntax generator:
                    CheckGenerator(generator, diagnostics);
                    break;
            }
        }
    }

    /// <summary>
    /// At most this many <c>for</c> clauses in one generator, query and comprehensions together: each is a nested
    /// loop in the emitted C#, and a thousand of them take Roslyn minutes (the built-in generators use at most 10).
    /// </summary>
    public const int MaxForClauses = 32;

    /// <summary>At most this many clauses in one query or comprehension.</summary>
    public const int MaxClauses = 256;

    // PV0040, checked before binding so that neither the binder nor Roslyn ever sees a clause bomb.
    private static void CheckClauseCounts(GeneratorDeclarationSyntax generator, DiagnosticBag diagnostics)
    {
        var fors = generator.DescendantsAndSelf().OfType<ForClauseSyntax>().ToList();
        if (fors.Count > MaxForClauses)
        {
            diagnostics.Add(SyntaxDiagnostics.TooManyClauses(fors[MaxForClauses].Span, fors.Count, MaxForClauses));
            return;
        }
        var queryClauses = generator.QueryClauses.Count();
        var widest = generator.DescendantsAndSelf().OfType<ComprehensionExpressionSyntax>().Select(c => c.Clauses.Length).DefaultIfEmpty(0).Max();
        if (Math.Max(queryClauses, widest) > MaxClauses)
        {
            diagnostics.Add(SyntaxDiagnostics.TooManyClauses(generator.Name.Span, Math.Max(queryClauses, widest), MaxClauses));
        }
    }

    private static void CheckGenerator(GeneratorDeclarationSyntax generator, DiagnosticBag diagnostics)
    {
        CheckClauseCounts(generator, diagnostics);
        // Whether a parse error already touched this generator: then a "missing emit" is more likely
        // a consequence of it than a mistake of its own, so it is not reported.
        var hadSyntaxErrors = diagnostics.HasErrorWithin(generator.Span);
        var headers = new HashSet<Type>();
        var emitIndex = -1;
        for (var i = 0; i < generator.Clauses.Length && emitIndex < 0; i++)
        {
            emitIndex = generator.Clauses[i] is EmitClauseSyntax ? i : -1;
        }

        var queryStarted = false;
        var templates = 0;

        for (var i = 0; i < generator.Clauses.Length; i++)
        {
            var clause = generator.Clauses[i];
            var afterEmit = emitIndex >= 0 && i > emitIndex;
            switch (clause)
            {
                case HeaderClauseSyntax header:
                    if (queryStarted || afterEmit || templates > 0)
                    {
                        diagnostics.Add(SyntaxDiagnostics.HeaderClauseAfterQuery(header.KeywordSpan, header.Keyword));
                    }

                    if (s_singleHeaderClauses.Contains(header.GetType()) && !headers.Add(header.GetType()))
                    {
                        diagnostics.Add(SyntaxDiagnostics.DuplicateHeaderClause(header.KeywordSpan, header.Keyword));
                    }

                    break;
                case EmitClauseSyntax when afterEmit:
                    diagnostics.Add(SyntaxDiagnostics.DuplicateEmit(clause.KeywordSpan));
                    break;
                case QueryClauseSyntax query:
                    queryStarted = true;
                    if (afterEmit)
                    {
                        diagnostics.Add(SyntaxDiagnostics.QueryClauseAfterEmit(query.KeywordSpan, query.Keyword));
                    }

                    break;
                case TemplateClauseSyntax template:
                    templates++;
                    if (emitIndex > i)
                    {
                        diagnostics.Add(SyntaxDiagnostics.TemplateBeforeEmit(template.KeywordSpan, template.Keyword));
                    }

                    break;
            }
        }

        if (hadSyntaxErrors || generator.Name.IsMissing)
        {
            return;
        }

        if (emitIndex < 0)
        {
            diagnostics.Add(SyntaxDiagnostics.MissingEmit(generator.Name.Span, generator.Name.Text));
        }

        if (templates == 0)
        {
            diagnostics.Add(SyntaxDiagnostics.MissingTemplate(generator.Name.Span, generator.Name.Text));
        }
    }
}

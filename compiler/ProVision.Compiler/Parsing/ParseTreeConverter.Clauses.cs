using System.Collections.Immutable;
using Antlr4.Runtime;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

// Generator clauses: header, query, emit, templates.
internal sealed partial class ParseTreeConverter
{
    private ClauseSyntax? ConvertClause(ClauseContext context)
    {
        if (context.ChildCount == 0 || context.GetChild(0) is not ParserRuleContext inner)
        {
            return null;
        }

        return inner switch
        {
            FamilyClauseContext c => new FamilyClauseSyntax(Span(c), ConvertDashedName(c.dashedName(), AfterKeyword(c))),
            NeedsClauseContext c => new NeedsClauseSyntax(
                Span(c), [.. (c.IDENT() ?? []).Where(n => !TokenSpans.IsMissing(n)).Select(n => Identifier(n.Symbol))]),
            AliasClauseContext c => new AliasClauseSyntax(Span(c), Identifier(c.IDENT(), AfterKeyword(c))),
            ImagesClauseContext c => new ImagesClauseSyntax(Span(c), ConvertExpression(c.expression(), End(c))),
            ForClauseContext c => ConvertFor(c),
            WhereClauseContext c => ConvertWhere(c),
            LetClauseContext c => new LetClauseSyntax(Span(c), Identifier(c.IDENT(), AfterKeyword(c)), ConvertExpression(c.expression(), End(c))),
            SampleClauseContext c => new SampleClauseSyntax(Span(c), ConvertExpression(c.expression(), End(c))),
            DrawClauseContext c => ConvertDraw(c),
            BudgetClauseContext c => new BudgetClauseSyntax(Span(c), ConvertExpression(c.expression(), End(c))),
            EmitClauseContext c => ConvertEmit(c),
            AskClauseContext c => ConvertAsk(c),
            TellClauseContext c => new TellClauseSyntax(Span(c), ConvertTemplate(c.@string(), End(c))),
            _ => null,
        };
    }

    private ForClauseSyntax ConvertFor(ForClauseContext context)
    {
        var variables = ImmutableArray.CreateBuilder<PatternSyntax>();
        var previousEnd = AfterKeyword(context);
        foreach (var pattern in context.pattern() ?? [])
        {
            variables.Add(ConvertPattern(pattern, previousEnd));
            previousEnd = variables[^1].Span.End;
        }

        // expression(0) is the source; expression(1) exists only after 'grouped by'.
        var afterIn = After(context.IN(), previousEnd);
        var source = ConvertExpression(context.expression(0), context.GROUPED() is null ? End(context) : afterIn);
        var key = context.GROUPED() is null ? null : ConvertExpression(context.expression(1), End(context));
        return new ForClauseSyntax(Span(context), variables.ToImmutable(), source, key);
    }

    private DrawClauseSyntax ConvertDraw(DrawClauseContext context)
    {
        var name = TokenSpans.IsMissing(context.name) ? new IdentifierSyntax(new TextSpan(AfterKeyword(context), 0), string.Empty) : Identifier(context.name);

        // expression(0) is the count; expression(1) exists only after 'where'. A count recovery left empty is placed
        // just after the '=', so that it stays before `sharing <kind>` and the predicate (children in source order),
        // and never before the name: in `draw = x images`, recovery deletes the '=' (kept as an error node that
        // ASSIGN() still returns) and takes `x` as the name.
        var count = ConvertExpression(context.expression(0), Math.Max(After(context.ASSIGN(), name.Span.End), name.Span.End));
        var predicate = context.WHERE() is null ? null : ConvertExpression(context.expression(1), End(context));

        // `sharing [unique] <kind>` after 'images': plain names, checked by the binder (PV1080, PV1081, PV1083).
        var sharing = TokenSpans.IsMissing(context.sharing) || TokenSpans.IsMissing(context.kind)
            ? null
            : new DrawSharingSyntax(TextSpan.FromBounds(TokenSpans.Of(context.sharing).Start, TokenSpans.Of(context.kind).End), Identifier(context.sharing),
                TokenSpans.IsMissing(context.unique) ? null : Identifier(context.unique), Identifier(context.kind));

        return new DrawClauseSyntax(Span(context), name, count, predicate) { Sharing = sharing };
    }

    private WhereClauseSyntax ConvertWhere(WhereClauseContext context) =>
        new(Span(context), ConvertExpression(context.expression(), End(context)));

    private PatternSyntax ConvertPattern(PatternContext? context, int fallbackPosition)
    {
        switch (context)
        {
            case NamePatternContext name:
                var identifier = Identifier(name.IDENT(), End(name));
                return new NamePatternSyntax(identifier.Span, identifier);
            case TuplePatternContext tuple:
                var elements = ImmutableArray.CreateBuilder<PatternSyntax>();
                // An element recovery left empty is placed just after the element before it (or the '('), not at the
                // tuple's end: the elements after it follow it, so the children stay in source order.
                var previousEnd = Inside(tuple, AfterKeyword(tuple));
                foreach (var element in tuple.pattern() ?? [])
                {
                    elements.Add(ConvertPattern(element, previousEnd));
                    previousEnd = Math.Max(previousEnd, elements[^1].Span.End);
                }

                return new TuplePatternSyntax(Span(tuple), elements.ToImmutable());
            default:
                var span = context is null ? default : Span(context);
                var missing = new IdentifierSyntax(new TextSpan(span.IsEmpty ? fallbackPosition : span.Start, 0), string.Empty);
                return new NamePatternSyntax(missing.Span, missing);
        }
    }

    private EmitClauseSyntax ConvertEmit(EmitClauseContext context)
    {
        var entries = ImmutableArray.CreateBuilder<EmitEntrySyntax>();
        foreach (var entry in context.emitEntry() ?? [])
        {
            var name = Identifier(entry.IDENT(), AfterKeyword(entry));
            var value = ConvertExpression(entry.expression(), End(entry));

            // The entry's span ends at its value: a trailing comma is punctuation, not part of it.
            var span = TextSpan.FromBounds(Span(entry).Start, Math.Max(value.Span.End, name.Span.End));
            entries.Add(entry.TAG() is null ? new SlotEntrySyntax(span, name, value) : new TagEntrySyntax(span, name, value));
        }

        return new EmitClauseSyntax(Span(context), entries.ToImmutable());
    }

    private AskClauseSyntax ConvertAsk(AskClauseContext context)
    {
        var strings = context.@string() ?? [];
        var question = ConvertTemplate(strings.Length > 0 ? strings[0] : null, AfterKeyword(context));
        var answer = ConvertTemplate(strings.Length > 1 ? strings[1] : null, End(context));
        return new AskClauseSyntax(Span(context), question, answer);
    }
}

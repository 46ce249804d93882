using System.Collections.Immutable;
using ProVision.Compiler.Syntax;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

// Declarations: pack, phrases, def, generator (plain, parameterised, instance).
internal sealed partial class ParseTreeConverter
{
    private DeclarationSyntax? ConvertDeclaration(DeclarationContext context) => context switch
    {
        { } when context.packDeclaration() is { } pack =>
            new PackDeclarationSyntax(Span(pack), ConvertDashedName(pack.dashedName(), AfterKeyword(pack))),
        { } when context.phrasesDeclaration() is { } phrases => ConvertPhrases(phrases),
        { } when context.defDeclaration() is { } def => ConvertDef(def),
        { } when context.generatorDeclaration() is { } generator => ConvertGenerator(generator),
        { } when context.generatorInstanceDeclaration() is { } instance => ConvertInstance(instance),
        _ => null,
    };

    private PhrasesDeclarationSyntax ConvertPhrases(PhrasesDeclarationContext context)
    {
        var name = Identifier(context.IDENT(), AfterKeyword(context));
        var alternatives = ImmutableArray.CreateBuilder<TemplateSyntax>();
        var previousEnd = name.Span.End;
        foreach (var alternative in context.@string() ?? [])
        {
            var template = ConvertTemplate(alternative, previousEnd);
            alternatives.Add(template);
            previousEnd = template.Span.End;
        }

        return new PhrasesDeclarationSyntax(Span(context), name, alternatives.ToImmutable());
    }

    private GeneratorDeclarationSyntax ConvertGenerator(GeneratorDeclarationContext context)
    {
        var clauses = ImmutableArray.CreateBuilder<ClauseSyntax>();
        foreach (var clause in context.clause() ?? [])
        {
            if (ConvertClause(clause) is { } converted)
            {
                clauses.Add(converted);
            }
        }

        var name = Identifier(context.IDENT(), AfterKeyword(context));
        var openBrace = TokenSpans.IsMissing(context.LBRACE()) ? default : TokenSpans.Of(context.LBRACE().Symbol);
        var parameters = context.parameterList() is { } list ? ConvertParameters(list) : default;
        return new GeneratorDeclarationSyntax(Span(context), name, openBrace, clauses.ToImmutable(), parameters);
    }

    private GeneratorInstanceSyntax ConvertInstance(GeneratorInstanceDeclarationContext context)
    {
        var name = Identifier(context.IDENT(0), AfterKeyword(context));
        var shape = Identifier(context.IDENT(1), Inside(context, After(context.ASSIGN(), name.Span.End)));
        var arguments = ConvertAll(context.argumentList()?.expression(), Inside(context, After(context.LPAREN(), End(context))));
        return new GeneratorInstanceSyntax(Span(context), name, shape, arguments);
    }

    private DefDeclarationSyntax ConvertDef(DefDeclarationContext context)
    {
        var name = Identifier(context.IDENT(), AfterKeyword(context));
        var parameters = context.parameterList() is { } list ? ConvertParameters(list) : [];
        var afterParameters = context.parameterList() is { } written && !TokenSpans.IsMissing(written.Start) ? Math.Max(End(written), name.Span.End) : name.Span.End;
        afterParameters = parameters.Select(p => p.Span.End).Append(afterParameters).Max();
        var returnType = Within(context, ConvertTypeName(context.typeName(), Inside(context, Math.Max(After(context.COLON(), afterParameters), afterParameters))));
        if (returnType.Span.Start < afterParameters)
        {
            returnType = new TypeNameSyntax(new Text.TextSpan(Inside(context, afterParameters), 0), string.Empty, []);
        }
        var body = ConvertExpression(context.expression(), Inside(context, After(context.ASSIGN(), returnType.Span.End)));
        if (body is MissingExpressionSyntax && body.Span.Start < returnType.Span.End)
        {
            // Recovery can leave an empty body before a return type it found further on: the body is missing after it.
            body = new MissingExpressionSyntax(new Text.TextSpan(Inside(context, returnType.Span.End), 0));
        }
        return new DefDeclarationSyntax(Span(context), name, parameters, returnType, body);
    }

    private ImmutableArray<ParameterSyntax> ConvertParameters(ParameterListContext context)
    {
        var parameters = ImmutableArray.CreateBuilder<ParameterSyntax>();
        foreach (var parameter in context.parameter() ?? [])
        {
            var span = Span(parameter);
            var name = Identifier(parameter.IDENT(), span.Start);
            if (!span.Contains(name.Span))
            {
                // Error recovery can hand a parameter a name among the tokens it skipped: it is then missing.
                name = new IdentifierSyntax(new Text.TextSpan(span.Start, 0), string.Empty);
            }
            var type = Within(parameter, ConvertTypeName(parameter.typeName(), Inside(parameter, After(parameter.COLON(), name.Span.End))));
            parameters.Add(new ParameterSyntax(span, name, type));
        }
        return parameters.ToImmutable();
    }

    // A missing piece goes where it belongs, but never outside its declaration (whose span may end early after errors).
    private int Inside(Antlr4.Runtime.ParserRuleContext context, int position) => Math.Clamp(position, Span(context).Start, Math.Max(Span(context).Start, End(context)));

    // After error recovery a type's tokens can lie past its parent's span: it is then treated as missing.
    private TypeNameSyntax Within(Antlr4.Runtime.ParserRuleContext parent, TypeNameSyntax type)
    {
        var span = Span(parent);
        return type.Span.Start >= span.Start && type.Span.End <= Math.Max(span.Start, End(parent))
            ? type
            : new TypeNameSyntax(new Text.TextSpan(Inside(parent, type.Span.Start), 0), string.Empty, []);
    }

    private TypeNameSyntax ConvertTypeName(TypeNameContext? context, int fallbackPosition)
    {
        if (context is null || TokenSpans.IsMissing(context.Start))
        {
            return new TypeNameSyntax(new Text.TextSpan(fallbackPosition, 0), string.Empty, []);
        }
        var arguments = (context.typeName() ?? []).Select(t => ConvertTypeName(t, Inside(context, End(context)))).ToImmutableArray();
        var name = context.PHRASES() is not null ? TypeNameSyntax.PhrasesName
            : context.LPAREN() is not null ? TypeNameSyntax.TupleName
            : TokenSpans.IsMissing(context.IDENT()) ? string.Empty
            : context.IDENT().Symbol.Text;
        return new TypeNameSyntax(Span(context), name, arguments);
    }
}

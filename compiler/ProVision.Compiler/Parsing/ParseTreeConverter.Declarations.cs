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
        var shape = Identifier(context.IDENT(1), After(context.ASSIGN(), name.Span.End));
        var arguments = ConvertAll(context.argumentList()?.expression(), After(context.LPAREN(), End(context)));
        return new GeneratorInstanceSyntax(Span(context), name, shape, arguments);
    }

    private DefDeclarationSyntax ConvertDef(DefDeclarationContext context)
    {
        var name = Identifier(context.IDENT(), AfterKeyword(context));
        var parameters = context.parameterList() is { } list ? ConvertParameters(list) : [];
        var returnType = ConvertTypeName(context.typeName(), After(context.COLON(), name.Span.End));
        var body = ConvertExpression(context.expression(), After(context.ASSIGN(), returnType.Span.End));
        return new DefDeclarationSyntax(Span(context), name, parameters, returnType, body);
    }

    private ImmutableArray<ParameterSyntax> ConvertParameters(ParameterListContext context)
    {
        var parameters = ImmutableArray.CreateBuilder<ParameterSyntax>();
        foreach (var parameter in context.parameter() ?? [])
        {
            var name = Identifier(parameter.IDENT(), Span(parameter).Start);
            var type = ConvertTypeName(parameter.typeName(), After(parameter.COLON(), name.Span.End));
            parameters.Add(new ParameterSyntax(Span(parameter), name, type));
        }
        return parameters.ToImmutable();
    }

    private TypeNameSyntax ConvertTypeName(TypeNameContext? context, int fallbackPosition)
    {
        if (context is null || TokenSpans.IsMissing(context.Start))
        {
            return new TypeNameSyntax(new Text.TextSpan(fallbackPosition, 0), string.Empty, []);
        }
        var arguments = (context.typeName() ?? []).Select(t => ConvertTypeName(t, End(context))).ToImmutableArray();
        var name = context.PHRASES() is not null ? TypeNameSyntax.PhrasesName
            : context.LPAREN() is not null ? TypeNameSyntax.TupleName
            : TokenSpans.IsMissing(context.IDENT()) ? string.Empty
            : context.IDENT().Symbol.Text;
        return new TypeNameSyntax(Span(context), name, arguments);
    }
}

using System.Collections.Immutable;
using ProVision.Compiler.Syntax;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

// Declarations: pack, phrases, generator.
internal sealed partial class ParseTreeConverter
{
    private DeclarationSyntax? ConvertDeclaration(DeclarationContext context) => context switch
    {
        { } when context.packDeclaration() is { } pack =>
            new PackDeclarationSyntax(Span(pack), ConvertDashedName(pack.dashedName(), AfterKeyword(pack))),
        { } when context.phrasesDeclaration() is { } phrases => ConvertPhrases(phrases),
        { } when context.generatorDeclaration() is { } generator => ConvertGenerator(generator),
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
        return new GeneratorDeclarationSyntax(Span(context), name, openBrace, clauses.ToImmutable());
    }
}

using Antlr4.Runtime;
using static ProVision.Grammar.Generated.ProVisionParser;

namespace ProVision.Compiler.Parsing;

/// <summary>Names grammar rules in user terms, for messages where listing the expected tokens would not help.</summary>
internal static class ConstructNames
{
    /// <summary>"this expression", "the 'for' clause", ... for the innermost named rule around the error.</summary>
    public static string Describe(ParserRuleContext? context)
    {
        for (var c = context; c is not null; c = c.Parent as ParserRuleContext)
        {
            if (Name(c.RuleIndex) is { } name)
            {
                return name;
            }
        }

        return "this file";
    }

    /// <summary>What must still come to finish the innermost rule, for an unexpected end of file.</summary>
    public static string Completion(ParserRuleContext? context) => "the rest of " + Describe(context);

    private static string? Name(int rule) => rule switch
    {
        RULE_expression or RULE_primary or RULE_argumentList or RULE_comparisonOperator => "this expression",
        RULE_lambdaParameters => "the lambda's parameters",
        RULE_pattern => "the 'for' variables",
        RULE_forClause => "the 'for' clause",
        RULE_whereClause => "the 'where' clause",
        RULE_letClause => "the 'let' clause",
        RULE_sampleClause => "the 'sample' clause",
        RULE_drawClause => "the 'draw' clause",
        RULE_budgetClause => "the 'budget' clause",
        RULE_emitClause or RULE_emitEntry => "the emit block",
        RULE_askClause => "the 'ask' template",
        RULE_tellClause => "the 'tell' template",
        RULE_familyClause or RULE_needsClause or RULE_aliasClause or RULE_imagesClause => "the generator header",
        RULE_generatorDeclaration or RULE_clause => "the generator",
        RULE_phrasesDeclaration => "the phrase set",
        RULE_packDeclaration => "the pack declaration",
        _ => null,
    };
}

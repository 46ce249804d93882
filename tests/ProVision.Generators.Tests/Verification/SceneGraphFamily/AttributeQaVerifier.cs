using ProVision.Generators.Tests.Verification.Support;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Verification.SceneGraphFamily;

/// <summary>
/// SceneGraphAttributeQAGenerator: "What is the color of the object that is wearing the white helmet?" The start
/// node has an attribute of the asked category (not "other"), the expression uses none of its own attributes of
/// that category, and the answer lists the category's attributes of every node the expression describes.
/// Distractors are attributes of the same category that are not in the answer.
/// </summary>
internal sealed class AttributeQaVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["SceneGraphAttributeQAGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        if (check.Slot("category") is not { } category || ExpressionEvidence.Read(check) is not (var start, var expression, var matches))
        {
            return;
        }
        var graph = check.Graph;
        var vocabulary = check.Vocabulary;
        if (category == AttributeCategories.Other)
        {
            check.Fail("category 'other' is never asked about");
            return;
        }
        if (!graph.Objects[start].Attributes.Any(a => vocabulary.CategoryOf(a) == category))
        {
            check.Fail($"object {start} has no attribute of category '{category}'");
            return;
        }
        var giveaway = expression.Own.Where(a => vocabulary.CategoryOf(a) == category).ToList();
        if (giveaway.Count > 0)
        {
            check.Fail($"the expression uses {ItemCheck.Quote(giveaway)} of category '{category}', the category asked about");
            return;
        }
        var answers = matches.SelectMany(i => graph.Objects[i].Attributes).Where(a => vocabulary.CategoryOf(a) == category).ToHashSet();
        check.MeaningSetAnswer(answers, $"the '{category}' attributes of the objects '{expression}' describes");
        check.DistractorItems(part =>
            answers.Contains(part) ? "is an answer"
            : vocabulary.CategoryOf(part) != category ? $"is of category '{vocabulary.CategoryOf(part)}', not '{category}'"
            : null);
    }
}

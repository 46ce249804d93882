using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.SceneGraphFamily.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.SceneGraphFamily;

public sealed class AttributeQaTests
{
    // "What is the color of the metal object that the standing man is wearing?"
    private static ItemBuilder Correct() => new ItemBuilder("SceneGraphAttributeQAGenerator")
        .Slot("category", "color").Slot("attributes", "metal").Slot("neighbor_attributes", "standing").Answer("white").Objects(3).Relations(1);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), Field);
        Verdict.Passes(Correct().Choices("blue", "white", "red"), Field);
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Correct().Answer("black").Choices("black", "white"), "answer 'black' names 'black', which is not among the 'color' attributes of the objects", Field);

    [Fact]
    public void Distractor_from_another_category_fails() =>
        Verdict.Fails(Correct().Choices("white", "wooden"), "'wooden' is of category 'material', not 'color'", Field);

    [Fact]
    public void Expression_giving_the_answer_away_fails() =>
        Verdict.Fails(Correct().Slot("attributes", "metal and white").Slot("neighbor_attributes", ""),
            "the expression uses 'white' of category 'color', the category asked about", Field);

    [Fact]
    public void Category_the_node_lacks_fails() =>
        Verdict.Fails(Correct().Slot("category", "size").Answer("small"), "object 3 has no attribute of category 'size'", Field);

    [Fact]
    public void Category_other_is_never_asked() =>
        Verdict.Fails(Correct().Slot("category", "other"), "category 'other' is never asked about", Field);
}

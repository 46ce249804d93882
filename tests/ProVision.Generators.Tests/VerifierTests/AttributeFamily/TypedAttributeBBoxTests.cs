using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.AttributeFamily;

public sealed class TypedAttributeBBoxTests
{
    private static readonly SceneGraph s_graph = new GraphBuilder(100, 100)
        .Object("cup", 10, 10, 20, 20, "red", "white", "wooden", "shiny").Object("dog", 50, 50, 60, 70, "black", "happy").Build();

    private static ItemBuilder Correct() => new ItemBuilder("TypedAttributeBBoxGenerator")
        .Slot("label", "cup").Slot("box", "(0.1, 0.1, 0.2, 0.2)").Slot("category", "color").Answer("red and white").Objects(0);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Correct(), s_graph);
        Verdict.Passes(Correct().Answer("white").Choices("blue", "black", "white", "green"), s_graph);
        Verdict.Passes(Correct().Slot("category", "material").Answer("wooden").Choices("metal", "wooden"), s_graph);
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Correct().Answer("blue").Choices("blue", "black"), "answer 'blue' misses 'red' of the 'color' attributes of object 0 {'red', 'white'}", s_graph);

    [Fact]
    public void Distractor_from_another_category_fails() =>
        Verdict.Fails(Correct().Answer("red").Choices("red", "metal", "blue"), "choice 'metal' is not a valid distractor: 'metal' is of category 'material', not 'color'", s_graph);

    [Fact]
    public void Distractor_on_the_object_fails() =>
        Verdict.Fails(Correct().Answer("red").Choices("red", "white"), "'white' is an attribute of object 0", s_graph);

    [Fact]
    public void Category_other_is_never_asked() =>
        Verdict.Fails(Correct().Slot("category", "other").Answer("shiny"), "category 'other' is never asked about", s_graph);

    [Fact]
    public void Category_the_object_lacks_fails() =>
        Verdict.Fails(Correct().Slot("category", "size").Answer("small"), "object 0 has no attribute of category 'size'", s_graph);
}

using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>
/// A dog "wearing" a collar "has" it (the built-in vocabulary's implies): no item offers one as wrong beside the other,
/// asks which image lacks one where the other is annotated, or contrasts the two (docs/evidence.md#implied-predicates).
/// </summary>
public sealed class ImpliedPredicateReadingTests
{
    private static SceneGraph Yard(string id, string predicate) =>
        new GraphBuilder(100, 100, id).Object("dog", 10, 40, 50, 90).Object("collar", 20, 40, 40, 50).Relation(0, predicate, 1).Build();

    private static void Fails(ItemBuilder item, string fragment, params SceneGraph[] graphs) =>
        Verdict.FailsWith(item, fragment, graphs, ReadingOn, BuiltinPack.Pack.Vocabulary);

    private static ItemBuilder Which(string generator, string predicate, string answer) =>
        new ItemBuilder(generator).Images(2).Slot("subject", "dog").Slot("predicate", predicate).Slot("object", "collar").Answer(answer)
            .Choices("Image 1", "Image 2").ObjectsIn(0, 0, 1).RelationsIn(0, 0).ObjectsIn(1, 0, 1).RelationsIn(1, 0);

    [Fact]
    public void An_image_that_has_the_collar_may_show_the_dog_wearing_it()
    {
        Fails(Which("HasRelationMultiGenerator", "wearing", "Image 1"),
            "reading [one-right]: Image 2 relates them by 'has', which 'wearing' implies: a reader may see 'dog' wearing 'collar' there too", Yard("a", "wearing"), Yard("b", "has"));
        // Told "has", the dog wearing it has it too: both images show it.
        Fails(Which("HasRelationMultiGenerator", "has", "Image 2"), "images [0, 1] are the one that shows 'dog' has 'collar'", Yard("a", "wearing"), Yard("b", "has"));
        // Holding is not implied by wearing: the two are told apart.
        Verdict.PassesWith(Which("HasRelationMultiGenerator", "wearing", "Image 1"), [Yard("a", "wearing"), Yard("b", "holding")], ReadingOn, BuiltinPack.Pack.Vocabulary);
    }

    [Fact]
    public void A_relation_implied_by_the_answer_is_not_offered_as_wrong()
    {
        var graph = Yard("a", "wearing");
        Fails(new ItemBuilder("ExistsRelationGenerator").Slot("subject", "dog").Slot("object", "collar").Answer("wearing").Choices("wearing", "has", "eating")
                .Objects(0, 1).Relations(0),
            "reading [one-right]: option 'has' is offered as wrong, but a relation from object 0 to object 1 implies it or is implied by it", graph);
    }

    [Fact]
    public void Wearing_is_not_contrasted_with_has()
    {
        Fails(new ItemBuilder("CompareRelationMultiGenerator").Images(2).Slot("subject", "dog").Slot("object", "collar")
                .Answer("The dog is wearing the collar in Image 1 and has the collar in Image 2.").ObjectsIn(0, 0, 1).RelationsIn(0, 0).ObjectsIn(1, 0, 1).RelationsIn(1, 0),
            "Image 1's 'wearing' implies Image 2's 'has'", Yard("a", "wearing"), Yard("b", "has"));
    }
}

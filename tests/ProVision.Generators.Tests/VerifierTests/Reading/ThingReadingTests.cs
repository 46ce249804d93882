using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>
/// Labels that are no thing ("color", "spots": vocabulary nonObjects) label regions of real graphs; an item that names
/// one as an object (an option, "the X", a counted noun, a neighbour, an evidence region) fails, whatever the boxes say.
/// </summary>
public sealed class ThingReadingTests
{
    /// <summary>0 dog, 1 spots; 2 color, 3 cup, 4 tree. Relations: 0 spots on dog, 1 color near cup, 2 dog near cup, 3 color under tree.</summary>
    private static SceneGraph Garden { get; } = new GraphBuilder(100, 100, "garden")
        .Object("dog", 10, 50, 30, 70, "brown").Object("spots", 12, 52, 20, 60, "white").Object("color", 40, 10, 50, 20)
        .Object("cup", 60, 50, 65, 55, "red").Object("tree", 80, 0, 95, 90)
        .Relation(1, "on", 0).Relation(2, "near", 3).Relation(0, "near", 3).Relation(2, "under", 4)
        .Build();

    [Fact]
    public void An_extreme_question_over_things_verifies() =>
        Verdict.PassesWith(new ItemBuilder("LeftMostObjectGenerator").Slot("names", "dog, cup, and tree").Answer("dog").Objects(0, 3, 4), [Garden], ReadingOn);

    [Fact]
    public void An_extreme_option_that_is_no_thing_fails() =>
        // Planted: the colour's box is truly between the dog and the tree; only the word is wrong.
        Verdict.FailsWith(new ItemBuilder("LeftMostObjectGenerator").Slot("names", "dog, color, and tree").Answer("dog").Objects(0, 2, 4),
            "reading [thing]: the words name 'color' as an object, but it is no thing", [Garden], ReadingOn);

    [Fact]
    public void Counting_a_non_object_in_the_plural_fails() =>
        Verdict.FailsWith(new ItemBuilder("ExistsObjectGenerator").Slot("name", "colors").Slot("count", "1").Answer("1").Objects(2),
            "reading [thing]: the words name 'colors' as an object", [Garden], ReadingOn);

    [Fact]
    public void A_relation_with_a_non_object_end_fails() =>
        Verdict.FailsWith(new ItemBuilder("ExistsRelationGenerator").Slot("subject", "spots").Slot("object", "dog").Answer("on").Objects(1, 0).Relations(0),
            "reading [thing]: the words name 'spots' as an object", [Garden], ReadingOn);

    [Fact]
    public void A_head_option_that_is_no_thing_fails() =>
        Verdict.FailsWith(new ItemBuilder("HeadRelationGenerator").Slot("names", "dog and color").Slot("predicate", "near").Slot("object", "cup")
            .Answer("dog").Objects(0, 3).Relations(2),
            "reading [thing]: the words name 'color' as an object", [Garden], ReadingOn);

    [Fact]
    public void An_expression_whose_neighbour_is_no_thing_fails() =>
        // "the object that is on the spots" would read as an object; "the object that the spots is on" is the dog, named through the spots.
        Verdict.FailsWith(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "object that the spots is on").Answer("dog").Objects(0).Relations(0),
            "reading [thing]: the words name 'spots' as an object", [Garden], ReadingOn);

    [Fact]
    public void An_expression_that_denotes_a_non_object_fails() =>
        Verdict.FailsWith(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "object that is under the tree").Answer("color").Objects(2).Relations(3),
            "reading [thing]: 'the object that is under the tree' denotes object 2, labelled 'color' as an object", [Garden], ReadingOn);
}

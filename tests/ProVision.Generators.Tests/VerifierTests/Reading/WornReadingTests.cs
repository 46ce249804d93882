using ProVision.Generators.Tests.Builtin;
using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>
/// Clothing and body parts (the built-in vocabulary's onPersons) beside a person may have no box of their own: no item
/// counts them there, or says the image lacks them (docs/evidence.md#worn-by-persons).
/// </summary>
public sealed class WornReadingTests
{
    private static readonly SceneGraph s_dressed = new GraphBuilder(100, 100, "dressed").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55, "red").Build();
    private static readonly SceneGraph s_bare = new GraphBuilder(100, 100, "bare").Object("man", 10, 10, 40, 90).Object("dog", 60, 70, 80, 90).Build();
    private static readonly SceneGraph s_rack = new GraphBuilder(100, 100, "rack").Object("shirt", 10, 10, 30, 40, "red").Object("dog", 60, 70, 80, 90).Build();

    private static void Fails(ItemBuilder item, string fragment, params SceneGraph[] graphs) =>
        Verdict.FailsWith(item, fragment, graphs, ReadingOn, BuiltinPack.Pack.Vocabulary);

    private static void Passes(ItemBuilder item, params SceneGraph[] graphs) =>
        Verdict.PassesWith(item, graphs, ReadingOn, BuiltinPack.Pack.Vocabulary);

    [Fact]
    public void An_image_with_a_person_is_not_said_to_lack_a_shirt()
    {
        // "Which image does not have a shirt?" -> Image 2, whose man surely wears one.
        Fails(new ItemBuilder("HasNotObjectMultiGenerator").Images(2).Slot("label", "shirt").Answer("Image 2").Choices("Image 1", "Image 2").ObjectsIn(0, 1),
            "reading [worn]: Image 2 shows a 'man', who may wear or show 'shirt' with no box of its own, so its absence there is not one a reader agrees on", s_dressed, s_bare);
        // "Which image has a shirt?" -> Image 1 says the same of Image 2.
        Fails(new ItemBuilder("HasObjectMultiGenerator").Images(2).Slot("label", "shirt").Answer("Image 1").Choices("Image 1", "Image 2").ObjectsIn(0, 1),
            "reading [worn]: Image 2 shows a 'man'", s_dressed, s_bare);
        // Beside no person the absence stands: the rack's image has a shirt, the man's does not claim to lack one.
        Passes(new ItemBuilder("HasObjectMultiGenerator").Images(2).Slot("label", "dog").Answer("Image 2").Choices("Image 1", "Image 2").ObjectsIn(1, 1), s_dressed, s_rack);
    }

    [Fact]
    public void Shirts_are_not_counted_beside_a_person()
    {
        Fails(new ItemBuilder("ExistsObjectGenerator").Slot("name", "shirts").Slot("count", "1").Answer("1").Objects(1),
            "reading [worn]: the image shows a 'man', who may wear or show 'shirts' with no box of its own, so its count there", s_dressed);
        Fails(new ItemBuilder("CountObjectMultiGenerator").Images(2).Slot("label", "shirt").Slot("count", "2").Answer("2").ObjectsIn(0, 1).ObjectsIn(1, 0),
            "reading [worn]: Image 1 shows a 'man'", s_dressed, s_rack);
        Passes(new ItemBuilder("ExistsObjectGenerator").Slot("name", "shirts").Slot("count", "1").Answer("1").Objects(0), s_rack);
    }

    [Fact]
    public void A_shirt_is_not_offered_as_uncommon_when_an_image_without_one_shows_a_person()
    {
        Fails(new ItemBuilder("CommonObjectMultiGenerator").Images(2).Answer("man").Choices("man", "shirt").ObjectsIn(0, 0).ObjectsIn(1, 0),
            "reading [worn]: Image 2 shows a 'man'", s_dressed, s_bare);
    }

    [Fact]
    public void The_shoe_of_a_man_is_not_one_object()
    {
        // "What is the relation between the man and the shoe?": he has two, one boxed.
        var graph = new GraphBuilder(100, 100, "walk").Object("man", 10, 10, 40, 90).Object("shoe", 12, 80, 20, 90).Relation(0, "wearing", 1).Build();
        Fails(new ItemBuilder("ExistsRelationGenerator").Slot("subject", "man").Slot("object", "shoe").Answer("wearing").Objects(0, 1).Relations(0),
            "reading [worn]: 'the' object 'the shoe' reads as one object, but 1 person(s) there show 2 each, and one may have no box", graph);
        // His one shirt is "the shirt"; beside a woman it may be hers.
        var shirt = new GraphBuilder(100, 100, "walk").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55).Relation(0, "wearing", 1).Build();
        var item = new ItemBuilder("ExistsRelationGenerator").Slot("subject", "man").Slot("object", "shirt").Answer("wearing").Objects(0, 1).Relations(0);
        Passes(item, shirt);
        var two = new GraphBuilder(100, 100, "walk").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55).Object("woman", 60, 10, 90, 90)
            .Relation(0, "wearing", 1).Build();
        Fails(item, "reading [worn]: 'the' object 'the shirt' reads as one object, but 2 person(s) there show 1 each", two);
    }

    [Fact]
    public void The_object_a_person_wears_is_not_one_object()
    {
        // "What is the red object that the man is wearing?" His shoes or trousers may be red too, with no box.
        var graph = new GraphBuilder(100, 100, "walk").Object("man", 10, 10, 40, 90).Object("shirt", 12, 30, 38, 55, "red")
            .Object("dog", 60, 70, 80, 90).Relation(0, "wearing", 1).Relation(2, "near", 0).Build();
        Fails(new ItemBuilder("SceneGraphObjectQAGenerator").Slot("phrase", "red object that the man is wearing").Slot("attributes", "red")
                .Slot("neighbor_attributes", "").Answer("shirt").Objects(1).Relations(0),
            "reading [worn]: 'the red object that the man is wearing' finds its object as what the man is 'wearing'", graph);
    }
}

using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.MultiImageFamily.MultiGraphs;

namespace ProVision.Generators.Tests.VerifierTests;

/// <summary>
/// One correct multiple-choice item per QA generator (the caption generator has no QA form), for the rules every
/// generator must enforce alike: duplicate options, a response naming a distractor, a wrong answer.
/// </summary>
internal static class Catalogue
{
    private static readonly SceneGraph s_objects = new GraphBuilder(100, 100)
        .Object("dog", 40, 40, 50, 50).Object("cup", 70, 5, 80, 15).Object("cat", 12, 70, 20, 90)
        .Object("ball", 0, 0, 5, 5).Object("ball", 90, 90, 95, 95).Build();

    private static readonly SceneGraph s_attributes = new GraphBuilder(100, 100)
        .Object("cup", 10, 10, 20, 20, "red", "wooden").Object("cup", 30, 30, 40, 40, "red", "wooden").Build();

    private static readonly SceneGraph s_points = new GraphBuilder().Object("dog", 0, 0, 2, 2).Depth((x, _) => x < 5 ? (byte)200 : (byte)40).Build();

    private static readonly SceneGraph s_segments = new GraphBuilder().Object("dog", 0, 0, 3, 3).Object("cat", 2, 2, 8, 8).Masks().Build();

    private static SceneGraph Room => DepthFamily.DepthGraphs.Room();

    private static SceneGraph Park => RelationFamily.RelationGraphs.Park;

    private static SceneGraph Field => SceneGraphFamily.SceneGraphs.Field;

    private static readonly Dictionary<string, Func<(ItemBuilder Item, SceneGraph[] Graphs)>> s_items = new()
    {
        ["ExistsObjectGenerator"] = () => (Item("ExistsObjectGenerator", "2", "1", "2", "3").Slot("name", "balls").Slot("count", "2").Objects(3, 4), [s_objects]),
        ["MostObjectGenerator"] = () => (Item("MostObjectGenerator", "ball", "dog", "ball").Slot("names", "ball and dog").Objects(0, 3, 4), [s_objects]),
        ["LeastObjectGenerator"] = () => (Item("LeastObjectGenerator", "dog", "dog", "ball").Slot("names", "ball and dog").Objects(0, 3, 4), [s_objects]),
        ["LeftMostObjectGenerator"] = () => (Extreme("LeftMostObjectGenerator", "cat"), [s_objects]),
        ["RightMostObjectGenerator"] = () => (Extreme("RightMostObjectGenerator", "cup"), [s_objects]),
        ["TopMostObjectGenerator"] = () => (Extreme("TopMostObjectGenerator", "cup"), [s_objects]),
        ["BottomMostObjectGenerator"] = () => (Extreme("BottomMostObjectGenerator", "cat"), [s_objects]),
        ["ExistsAttributeGenerator"] = () => (Item("ExistsAttributeGenerator", "2", "1", "2", "3").Slot("name", "red and wooden cups").Slot("count", "2").Objects(0, 1), [s_attributes]),
        ["AttributeBBoxGenerator"] = () => (Item("AttributeBBoxGenerator", "red", "blue", "red", "metal").Slot("label", "cup").Slot("box", "(0.1, 0.1, 0.2, 0.2)").Objects(0), [s_attributes]),
        ["TypedAttributeBBoxGenerator"] = () => (Item("TypedAttributeBBoxGenerator", "red", "blue", "red", "white").Slot("label", "cup").Slot("box", "(0.1, 0.1, 0.2, 0.2)").Slot("category", "color").Objects(0), [s_attributes]),
        ["ExistsRelationGenerator"] = () => (Item("ExistsRelationGenerator", "holding", "holding", "on", "under").Slot("subject", "man").Slot("object", "bat").Objects(0, 1).Relations(0, 2), [Park]),
        ["RelationBBoxGenerator"] = () => (Item("RelationBBoxGenerator", "near", "near", "on").Slot("subject_box", "(0.5, 0.5, 0.6, 0.6)").Slot("object_box", "(0.9, 0.9, 0.95, 0.95)").Objects(3, 5).Relations(3), [Park]),
        ["HeadRelationGenerator"] = () => (Item("HeadRelationGenerator", "dog", "man", "dog", "helmet").Slot("names", "dog, man, and helmet").Slot("predicate", "near").Slot("object", "ball").Objects(3, 5).Relations(3), [Park]),
        ["CloserPointGenerator"] = () => (Item("CloserPointGenerator", "(0.2, 0.3)", "(0.8, 0.3)", "(0.2, 0.3)").Slot("point1", "(0.2, 0.3)").Slot("point2", "(0.8, 0.3)"), [s_points]),
        ["FartherPointGenerator"] = () => (Item("FartherPointGenerator", "(0.8, 0.3)", "(0.8, 0.3)", "(0.2, 0.3)").Slot("point1", "(0.2, 0.3)").Slot("point2", "(0.8, 0.3)"), [s_points]),
        ["CloserObjectGenerator"] = () => (Item("CloserObjectGenerator", "dog", "cat", "dog").Slot("names", "dog and cat").Objects(0, 2), [Room]),
        ["FartherObjectGenerator"] = () => (Item("FartherObjectGenerator", "cat", "cat", "dog").Slot("names", "dog and cat").Objects(0, 2), [Room]),
        ["CloserToAnchorObjectGenerator"] = () => (Item("CloserToAnchorObjectGenerator", "ball", "ball", "dog").Slot("anchor", "cat").Slot("names", "ball and dog").Objects(0, 2, 3), [Room]),
        ["FartherToAnchorObjectGenerator"] = () => (Item("FartherToAnchorObjectGenerator", "dog", "ball", "dog").Slot("anchor", "cat").Slot("names", "ball and dog").Objects(0, 2, 3), [Room]),
        ["SameObjectSegGenerator"] = () => (Segment("SameObjectSegGenerator", "(0.2, 0.0)"), [s_segments]),
        ["DiffObjectSegGenerator"] = () => (Segment("DiffObjectSegGenerator", "(0.2, 0.2)"), [s_segments]),
        ["SceneGraphObjectQAGenerator"] = () => (Item("SceneGraphObjectQAGenerator", "man", "bat", "man", "helmet").Slot("attributes", "white").Slot("neighbor_attributes", "wooden").Objects(0, 2).Relations(0), [Field]),
        ["SceneGraphRelationQAGenerator"] = () => (Item("SceneGraphRelationQAGenerator", "holding", "near", "holding")
            .Slot("subject_attributes", "white and standing").Slot("subject_neighbor_attributes", "").Slot("object_attributes", "wooden and black")
            .Slot("object_neighbor_attributes", "").Objects(0, 1).Relations(0, 1, 2), [Field]),
        ["SceneGraphAttributeQAGenerator"] = () => (Item("SceneGraphAttributeQAGenerator", "white", "blue", "white").Slot("category", "color").Slot("attributes", "metal")
            .Slot("neighbor_attributes", "standing").Objects(3).Relations(1), [Field]),
        ["HasObjectMultiGenerator"] = () => (Multi("HasObjectMultiGenerator", "Image 3").Slot("label", "ball").ObjectsIn(2, 5), ABC),
        ["HasNotObjectMultiGenerator"] = () => (Multi("HasNotObjectMultiGenerator", "Image 3").Slot("label", "cat").ObjectsIn(0, 2).ObjectsIn(1, 1), ABC),
        ["HasAttributedObjectMultiGenerator"] = () => (Multi2("HasAttributedObjectMultiGenerator", "Image 1").Slot("label", "cat").Slot("attribute", "black")
            .ObjectsIn(0, 2).ObjectsIn(1, 1), AB),
        ["HasNotAttributedObjectMultiGenerator"] = () => (Multi("HasNotAttributedObjectMultiGenerator", "Image 2").Slot("label", "dog").Slot("attribute", "black")
            .ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2), ABC),
        ["HasRelationMultiGenerator"] = () => (Relation("HasRelationMultiGenerator", "holding"), ABC),
        ["HasNotRelationMultiGenerator"] = () => (Relation("HasNotRelationMultiGenerator", "near"), ABC),
        ["HasMostObjectMultiGenerator"] = () => (Multi("HasMostObjectMultiGenerator", "Image 3").Slot("label", "dog").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2), ABC),
        ["HasLeastObjectMultiGenerator"] = () => (Multi("HasLeastObjectMultiGenerator", "Image 2").Slot("label", "dog").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2), ABC),
        ["CommonObjectMultiGenerator"] = () => (Item("CommonObjectMultiGenerator", "dog", "cat", "dog", "ball").Images(3).ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2), ABC),
        ["CommonAttributeMultiGenerator"] = () => (Item("CommonAttributeMultiGenerator", "white", "small", "white").Images(2).Slot("label", "cat").ObjectsIn(0, 0).ObjectsIn(1, 0), Cats),
        ["CountObjectMultiGenerator"] = () => (Item("CountObjectMultiGenerator", "6", "5", "6", "7", "8").Images(3).Slot("label", "dog").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2), ABC),
        ["CountAttributeObjectMultiGenerator"] = () => (Item("CountAttributeObjectMultiGenerator", "4", "3", "4", "5").Images(3).Slot("label", "dog").Slot("attribute", "white")
            .ObjectsIn(0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1), ABC),
        ["CompareAttributeMultiGenerator"] = () => (Item("CompareAttributeMultiGenerator", "The cat is black and small in Image 1, white in Image 2.",
            "The cat is white in Image 1, black and small in Image 2.", "The cat is black and small in Image 1, white in Image 2.").Images(2).Slot("label", "cat").ObjectsIn(0, 2).ObjectsIn(1, 1), AB),
        ["CompareRelationMultiGenerator"] = () => (Item("CompareRelationMultiGenerator", "The man is holding the bat in Image 1 and is near the bat in Image 2.",
            "The man is near the bat in Image 1 and is holding the bat in Image 2.", "The man is holding the bat in Image 1 and is near the bat in Image 2.").Images(2)
            .Slot("subject", "man").Slot("object", "bat").ObjectsIn(0, 3, 4).RelationsIn(0, 0).ObjectsIn(1, 2, 3).RelationsIn(1, 0), AB),
    };

    /// <summary>The QA generators, for theories.</summary>
    public static TheoryData<string> Generators => [.. s_items.Keys];

    public static (ItemBuilder Item, SceneGraph[] Graphs) Correct(string generator) => s_items[generator]();

    private static ItemBuilder Item(string generator, string answer, params string[] choices) => new ItemBuilder(generator).Answer(answer).Choices(choices);

    private static ItemBuilder Extreme(string generator, string answer) =>
        Item(generator, answer, "dog", "cup", "cat").Slot("names", "dog, cup, and cat").Objects(0, 1, 2).Answer(answer);

    private static ItemBuilder Segment(string generator, string answer) => Item(generator, answer, "(0.2, 0.2)", "(0.2, 0.0)")
        .Slot("anchor", "(0.0, 0.0)").Slot("point1", "(0.2, 0.2)").Slot("point2", "(0.2, 0.0)").Objects(0);

    private static ItemBuilder Multi(string generator, string answer) => Item(generator, answer, "Image 1", "Image 2", "Image 3").Images(3);

    private static ItemBuilder Multi2(string generator, string answer) => Item(generator, answer, "Image 2", "Image 1").Images(2);

    private static ItemBuilder Relation(string generator, string predicate) => Multi(generator, "Image 1")
        .Slot("subject", "man").Slot("predicate", predicate).Slot("object", "bat")
        .ObjectsIn(0, 3, 4).RelationsIn(0, 0).ObjectsIn(1, 2, 3).RelationsIn(1, 0).ObjectsIn(2, 3, 4).RelationsIn(2, 0);
}

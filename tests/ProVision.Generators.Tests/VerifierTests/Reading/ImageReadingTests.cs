using ProVision.Generators.Tests.Support;
using static ProVision.Generators.Tests.VerifierTests.Reading.ReadingGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>Multi-image questions read over noun groups in every image.</summary>
public sealed class ImageReadingTests
{
    [Fact]
    public void A_bunch_counts_as_having_the_noun() =>
        // "Which image has a banana?" Kitchen has a banana, Market a bunch of bananas: both images.
        Verdict.FailsWith(new ItemBuilder("HasObjectMultiGenerator").Images(2).Slot("label", "banana").Answer("Image 1").Choices("Image 1", "Image 2")
            .ObjectsIn(0, 0), "reading [one-right]: read over noun groups, images [0, 1] are the one that has 'banana'", [Kitchen, Market], ReadingOn);

    [Fact]
    public void The_image_without_the_noun_verifies() =>
        Verdict.PassesWith(new ItemBuilder("HasNotObjectMultiGenerator").Images(2).Prompt("Which image does not have a tree?").Slot("label", "tree")
            .Answer("Image 2").Choices("Image 1", "Image 2").ObjectsIn(0, 1), [Kitchen, Market], ReadingOn);

    [Fact]
    public void An_article_with_a_plural_noun_fails() =>
        Verdict.FailsWith(new ItemBuilder("HasObjectMultiGenerator").Images(2).Prompt("Which image has a bananas?").Slot("label", "bananas")
            .Answer("Image 2").Choices("Image 1", "Image 2").ObjectsIn(1, 0), "reading [number]: the question says 'a bananas'", [Kitchen, Market], ReadingOn);

    [Fact]
    public void A_common_object_distractor_in_every_image_by_its_noun_fails() =>
        Verdict.FailsWith(new ItemBuilder("CommonObjectMultiGenerator").Images(2).Answer("dog").Choices("dog", "bananas").ObjectsIn(0, 2).ObjectsIn(1, 1, 2),
            "choice 'bananas' is not a valid distractor: 'bananas' is in every image when read over its noun group", [Kitchen, Market], ReadingOn);

    [Fact]
    public void The_x_in_every_image_must_be_one_object() =>
        Verdict.FailsWith(new ItemBuilder("CommonAttributeMultiGenerator").Images(2).Prompt("What attributes does the dog have in all images?")
            .Slot("label", "dog").Answer("black").ObjectsIn(0, 2).ObjectsIn(1, 1, 2),
            "reading [number]: 'the dog' 'dog' reads as one object but its noun group is objects [1, 2] ('dog') in Image 2", [Kitchen, Market], ReadingOn);

    [Fact]
    public void A_relation_in_several_images_by_noun_group_fails() =>
        Verdict.FailsWith(new ItemBuilder("HasRelationMultiGenerator").Images(2).Slot("subject", "person").Slot("predicate", "holding").Slot("object", "spoon")
            .Answer("Image 1").Choices("Image 1", "Image 2").ObjectsIn(0, 12, 4).RelationsIn(0, 5).ObjectsIn(1, 12, 4).RelationsIn(1, 5),
            "reading [one-right]: read over noun groups, images [0, 1] are the one that shows 'person' holding 'spoon'", [Orchard, Orchard2], ReadingOn);

    private static Runtime.SceneGraphs.SceneGraph Orchard2 { get; } = new Runtime.SceneGraphs.SceneGraph("orchard2", "orchard2.jpg", Orchard.Width, Orchard.Height,
        Orchard.Objects, Orchard.Relations, null, null);
}

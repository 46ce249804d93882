using ProVision.Generators.Tests.Support;
using ProVision.Generators.Tests.Verification;
using static ProVision.Generators.Tests.VerifierTests.MultiImageFamily.MultiGraphs;

namespace ProVision.Generators.Tests.VerifierTests.MultiImageFamily;

public sealed class SelectTests
{
    private static ItemBuilder Three(string generator) => new ItemBuilder(generator).Images(3);

    [Fact]
    public void HasObject()
    {
        var correct = Three("HasObjectMultiGenerator").Slot("label", "ball").Answer("Image 3").ObjectsIn(2, 5);
        Verdict.Passes(correct, ABC);
        Verdict.Passes(correct.Choices("Image 2", "Image 3", "Image 1"), ABC);
        Verdict.Fails(Three("HasObjectMultiGenerator").Slot("label", "ball").Answer("Image 2").ObjectsIn(2, 5), "answer 'Image 2' but Image 3 is the one that has a 'ball'", ABC);
        Verdict.Fails(Three("HasObjectMultiGenerator").Slot("label", "cat").Answer("Image 1").ObjectsIn(0, 2).ObjectsIn(1, 1), "exactly one image must be the one that has a 'cat', but images [0, 1] are", ABC);
        Verdict.Fails(Three("HasObjectMultiGenerator").Slot("label", "ball").Answer("Image 3"), "evidence of Image 3 lists objects [] but its 'ball' objects are [5]", ABC);
        Verdict.Fails(Three("HasObjectMultiGenerator").Slot("label", "ball").Answer("Image 3").ObjectsIn(2, 5).Choices("Image 3", "Image 4"), "choice 'Image 4' does not name an image", ABC);
    }

    [Fact]
    public void HasNotObject()
    {
        var correct = Three("HasNotObjectMultiGenerator").Slot("label", "cat").Answer("Image 3").ObjectsIn(0, 2).ObjectsIn(1, 1);
        Verdict.Passes(correct.Choices("Image 1", "Image 2", "Image 3"), ABC);
        Verdict.Fails(Three("HasNotObjectMultiGenerator").Slot("label", "dog").Answer("Image 3").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2),
            "exactly one image must be the one that has no 'dog', but images [] are", ABC);
    }

    [Fact]
    public void HasAttributedObject()
    {
        var correct = new ItemBuilder("HasAttributedObjectMultiGenerator").Images(2).Slot("label", "cat").Slot("attribute", "black")
            .Answer("Image 1").ObjectsIn(0, 2).ObjectsIn(1, 1);
        Verdict.Passes(correct, AB);
        Verdict.Fails(correct.Answer("Image 2"), "answer 'Image 2' but Image 1 is the one that has a 'black' 'cat'", AB);
        Verdict.Fails(Three("HasAttributedObjectMultiGenerator").Slot("label", "cat").Slot("attribute", "black").Answer("Image 1").ObjectsIn(0, 2).ObjectsIn(1, 1),
            "label 'cat' must be in every image but images [2] have none", ABC);
        // Image 2's cat is white, with no size named: it may be small, so "which image has a small cat?" has two answers.
        Verdict.Fails(new ItemBuilder("HasAttributedObjectMultiGenerator").Images(2).Slot("label", "cat").Slot("attribute", "small")
            .Answer("Image 1").ObjectsIn(0, 2).ObjectsIn(1, 1), "'cat' object 1 of Image 2 has no attribute that excludes 'small', so a reader may see a 'small' 'cat' there too", AB);
    }

    [Fact]
    public void HasNotAttributedObject()
    {
        var correct = Three("HasNotAttributedObjectMultiGenerator").Slot("label", "dog").Slot("attribute", "black")
            .Answer("Image 2").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2);
        Verdict.Passes(correct, ABC);
        Verdict.Fails(correct.Slot("attribute", "white"), "exactly one image must be the one that has no 'white' 'dog', but images [] are", ABC);
        Verdict.Fails(correct.ObjectsIn(2, 2), "evidence of Image 3 lists objects [2] but its 'dog' objects are [0, 1, 2]", ABC);
    }

    [Fact]
    public void HasRelation()
    {
        var correct = Three("HasRelationMultiGenerator").Slot("subject", "man").Slot("predicate", "holding").Slot("object", "bat").Answer("Image 1")
            .ObjectsIn(0, 3, 4).RelationsIn(0, 0).ObjectsIn(1, 2, 3).RelationsIn(1, 0).ObjectsIn(2, 3, 4).RelationsIn(2, 0);
        Verdict.Passes(correct, ABC);
        Verdict.Fails(correct.Answer("Image 3"), "answer 'Image 3' but Image 1 is the one that holds 'man' holding 'bat'", ABC);
        Verdict.Fails(correct.RelationsIn(1), "evidence of Image 2 lists relations [] but its 'man' -> 'bat' relations are [0]", ABC);
        var unrelated = new GraphBuilder(id: "d").Object("man", 0, 0, 1, 1).Object("bat", 1, 0, 2, 1).Build();
        Verdict.Fails(new ItemBuilder("HasRelationMultiGenerator").Images(2).Slot("subject", "man").Slot("predicate", "holding").Slot("object", "bat")
            .Answer("Image 1").ObjectsIn(0, 3, 4).RelationsIn(0, 0), "Image 2 has no relation from a 'man' to a 'bat'", A, unrelated);
    }

    [Fact]
    public void HasNotRelation()
    {
        var correct = Three("HasNotRelationMultiGenerator").Slot("subject", "man").Slot("predicate", "near").Slot("object", "bat").Answer("Image 1")
            .ObjectsIn(0, 3, 4).RelationsIn(0, 0).ObjectsIn(1, 2, 3).RelationsIn(1, 0).ObjectsIn(2, 3, 4).RelationsIn(2, 0);
        Verdict.Passes(correct.Choices("Image 3", "Image 1"), ABC);
        Verdict.Fails(correct.Slot("predicate", "holding"), "exactly one image must be the one that does not hold 'man' holding 'bat', but images [1, 2] are", ABC);
    }

    [Fact]
    public void HasMostAndLeastObject()
    {
        // dogs: 2 in A, 1 in B, 3 in C.
        var most = Three("HasMostObjectMultiGenerator").Slot("label", "dog").Slot("name", "dogs").Answer("Image 3")
            .ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2);
        Verdict.Passes(most, ABC);
        Verdict.Passes(most.Choices("Image 1", "Image 3", "Image 2"), ABC);
        var least = Three("HasLeastObjectMultiGenerator").Slot("label", "dog").Answer("Image 2").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2);
        Verdict.Passes(least, ABC);
        Verdict.Fails(least.Answer("Image 3"), "answer 'Image 3' but Image 2 is the one that has the fewest 'dog' objects (1; counts [2, 1, 3])", ABC);
        Verdict.Fails(most.Slot("name", "dog"), "slot 'name' is 'dog' but the count is 2, so it must be the plural of 'dog'", ABC);
        Verdict.Fails(new ItemBuilder("HasMostObjectMultiGenerator").Images(2).Slot("label", "man").Answer("Image 1").ObjectsIn(0, 3).ObjectsIn(1, 2),
            "label 'man' must be in every image with pairwise different counts, but the counts are [1, 1]", AB);
    }

    [Fact]
    public void Multi_image_items_need_distinct_images_and_known_image_names()
    {
        var single = new ItemBuilder("HasObjectMultiGenerator").Slot("label", "ball").Answer("Image 1").Objects(5);
        Verdict.Fails(single, "a multi-image item needs at least 2 images but has 1", C);
        var item = Three("HasObjectMultiGenerator").Slot("label", "ball").Answer("image 2").ObjectsIn(2, 5);
        Verdict.Fails(item, "answer 'image 2' does not name an image", ABC);
        Verdict.FailsWith(Three("HasObjectMultiGenerator").Slot("label", "ball").Answer("Image 3").ObjectsIn(2, 5), "needs 2 images but has 3", ABC,
            new VerifierOptions { ImagesPerItem = 2 });
        Verdict.Fails(Three("HasObjectMultiGenerator").Slot("label", "ball").Answer("Image 3").ObjectsIn(2, 5), "but 2 graph(s) were given", AB);
    }
}

using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.MultiImageFamily.MultiGraphs;

namespace ProVision.Generators.Tests.VerifierTests.MultiImageFamily;

public sealed class AggregateTests
{
    private static ItemBuilder Three(string generator) => new ItemBuilder(generator).Images(3);

    [Fact]
    public void CommonObject()
    {
        // dog, man and bat are in all three images; cat and ball in some.
        var open = Three("CommonObjectMultiGenerator").Answer("man, bat, and dog")
            .ObjectsIn(0, 0, 1, 3, 4).ObjectsIn(1, 0, 2, 3).ObjectsIn(2, 0, 1, 2, 3, 4);
        Verdict.Passes(open, ABC);
        var choice = Three("CommonObjectMultiGenerator").Answer("dog").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2);
        Verdict.Passes(choice.Choices("cat", "dog", "ball"), ABC);
        Verdict.Fails(open.Answer("man and dog"), "answer 'man and dog' but the set of labels in every image is {", ABC);
        Verdict.Fails(choice.Choices("cat", "dog", "man"), "choice 'man' is not a valid distractor: 'man' is in every image", ABC);
        Verdict.Fails(choice.Choices("dog", "zebra"), "'zebra' is in none of the images", ABC);
        Verdict.Fails(choice.Choices("cat", "dog").ObjectsIn(1, 0, 2), "evidence of Image 2 shows labels {'dog', 'man'} but the answer names {'dog'}", ABC);
    }

    [Fact]
    public void CommonAttribute()
    {
        // cat attributes: {white, small}, {white, large}: white is common; "small" is wrong (Image 2's cat is large).
        var correct = new ItemBuilder("CommonAttributeMultiGenerator").Images(2).Slot("label", "cat").Answer("white").ObjectsIn(0, 0).ObjectsIn(1, 0);
        Verdict.Passes(correct, Cats);
        Verdict.Passes(correct.Choices("small", "white"), Cats);
        Verdict.Fails(correct.Answer("small").Choices("small", "white"), "answer 'small' names 'small', which is not among the attributes of 'cat' in every image {'white'}", Cats);
        Verdict.Fails(correct.Choices("white", "red"), "'red' is not an attribute of the 'cat' in any image", Cats);
        Verdict.Fails(correct.ObjectsIn(0, 1), "evidence of Image 1 lists objects [1] but its 'cat' objects are [0]", Cats);
        Verdict.Fails(Three("CommonAttributeMultiGenerator").Slot("label", "cat").Answer("white"), "label 'cat' must occur exactly once in every image", ABC);
        // "The dog" of Image 1 is one of two dogs there: which one the question asks about, a reader cannot tell.
        Verdict.Fails(new ItemBuilder("CommonAttributeMultiGenerator").Images(2).Slot("label", "dog").Answer("white").ObjectsIn(0, 0, 1).ObjectsIn(1, 0),
            "label 'dog' must occur exactly once in every image, but the counts are [2, 1]", AB);
    }

    [Fact]
    public void An_attribute_item_naming_a_bunch_as_one_thing_fails()
    {
        // "The leaf" of Image 2 is a box labelled "leaves": a bunch, of which a reader cannot tell which leaf is meant.
        SceneGraph[] leaves =
        [
            new GraphBuilder(id: "a").Object("leaf", 0, 0, 1, 1, "green", "small").Build(),
            new GraphBuilder(id: "b").Object("leaves", 0, 0, 1, 1, "green", "large").Build(),
        ];
        var item = new ItemBuilder("CommonAttributeMultiGenerator").Images(2).Slot("label", "leaf").Answer("green").ObjectsIn(0, 0).ObjectsIn(1, 0);
        Verdict.Fails(item, "'the leaf' names one thing, but Image 2's object of it is labelled 'leaves', in the plural", leaves);
        var compare = new ItemBuilder("CompareAttributeMultiGenerator").Images(2).Slot("label", "leaf")
            .Answer("The leaf is green and small in Image 1, green and large in Image 2.").ObjectsIn(0, 0).ObjectsIn(1, 0);
        Verdict.Fails(compare, "'the leaf' names one thing, but Image 2's object of it is labelled 'leaves', in the plural", leaves);
    }

    [Fact]
    public void A_common_attribute_distractor_no_attribute_excludes_fails()
    {
        // The chair is small, wooden and red in Image 1, large and wooden in Image 2. "wooden" is common; "large" is wrong
        // as a reader sees it ("small" in Image 1 excludes it); "red" is not: nothing of Image 2's chair excludes it, and
        // that chair may be red as well.
        SceneGraph[] chairs =
        [
            new GraphBuilder(id: "a").Object("chair", 0, 0, 1, 1, "small", "wooden", "red").Build(),
            new GraphBuilder(id: "b").Object("chair", 0, 0, 1, 1, "large", "wooden").Build(),
        ];
        var item = new ItemBuilder("CommonAttributeMultiGenerator").Images(2).Slot("label", "chair").Answer("wooden").ObjectsIn(0, 0).ObjectsIn(1, 0);
        Verdict.Passes(item.Choices("wooden", "large"), chairs);
        Verdict.Fails(item.Choices("wooden", "red"), "'red' is excluded by no attribute of the 'chair' in any image", chairs);
    }

    [Fact]
    public void A_common_attribute_distractor_an_object_carries_beside_its_excluder_fails()
    {
        // The plate is green and small in Image 1, green, red and large in Image 2. "Large" is wrong as a reader sees
        // it ("small" excludes it and no plate is both); "red" is not: green excludes red, but Image 2's plate is green
        // and red, so the green plate of Image 1 may be red as well.
        SceneGraph[] plates =
        [
            new GraphBuilder(id: "a").Object("plate", 0, 0, 1, 1, "green", "small").Build(),
            new GraphBuilder(id: "b").Object("plate", 0, 0, 1, 1, "green", "red", "large").Build(),
        ];
        var item = new ItemBuilder("CommonAttributeMultiGenerator").Images(2).Slot("label", "plate").Answer("green").ObjectsIn(0, 0).ObjectsIn(1, 0);
        Verdict.Passes(item.Choices("green", "large"), plates);
        Verdict.Fails(item.Choices("green", "red"), "'red' is excluded by no attribute of the 'plate' in any image", plates);
    }

    [Fact]
    public void CountObject()
    {
        var correct = Three("CountObjectMultiGenerator").Slot("label", "dog").Answer("6").ObjectsIn(0, 0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1, 2);
        Verdict.Passes(correct, ABC);
        Verdict.Passes(correct.Answer("six").Slot("name", "dogs").Choices("five", "six", "seven", "eight"), ABC);
        Verdict.Fails(correct.Answer("5"), "answer '5' (5) but the total number of 'dog' objects ([2, 1, 3] per image) is 6", ABC);
        Verdict.Fails(correct.Choices("6", "6", "7"), "duplicate choice '6'", ABC);
        Verdict.Fails(correct.Slot("count", "5"), "slot 'count' is '5' (5) but the total number of 'dog' objects is 6", ABC);
        Verdict.Fails(Three("CountObjectMultiGenerator").Slot("label", "cat").Answer("2").ObjectsIn(0, 2).ObjectsIn(1, 1), "label 'cat' must be in every image", ABC);
    }

    [Fact]
    public void CountAttributeObject()
    {
        // white dogs: 1 + 1 + 2 = 4
        var correct = Three("CountAttributeObjectMultiGenerator").Slot("label", "dog").Slot("attribute", "white").Answer("four")
            .ObjectsIn(0, 1).ObjectsIn(1, 0).ObjectsIn(2, 0, 1);
        Verdict.Passes(correct, ABC);
        Verdict.Fails(correct.Answer("three"), "answer 'three' (3) but the total number of 'white' 'dog' objects ([1, 1, 2] per image) is 4", ABC);
        Verdict.Fails(correct.ObjectsIn(2, 0, 1, 2), "evidence of Image 3 lists objects [0, 1, 2] but its 'white' 'dog' objects are [0, 1]", ABC);
        Verdict.Fails(new ItemBuilder("CountAttributeObjectMultiGenerator").Images(2).Slot("label", "cat").Slot("attribute", "small").Answer("1").ObjectsIn(0, 2),
            "there are 1 'small' 'cat' objects in the images; the question needs more than 1", AB);
    }

    [Fact]
    public void A_count_beside_an_object_that_may_have_the_attribute_unsaid_fails()
    {
        // Three large chairs; Image 2's other chair is "wooden", with no size named: a reader may count it as large too.
        // "Small" instead excludes large.
        SceneGraph[] Chairs(string other) =>
        [
            new GraphBuilder(id: "a").Object("chair", 0, 0, 1, 1, "large").Object("chair", 1, 0, 2, 1, "large").Build(),
            new GraphBuilder(id: "b").Object("chair", 0, 0, 1, 1, "large").Object("chair", 1, 0, 2, 1, "wooden", other).Build(),
        ];
        var item = new ItemBuilder("CountAttributeObjectMultiGenerator").Images(2).Slot("label", "chair").Slot("attribute", "large").Answer("3")
            .ObjectsIn(0, 0, 1).ObjectsIn(1, 0);
        Verdict.Fails(item, "'chair' object 1 of Image 2 has no attribute that excludes 'large', so a reader may count it as well", Chairs("brown"));
        Verdict.Passes(item, Chairs("small"));
    }
}

using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;
using static ProVision.Generators.Tests.VerifierTests.DepthFamily.DepthGraphs;

namespace ProVision.Generators.Tests.VerifierTests.DepthFamily;

public sealed class ObjectDepthTests
{
    private static readonly SceneGraph s_room = Room();

    private static ItemBuilder Item(string generator, string answer, params int[] objects) =>
        new ItemBuilder(generator).Slot("names", "dog and cat").Answer(answer).Objects(objects.Length == 0 ? [0, 2] : objects);

    [Fact]
    public void Correct_items_verify()
    {
        Verdict.Passes(Item("CloserObjectGenerator", "dog"), s_room);
        Verdict.Passes(Item("FartherObjectGenerator", "cat").Choices("dog", "cat"), s_room);
        Verdict.Passes(Item("CloserObjectGenerator", "cat"), Room(DepthConvention.LargerIsFarther));
    }

    [Fact]
    public void Wrong_answer_fails() =>
        Verdict.Fails(Item("CloserObjectGenerator", "cat").Choices("cat", "dog"), "answer 'cat' but 'dog' (depth 200) is closer than 'cat' (depth 60), larger-is-closer", s_room);

    [Fact]
    public void Depths_below_the_threshold_fail() =>
        Verdict.Fails(Item("CloserObjectGenerator", "dog", 0, 1).Slot("names", "dog and cup"), "object depths 200 and 180 differ by less than the threshold 50", s_room);

    [Fact]
    public void Overlapping_boxes_fail() =>
        Verdict.Fails(Item("CloserObjectGenerator", "dog", 0, 5).Slot("names", "dog and bowl"), "the boxes of objects 0 and 5 overlap", s_room);

    [Fact]
    public void Empty_mask_fails() =>
        Verdict.Fails(Item("CloserObjectGenerator", "dog", 0, 6).Slot("names", "dog and chair"), "object 6 has no mask or an empty one", s_room);

    [Fact]
    public void Non_unique_label_fails()
    {
        var twoDogs = new GraphBuilder().Object("dog", 0, 0, 3, 3).Object("dog", 6, 6, 9, 9).Masks().Depth((x, _) => x < 5 ? (byte)200 : (byte)0).Build();
        Verdict.Fails(Item("CloserObjectGenerator", "dog", 0, 1).Slot("names", "dog and dog"), "does not have a unique label", twoDogs);
    }

    [Fact]
    public void Names_must_be_the_evidence_labels() =>
        Verdict.Fails(Item("CloserObjectGenerator", "dog").Slot("names", "dog and ball"), "slot 'names' offers {'dog', 'ball'} but the evidence objects are {'dog', 'cat'}", s_room);
}

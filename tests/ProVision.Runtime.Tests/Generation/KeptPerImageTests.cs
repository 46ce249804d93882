using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// A drawn image keeps what it reads from its summary for its later draws (<see cref="KeptPerImage{T}"/>: its nouns
/// under a vocabulary with their counts and the objects' noun slots, its objects' attribute set ids, label ids and boxes, its relations). Every draw of an
/// image must answer as the graph added does, whichever image is drawn first and whatever vocabulary was asked between
/// two draws; and a draw of two images is a set (<see cref="ImageDraws.DrawnPair"/>).
/// </summary>
public sealed class KeptPerImageTests
{
    private static readonly Vocabulary s_vocabulary = new([new("dog", true)], [], [], nouns: [new("bats", "bats")], nonObjects: ["spots"]);

    private static SceneObject Object(string label, int at, params string[] attributes) =>
        new(label, new Box(at, at, at + 1, at + 1), null, [.. attributes]);

    private static readonly SceneGraph[] s_graphs =
    [
        new("a", null, 100, 100, [Object("dog", 0, "brown"), Object("dogs", 1), Object("spots", 2, "red", "big"), Object("dog", 3, "white")],
            [new Relation(0, "near", 1), new Relation(3, "on", 2)]),
        new("b", null, 100, 100, [Object("people", 0, "tall"), Object("bats", 1), Object("bat", 2, "wooden"), Object("person", 3)], []),
        new("c", null, 100, 100, [], []),
        new("d", null, 100, 100, [Object("bananas", 0, "yellow"), Object("dog", 1, "brown", "small"), Object("banana", 2)],
            [new Relation(1, "eating", 2), new Relation(1, "of", 0), new Relation(2, "near", 1)]),
    ];

    [Fact]
    public void Every_draw_of_an_image_answers_as_the_graph_added()
    {
        var index = new DataSetIndex([.. s_graphs]);
        // The last image first (the kept values grow past it), each image three times, two vocabularies in turn.
        int[] order = [3, 0, 1, 3, 2, 0, 1, 2, 3, 0, 1, 2];
        for (var turn = 0; turn < order.Length; turn++)
        {
            var vocabulary = turn % 5 < 3 ? s_vocabulary : Vocabulary.Empty;
            var image = order[turn];
            var drawn = index[image];
            var direct = s_graphs[image];
            Assert.Equal(Sets.Nouns(direct, vocabulary).ToArray(), Sets.Nouns(drawn, vocabulary).ToArray());
            foreach (var noun in Sets.Nouns(direct, vocabulary).Concat(["zebra", "dog"]))
            {
                Assert.Equal(Nouns.CountOfNoun(direct, vocabulary, noun), Nouns.CountOfNoun(drawn, vocabulary, noun));
                Assert.Equal(Nouns.ObjectsOfNoun(direct, image, vocabulary, noun), Nouns.ObjectsOfNoun(drawn, image, vocabulary, noun));
            }
            for (var o = 0; o < direct.Objects.Length; o++)
            {
                Assert.Equal(direct.Objects[o].Attributes.ToArray(), drawn.AttributesOf(o).ToArray());
                Assert.Equal(vocabulary.NounOf(direct.Objects[o].Label), Nouns.OfObject(drawn, vocabulary, o));
                Assert.Equal(direct.Objects[o].Label, drawn.LabelOf(o));
                Assert.Equal(direct.Objects[o].Box, drawn.BoxOf(o));
            }
            Assert.Equal(direct.Relations.ToArray(), drawn.Relations.ToArray());
        }
    }

    [Fact]
    public void Images_that_share_a_slot_each_get_their_own_value()
    {
        var kept = new KeptPerImage<string>();
        int[] images = [3, 3 + KeptPerImage<string>.DefaultCapacity, 3 + 2 * KeptPerImage<string>.DefaultCapacity];
        foreach (var image in images)
        {
            Assert.Null(kept.Get(image));
            Assert.Equal($"image {image}", kept.Keep(image, $"image {image}"));
            Assert.Equal($"image {image}", kept.Get(image));
        }
        // The last one kept holds the slot; the others are read again.
        Assert.Null(kept.Get(images[0]));
        Assert.Null(kept.Get(images[1]));
    }

    [Fact]
    public void The_slots_grow_with_the_images_kept_and_keep_what_was_kept_before()
    {
        // Every single-image graph makes a one-graph index that keeps nothing: its store must not allocate slots
        // (a store made at full size per graph cost the balanced run 10-15%, docs/performance.md session 9).
        var kept = new KeptPerImage<string>();
        Assert.Equal(0, kept.SlotCount);
        Assert.Null(kept.Get(0));
        kept.Keep(0, "image 0");
        Assert.Equal(1, kept.SlotCount);
        kept.Keep(5, "image 5");
        Assert.Equal(8, kept.SlotCount);
        kept.Keep(1000, "image 1000");
        Assert.Equal(1024, kept.SlotCount);
        Assert.Equal("image 0", kept.Get(0));
        Assert.Equal("image 5", kept.Get(5));
        Assert.Equal("image 1000", kept.Get(1000));
        kept.Keep(1_000_000, "image 1000000");
        Assert.Equal(KeptPerImage<string>.DefaultCapacity, kept.SlotCount);
        Assert.Equal("image 5", kept.Get(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeptPerImage<string>(3));
    }

    [Fact]
    public void A_drawn_pair_is_the_same_in_either_order_and_differs_from_every_other_pair()
    {
        var keys = new HashSet<long>();
        var hashes = new HashSet<int>();
        for (var a = 0; a < 300; a++)
        {
            for (var b = a + 1; b < 300; b++)
            {
                var pair = ImageDraws.DrawnPair.Of(a, b);
                Assert.Equal(pair, ImageDraws.DrawnPair.Of(b, a));
                Assert.True(keys.Add(pair.Key));
                hashes.Add(pair.GetHashCode());
            }
        }
        Assert.Equal(ImageDraws.DrawnPair.Of(int.MaxValue, 0), ImageDraws.DrawnPair.Of(0, int.MaxValue));
        // The hashes spread (a set of pairs is a hash set): long's own hash gives these 44,850 pairs 511 values.
        Assert.True(hashes.Count > keys.Count * 9 / 10, $"{hashes.Count} hashes for {keys.Count} pairs");
    }
}

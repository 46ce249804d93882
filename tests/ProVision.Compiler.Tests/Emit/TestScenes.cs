using System.Collections.Immutable;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>Hand-made scene graphs for running emitted generators.</summary>
internal static class TestScenes
{
    /// <summary>The runtime tests' kitchen: dog; cup x2; grass (mass); people (not countable); chair.</summary>
    public static SceneGraph Kitchen() => new(
        "kitchen_1",
        "images/kitchen_1.jpg",
        640,
        480,
        [
            new SceneObject("dog", new Box(10, 200, 200, 400)),
            new SceneObject("cup", new Box(300, 100, 340, 150)),
            new SceneObject("grass", new Box(0, 400, 640, 480)),
            new SceneObject("cup", new Box(360, 100, 400, 150)),
            new SceneObject("people", new Box(400, 50, 600, 400)),
            new SceneObject("chair", new Box(220, 250, 320, 420)),
        ],
        []);

    /// <summary>The runtime tests' kitchen vocabulary.</summary>
    public static Vocabulary KitchenVocabulary() =>
        new([new("people", false), new("cup", true)], [new("red", "color")], ["on"]);

    /// <summary>
    /// A street in x order: lamp [0,50), car [60,200), tree [210,260), bench [40,120) overlapping lamp and car in x,
    /// sign [270,290), and two birds (not unique). Unique labels: car, lamp, tree, bench, sign.
    /// </summary>
    public static SceneGraph Street() => new(
        "street_2",
        "images/street_2.jpg",
        400,
        300,
        [
            new SceneObject("car", new Box(60, 100, 200, 200)),
            new SceneObject("bird", new Box(300, 10, 310, 20)),
            new SceneObject("lamp", new Box(0, 0, 50, 280)),
            new SceneObject("tree", new Box(210, 20, 260, 290)),
            new SceneObject("bench", new Box(40, 220, 120, 270)),
            new SceneObject("bird", new Box(320, 10, 330, 20)),
            new SceneObject("sign", new Box(270, 50, 290, 100)),
        ],
        []);

    /// <summary>
    /// A room with relations: dog on sofa (twice, plus "of", which is dropped), dog near cat, cup on table twice with
    /// two cups (not unique), cat of sofa (only "of": no item). The dog and the sofa have attributes.
    /// </summary>
    public static SceneGraph Room() => new(
        "room_3",
        "images/room_3.jpg",
        640,
        480,
        [
            new SceneObject("dog", new Box(0, 0, 10, 10), attributes: ["brown", "small"]),
            new SceneObject("sofa", new Box(0, 0, 100, 100), attributes: ["red"]),
            new SceneObject("cat", new Box(50, 50, 60, 60)),
            new SceneObject("cup", new Box(1, 1, 2, 2)),
            new SceneObject("cup", new Box(3, 3, 4, 4)),
            new SceneObject("table", new Box(0, 0, 5, 5)),
        ],
        [
            new Relation(0, "on", 1),
            new Relation(0, "lying on", 1),
            new Relation(0, "of", 1),
            new Relation(0, "near", 2),
            new Relation(3, "on", 5),
            new Relation(4, "on", 5),
            new Relation(2, "of", 1),
        ]);

    /// <summary>Another graph for the data set, so that distractor predicates include ones the room lacks.</summary>
    public static SceneGraph Yard() => new(
        "yard_4",
        "images/yard_4.jpg",
        100,
        100,
        [new SceneObject("man", new Box(0, 0, 10, 10)), new SceneObject("horse", new Box(20, 0, 40, 10))],
        [new Relation(0, "riding", 1), new Relation(0, "on", 1)]);

    /// <summary>
    /// A 20x10 image with three unique objects side by side and a depth map (uint8, larger is closer): ball at depth
    /// 200, box at 50, cone at 190 (each a 4x10 column, mostly one value), plus a vase with an empty mask.
    /// </summary>
    public static SceneGraph Depths(string folder)
    {
        const int width = 20, height = 10;
        var depth = new byte[width * height];
        var masks = new BitMask[4];
        (int X, byte Value)[] columns = [(0, 200), (5, 50), (10, 190)];
        for (var m = 0; m < 3; m++)
        {
            var pixels = new byte[width * height];
            for (var y = 0; y < height; y++)
            {
                for (var x = columns[m].X; x < columns[m].X + 4; x++)
                {
                    pixels[(y * width) + x] = 1;
                    // One odd pixel per column shows that the mode, not the mean, decides.
                    depth[(y * width) + x] = y == 0 && x == columns[m].X ? (byte)0 : columns[m].Value;
                }
            }
            masks[m] = new BitMask(width, height, pixels);
        }
        masks[3] = new BitMask(width, height, new byte[width * height]);
        var path = Path.Combine(folder, "depths.npy");
        using (var stream = File.Create(path))
        {
            NpyWriter.WriteUInt8(stream, [height, width], depth);
        }
        var cache = new ResourceCache(1 << 20);
        return new SceneGraph(
            "depths_5",
            "images/depths_5.jpg",
            width,
            height,
            [
                new SceneObject("ball", new Box(0, 0, 4, 10)),
                new SceneObject("box", new Box(5, 0, 9, 10)),
                new SceneObject("cone", new Box(10, 0, 14, 10)),
                new SceneObject("vase", new Box(15, 0, 19, 10)),
            ],
            [],
            new ArrayMaskSet(masks),
            new DepthSource(path, DepthConvention.LargerIsCloser, null, cache));
    }

    /// <summary>
    /// Three images for multi-image draws: {dog, cat}, {dog, car}, {tree}; the first two with relations (a label pair
    /// joined twice, one "of", a self-relation) for the queries that read them.
    /// </summary>
    public static ImmutableArray<SceneGraph> Album() =>
    [
        // Attributes on the dogs and the car: a drawn image's o.attributes (corpus 518) reads them from its object facts.
        new("album_a", "images/a.jpg", 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1), null, ["brown", "small"]), new SceneObject("cat", new Box(2, 2, 3, 3))],
            [new Relation(0, "chasing", 1), new Relation(1, "of", 0), new Relation(0, "near", 1)]),
        new("album_b", "images/b.jpg", 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1), null, ["brown"]), new SceneObject("car", new Box(2, 2, 3, 3), null, ["red"])],
            [new Relation(0, "near", 1), new Relation(1, "near", 1)]),
        new("album_c", "images/c.jpg", 10, 10, [new SceneObject("tree", new Box(0, 0, 1, 1))], []),
    ];

    /// <summary>
    /// <see cref="Album"/> and one more image that relates its one dog to its one cat as album_a does, so that a draw
    /// sharing a (unique) related label pair has a pair to share (corpus 528).
    /// </summary>
    public static ImmutableArray<SceneGraph> AlbumSharingARelation() =>
    [
        .. Album(),
        new("album_d", "images/d.jpg", 10, 10, [new SceneObject("cat", new Box(0, 0, 1, 1)), new SceneObject("dog", new Box(2, 2, 3, 3), null, ["black"])],
            [new Relation(1, "chasing", 0), new Relation(1, "behind", 0)]),
    ];

    private sealed class ArrayMaskSet(BitMask[] masks) : MaskSet
    {
        public override int Count => masks.Length;

        public override string Origin => "test masks";

        public override BitMask Get(int index) => masks[index];
    }
}

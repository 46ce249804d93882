using System.Collections.Immutable;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Linting;

/// <summary>
/// The sample graphs the lint runs generators on: three 100x100 images labelled with <see cref="SampleWords"/>
/// nouns (some repeated, some unique, some boxes inside others, some labels no thing: "spots", "picnic"), with
/// attributes (synonym pairs among them),
/// relations, box-shaped masks and a depth map that grows from left to right and top to bottom, so that every family
/// of the built-in pack has something to ask. The depth maps are .npy files written once per process to a temporary folder deleted at exit.
/// </summary>
public static class LintGraphs
{
    private const int Size = 100;
    private static readonly Lazy<ImmutableArray<SceneGraph>> s_graphs = new(Build);

    /// <summary>The sample graphs.</summary>
    public static ImmutableArray<SceneGraph> All => s_graphs.Value;

    private static ImmutableArray<SceneGraph> Build()
    {
        var folder = Directory.CreateTempSubdirectory("provision-lint-").FullName;
        // The graphs live as long as the process; so do their depth files.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        var cache = new ResourceCache(16L << 20);
        return
        [
            Graph("lint-kitchen", folder, cache,
                [
                    // Synonym pairs (vocabulary synonyms, "wood" and "wooden"): a template listing every attribute of an
                    // object says one meaning twice here (PV5016), as on real data.
                    Obj("table", 5, 60, 95, 98, "wooden", "wood", "brown"),
                    Obj("apple", 10, 62, 20, 72, "red", "small"),
                    Obj("apple", 30, 64, 40, 74, "orange", "small"),
                    Obj("umbrella", 50, 5, 70, 40, "red"),
                    Obj("umbrella", 75, 5, 95, 40, "blue"),
                    Obj("umbrella", 2, 5, 20, 30, "red"),
                    Obj("person", 22, 10, 48, 58, "tall"),
                    Obj("mouse", 60, 80, 66, 86, "gray", "small"),
                    Obj("owl", 80, 45, 90, 58, "unusual"),
                ],
                // "in" meets "in the image" (PV5025); "has" is a finite verb (PV5018); the person is both holding and
                // next to one umbrella, two meanings that "what is the relation" cannot take (PV5032).
                [new(6, "holding", 3), new(1, "on", 0), new(2, "on", 0), new(7, "next to", 1), new(6, "next to", 5), new(7, "in", 0), new(6, "has", 4),
                 new(6, "next to", 3)]),
            Graph("lint-street", folder, cache,
                [
                    Obj("bus", 40, 20, 95, 70, "yellow", "large", "big"),
                    Obj("sheep", 5, 70, 20, 90, "white"),
                    Obj("sheep", 22, 72, 36, 92, "white"),
                    Obj("unicorn", 5, 10, 30, 50, "white", "unusual"),
                    Obj("person", 60, 72, 70, 98, "tall"),
                    Obj("person", 75, 72, 85, 98, "short"),
                    Obj("dog", 88, 85, 98, 98, "brown"),
                    Obj("knife", 50, 88, 56, 94, "sharp", "metal", "metallic"),
                    // Labels that are no thing (vocabulary nonObjects), as on real graphs: an item that names them as
                    // objects ("how many spots", "left of the picnic") is reported (PV5026).
                    Obj("spots", 90, 88, 96, 94, "white"),
                    Obj("picnic", 0, 0, 100, 100),
                ],
                [new(4, "holding", 7), new(6, "next to", 5), new(3, "next to", 1), new(5, "eating", 7), new(8, "on", 6), new(4, "at", 9)]),
            Graph("lint-campus", folder, cache,
                [
                    Obj("university", 0, 0, 100, 45, "old"),
                    Obj("dog", 5, 60, 25, 90, "brown"),
                    Obj("dog", 30, 62, 50, 92, "black"),
                    Obj("apple", 55, 70, 62, 77, "red"),
                    Obj("glass", 70, 60, 78, 75, "clear"),
                    Obj("glass", 80, 60, 88, 75, "clear"),
                    Obj("owl", 40, 5, 50, 15, "orange"),
                ],
                [new(1, "next to", 2), new(3, "next to", 4), new(6, "on", 0), new(2, "eating", 3)]),
        ];
    }

    private static SceneObject Obj(string label, double x1, double y1, double x2, double y2, params string[] attributes) =>
        new(label, new Box(x1, y1, x2, y2), attributes: [.. attributes]);

    private static SceneGraph Graph(string id, string folder, ResourceCache cache, ImmutableArray<SceneObject> objects, ImmutableArray<Relation> relations)
    {
        var masks = objects.Select(o => BoxMask(o.Box)).ToImmutableArray();
        var depthPath = Path.Combine(folder, id + "_depth.npy");
        var depth = new byte[Size * Size];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                depth[(y * Size) + x] = (byte)(x + y + id.Length);
            }
        }
        using (var stream = File.Create(depthPath))
        {
            NpyWriter.WriteUInt8(stream, [Size, Size], depth);
        }
        return new SceneGraph(id, "images/" + id + ".jpg", Size, Size, objects, relations,
            new RleMaskSet(masks, cache), new DepthSource(depthPath, DepthConvention.LargerIsCloser, null, cache));
    }

    private static RleMask BoxMask(Box box)
    {
        var pixels = new byte[Size * Size];
        for (var y = (int)box.Y1; y < (int)box.Y2; y++)
        {
            for (var x = (int)box.X1; x < (int)box.X2; x++)
            {
                pixels[(y * Size) + x] = 1;
            }
        }
        return RleCodec.Encode(pixels, Size, Size);
    }
}

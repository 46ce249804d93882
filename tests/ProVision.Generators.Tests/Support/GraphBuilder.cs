using System.Collections.Immutable;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Support;

/// <summary>
/// Tiny explicit scene graphs for verifier tests: objects with boxes and attributes, relations, masks (by default each
/// object's box) and a depth map written to a temporary .npy, as the loaders would give them.
/// </summary>
internal sealed class GraphBuilder(int width = 10, int height = 10, string id = "img")
{
    private static readonly string s_folder = Directory.CreateTempSubdirectory("provision-verify-").FullName;
    private static int s_files;

    private readonly List<SceneObject> _objects = [];
    private readonly List<Relation> _relations = [];
    private readonly Dictionary<int, Func<int, int, bool>> _masks = [];
    private bool _withMasks;
    private DepthSource? _depth;

    public GraphBuilder Object(string label, double x1, double y1, double x2, double y2, params string[] attributes)
    {
        _objects.Add(new SceneObject(label, new Box(x1, y1, x2, y2), attributes: [.. attributes]));
        return this;
    }

    public GraphBuilder Relation(int subject, string predicate, int obj)
    {
        _relations.Add(new Relation(subject, predicate, obj));
        return this;
    }

    /// <summary>Gives every object a mask: its box's pixels unless <see cref="Mask"/> set another.</summary>
    public GraphBuilder Masks()
    {
        _withMasks = true;
        return this;
    }

    /// <summary>Object <paramref name="index"/>'s mask is the pixels where <paramref name="inside"/> holds.</summary>
    public GraphBuilder Mask(int index, Func<int, int, bool> inside)
    {
        _withMasks = true;
        _masks[index] = inside;
        return this;
    }

    /// <summary>A uint8 depth map (range 0..255 from the dtype) with the given values.</summary>
    public GraphBuilder Depth(Func<int, int, byte> value, DepthConvention convention = DepthConvention.LargerIsCloser)
    {
        var values = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                values[(y * width) + x] = value(x, y);
            }
        }
        var path = NextFile();
        using (var stream = File.Create(path))
        {
            NpyWriter.WriteUInt8(stream, [height, width], values);
        }
        _depth = new DepthSource(path, convention, null, new ResourceCache(1 << 20));
        return this;
    }

    /// <summary>A float32 depth map declaring <paramref name="range"/> (e.g. 0..10 metres).</summary>
    public GraphBuilder Depth(Func<int, int, float> value, DepthConvention convention, DepthRange range)
    {
        var values = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                values[(y * width) + x] = value(x, y);
            }
        }
        var path = NextFile();
        using (var stream = File.Create(path))
        {
            NpyWriter.WriteFloat32(stream, [height, width], values);
        }
        _depth = new DepthSource(path, convention, range, new ResourceCache(1 << 20));
        return this;
    }

    public SceneGraph Build()
    {
        MaskSet? masks = _withMasks ? new TestMasks([.. _objects.Select((o, i) => MaskOf(i, o.Box))]) : null;
        return new SceneGraph(id, id + ".jpg", width, height, [.. _objects], [.. _relations], masks, _depth);
    }

    private BitMask MaskOf(int index, Box box)
    {
        var inside = _masks.GetValueOrDefault(index) ?? ((x, y) => x >= box.X1 && x < box.X2 && y >= box.Y1 && y < box.Y2);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = inside(x, y) ? (byte)1 : (byte)0;
            }
        }
        return new BitMask(width, height, pixels);
    }

    private static string NextFile() => Path.Combine(s_folder, $"depth{Interlocked.Increment(ref s_files)}.npy");

    private sealed class TestMasks(ImmutableArray<BitMask> masks) : MaskSet
    {
        public override int Count => masks.Length;

        public override string Origin => "test masks";

        public override BitMask Get(int index) => masks[index];
    }
}

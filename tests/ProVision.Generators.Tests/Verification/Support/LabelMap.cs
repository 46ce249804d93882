using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// The segmentation label map: masks painted in object order onto one W x H map, a later object winning
/// overlaps. An object's region is the set of pixels that carry its index.
/// </summary>
internal sealed class LabelMap
{
    private readonly int[] _owner;

    private LabelMap(int width, int height, int[] owner)
    {
        Width = width;
        Height = height;
        _owner = owner;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Paints the graph's masks, or explains why it cannot.</summary>
    public static LabelMap? Paint(ItemCheck check, SceneGraph graph)
    {
        if (graph.Masks is null || graph.Masks.Count == 0)
        {
            check.Fail($"image {graph.ImageId} has no masks, so no segmentation item can rest on it");
            return null;
        }
        var first = graph.Masks.Get(0);
        var owner = new int[first.Width * first.Height];
        Array.Fill(owner, -1);
        for (var i = 0; i < graph.Masks.Count; i++)
        {
            var mask = graph.Masks.Get(i);
            if (mask.Width != first.Width || mask.Height != first.Height)
            {
                check.Fail($"mask {i} is {mask.Width}x{mask.Height} but mask 0 is {first.Width}x{first.Height}");
                return null;
            }
            for (var p = 0; p < owner.Length; p++)
            {
                if (mask.Pixels[p] != 0)
                {
                    owner[p] = i;
                }
            }
        }
        return new LabelMap(first.Width, first.Height, owner);
    }

    /// <summary>The object that owns pixel (x, y), or -1 for background.</summary>
    public int Owner(int x, int y) => _owner[(y * Width) + x];

    public int Area(int objectIndex) => _owner.Count(o => o == objectIndex);
}

using ProVision.Runtime.Formats.Rle;

namespace ProVision.Runtime.SceneGraphs;

/// <summary>
/// The per-object masks of one graph, one per object in object order. Masks are decoded on demand
/// through a bounded <see cref="Caching.ResourceCache"/>, so holding a graph costs little until a
/// generator actually reads a mask.
/// </summary>
public abstract class MaskSet
{
    /// <summary>Number of masks (equals the graph's object count once validated).</summary>
    public abstract int Count { get; }

    /// <summary>Where the masks come from, for messages ("seg/1_mask.npy", "inline RLE").</summary>
    public abstract string Origin { get; }

    /// <summary>The decoded mask of object <paramref name="index"/>.</summary>
    public abstract BitMask Get(int index);

    /// <summary>The mask of object <paramref name="index"/> as COCO RLE (for writing the canonical form).</summary>
    public virtual RleMask GetRle(int index)
    {
        var mask = Get(index);
        return RleCodec.Encode(mask.Pixels, mask.Height, mask.Width);
    }
}

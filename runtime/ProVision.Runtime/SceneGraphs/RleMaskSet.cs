using System.Collections.Immutable;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Rle;

namespace ProVision.Runtime.SceneGraphs;

/// <summary>Masks held as compact RLE (canonical JSONL, COCO); each is decoded only when read.</summary>
public sealed class RleMaskSet : MaskSet
{
    private readonly ImmutableArray<RleMask> _masks;
    private readonly ResourceCache _cache;

    public RleMaskSet(ImmutableArray<RleMask> masks, ResourceCache cache, string origin = "inline RLE")
    {
        _masks = masks;
        _cache = cache;
        Origin = origin;
    }

    public override int Count => _masks.Length;

    public override string Origin { get; }

    public RleMask this[int index] => _masks[index];

    public override BitMask Get(int index)
    {
        var rle = _masks[index];
        return _cache.GetOrLoad(
            (this, index),
            () => new BitMask(rle.Width, rle.Height, RleCodec.Decode(rle)),
            m => m.SizeInBytes);
    }

    public override RleMask GetRle(int index) => _masks[index];
}

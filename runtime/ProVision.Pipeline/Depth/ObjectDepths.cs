using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Depth;

/// <summary>
/// Per-object depth: the mode of the depth values under the object's mask, ties to the smallest value, exactly as the
/// generators compute it (<see cref="Runtime.Stdlib.Depth.TryObjectDepth(BitMask, DepthMap, out double)"/>). On a
/// quantized (0..255) map the mode is the most common depth level; on raw float maps nearly every value is unique, so
/// quantize first (<see cref="OnnxDepthOptions.Quantize"/>).
/// </summary>
public static class ObjectDepths
{
    /// <summary>The object's depth in the map's own convention, or null for an empty mask.</summary>
    public static double? Of(BitMask mask, DepthMap map) =>
        Runtime.Stdlib.Depth.TryObjectDepth(mask, map, out var depth) ? depth : null;

    /// <summary>One depth per mask, in order (null where a mask is empty).</summary>
    public static IReadOnlyList<double?> OfAll(IReadOnlyList<BitMask> masks, DepthMap map)
    {
        ArgumentNullException.ThrowIfNull(masks);
        return masks.Select(m => Of(m, map)).ToArray();
    }
}

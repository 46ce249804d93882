using ProVision.Runtime.Caching;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading;

/// <summary>How inputs are read: where mask and depth files live, tolerances, and the cache they load through.</summary>
public sealed record GraphLoadOptions
{
    /// <summary>Folder that <c>depth_mask_id</c> and relative depth paths resolve against (default: the input's folder).</summary>
    public string? DepthDirectory { get; init; }

    /// <summary>Folder that <c>seg_mask_id</c> resolves against (default: the input's folder).</summary>
    public string? MaskDirectory { get; init; }

    /// <summary>Read mask and depth files the data names outside their folders (absolute, <c>..</c>, symbolic links); see <see cref="DataPaths"/>.</summary>
    public bool AllowOutsidePaths { get; init; }

    /// <summary>How far (pixels) a box may stick out of the image before it is an error. Detectors round outward.</summary>
    public double BoxTolerance { get; init; } = 2.0;

    /// <summary>Convention of depth maps whose input does not declare one (the reference data: larger = closer).</summary>
    public DepthConvention DefaultDepthConvention { get; init; } = DepthConvention.LargerIsCloser;

    /// <summary>Read mask and depth file headers while loading, to check shapes and counts early.</summary>
    public bool CheckReferencedFiles { get; init; } = true;

    /// <summary>
    /// Read only this shard's graphs (see <see cref="SceneGraphInputs"/>); null reads them all. JSON Lines inputs skip
    /// other shards' lines unparsed; other formats are read whole and the shard's contiguous share kept.
    /// </summary>
    public Sharding.ShardSpec? Shard { get; init; }

    public ResourceCache Cache { get; init; } = ResourceCache.Shared;

    /// <summary>
    /// Read every entry with the document parsers, never with the fast readers: for the differential tests that hold
    /// the two to the same graphs and errors.
    /// </summary>
    internal bool DocumentParserOnly { get; init; }

    public static GraphLoadOptions Default { get; } = new();
}

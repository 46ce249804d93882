namespace ProVision.Pipeline.Detection;

/// <summary>What to keep of a detector's output (the <c>detect:</c> section of pipeline.yaml).</summary>
public sealed record DetectorOptions
{
    /// <summary>Minimum score; null = the model's default.</summary>
    public double? ScoreThreshold { get; init; }

    /// <summary>IoU for class-aware NMS; null = the model's default (none for DETR models).</summary>
    public double? NmsIou { get; init; }

    /// <summary>At most this many objects per image, best first.</summary>
    public int MaxObjects { get; init; } = 30;

    /// <summary>Boxes narrower or lower than this many pixels (after clipping to the image) are dropped.</summary>
    public double MinBoxSize { get; init; } = 1;

    /// <summary>Label renames applied to class names (e.g. "sports ball" to "ball").</summary>
    public IReadOnlyDictionary<string, string> Rename { get; init; } = new Dictionary<string, string>();

    /// <summary>When not empty, only these labels (after renaming) are kept.</summary>
    public IReadOnlySet<string> Keep { get; init; } = new HashSet<string>();

    /// <summary>Which boxes repeat a stronger one and are dropped; none in code, the built-in pipeline.yaml sets the defaults.</summary>
    public DuplicateRules Duplicates { get; init; } = DuplicateRules.None;

    /// <summary>Which small boxes close together are one crowd; none in code, the built-in pipeline.yaml sets the defaults.</summary>
    public CrowdRule Crowds { get; init; } = CrowdRule.None;

    public static DetectorOptions Default { get; } = new();
}

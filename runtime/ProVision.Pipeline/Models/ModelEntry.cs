using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;

namespace ProVision.Pipeline.Models;

/// <summary>One model of the registry (models.yaml).</summary>
public sealed record ModelEntry
{
    public required string Id { get; init; }

    /// <summary>detection, segmentation, depth, attributes or relations.</summary>
    public required string Task { get; init; }

    /// <summary>File name in the model cache.</summary>
    public required string File { get; init; }

    /// <summary>Size in bytes, when known.</summary>
    public long? Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file.</summary>
    public required string Sha256 { get; init; }

    public required string Licence { get; init; }

    /// <summary>Where <c>provision models pull</c> downloads from.</summary>
    public required Uri Source { get; init; }

    public Uri? Homepage { get; init; }
    public string Description { get; init; } = "";
    public string Input { get; init; } = "";
    public string Output { get; init; } = "";

    /// <summary>How to run it as a detector (detection models).</summary>
    public DetectorSpec? Detector { get; init; }

    /// <summary>Free-form settings for the stage that uses the model; that stage reads and checks them.</summary>
    public ConfigSection? Settings { get; init; }
}

using ProVision.Pipeline.Imaging;

namespace ProVision.Pipeline.Detection;

/// <summary>
/// Finds objects in images. Implementations must be safe to call from several threads at once
/// (the annotation pipeline runs one detector for all its workers).
/// </summary>
public interface IDetector : IDisposable
{
    /// <summary>A short name for reports (the model id or file name).</summary>
    string Name { get; }

    /// <summary>How many images one call of <see cref="DetectBatch"/> can take at once (1 for fixed-batch models).</summary>
    int MaxBatch => 1;

    /// <summary>The objects in one image, best first, boxes in the image's pixels.</summary>
    IReadOnlyList<DetectedObject> Detect(RgbImage image);

    /// <summary>The objects in several images (one list per image, in order); at most <see cref="MaxBatch"/> per call run together.</summary>
    IReadOnlyList<IReadOnlyList<DetectedObject>> DetectBatch(IReadOnlyList<RgbImage> images) => images.Select(Detect).ToList();
}

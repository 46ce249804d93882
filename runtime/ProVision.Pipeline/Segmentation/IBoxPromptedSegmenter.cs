using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>
/// Turns one box into one mask. Implementations: SamSegmenter, <see cref="GrabCutSegmenter"/>,
/// <see cref="BoxMaskSegmenter"/>; <see cref="SegmenterChain"/> tries them in order. The pipeline's <c>grabcut</c>
/// method (<c>Annotation.GrabCutStageSegmenter</c>) calls <see cref="GrabCutSegmenter.SegmentBox"/> directly, for crop masks.
/// </summary>
public interface IBoxPromptedSegmenter
{
    /// <summary>Short name for logs and reports ("grabcut", "sam", "box").</summary>
    string Name { get; }

    /// <summary>
    /// The object's mask at the image's size, or null when this segmenter could not produce a usable one
    /// (box too small, degenerate result): the chain then asks the next segmenter.
    /// </summary>
    ObjectMask? TrySegment(StageImage image, Box box);
}

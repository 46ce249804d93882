using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>
/// A detected object as the later stages need it: label, box (pixels, <c>[x1, y1, x2, y2]</c>, origin top-left)
/// and detector score. The pipeline maps the detector's <c>DetectedObject</c> onto this (<c>Annotation.StageAdapter.ToStageObjects</c>).
/// </summary>
public sealed record StageObject(string Label, Box Box, double Score = 1.0);

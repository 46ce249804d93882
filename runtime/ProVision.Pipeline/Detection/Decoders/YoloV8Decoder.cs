using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection.Decoders;

/// <summary>
/// Decodes Ultralytics YOLOv8-style output for one image: <c>[4 + C, N]</c> (the export default, channel-major)
/// or <c>[N, 4 + C]</c>; per anchor <c>cx, cy, w, h</c> in model-input pixels and C class scores (already sigmoid,
/// no objectness). Score = best class score.
/// </summary>
public static class YoloV8Decoder
{
    public static List<Candidate> Decode(
        ReadOnlySpan<float> output, int classes, int anchors, bool channelMajor, float threshold, ResizeTransform transform)
    {
        var row = 4 + classes;
        if (classes <= 0 || output.Length != row * anchors)
            throw new ArgumentException($"YOLOv8 output has {output.Length} values, expected (4 + {classes}) x {anchors}");

        var result = new List<Candidate>();
        for (var a = 0; a < anchors; a++)
        {
            var best = 0;
            var bestScore = At(output, 4, a, anchors, row, channelMajor);
            for (var c = 1; c < classes; c++)
            {
                var s = At(output, 4 + c, a, anchors, row, channelMajor);
                if (s > bestScore)
                {
                    best = c;
                    bestScore = s;
                }
            }
            if (!(bestScore >= threshold)) continue;
            var cx = At(output, 0, a, anchors, row, channelMajor);
            var cy = At(output, 1, a, anchors, row, channelMajor);
            var w = At(output, 2, a, anchors, row, channelMajor);
            var h = At(output, 3, a, anchors, row, channelMajor);
            result.Add(new Candidate(best, bestScore, transform.ToOriginal(new Box(cx - (w / 2), cy - (h / 2), cx + (w / 2), cy + (h / 2)))));
        }
        return result;
    }

    private static float At(ReadOnlySpan<float> output, int channel, int anchor, int anchors, int row, bool channelMajor) =>
        channelMajor ? output[(channel * anchors) + anchor] : output[(anchor * row) + channel];
}

using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection.Decoders;

/// <summary>
/// Decodes YOLOX output <c>[A, 5 + C]</c> for one image: per anchor <c>x, y, w, h, objectness, C class scores</c>
/// (objectness and classes already sigmoid, as the official ONNX export gives them). Anchors run over the
/// strides in order, each grid row by row. Without in-graph decoding (the export default) the box is
/// <c>cx = (x + col) * stride</c>, <c>cy = (y + row) * stride</c>, <c>w = exp(w) * stride</c>, <c>h = exp(h) * stride</c>;
/// with it, <c>x, y, w, h</c> are already input pixels. Score = objectness * best class score.
/// </summary>
public static class YoloxDecoder
{
    public static List<Candidate> Decode(
        ReadOnlySpan<float> output, int anchors, int rowLength, int inputWidth, int inputHeight,
        IReadOnlyList<int> strides, bool decodedInGraph, float threshold, ResizeTransform transform)
    {
        var classes = rowLength - 5;
        if (classes <= 0) throw new ArgumentException($"a YOLOX row needs 5 + classes values, found {rowLength}");
        if (output.Length != anchors * rowLength) throw new ArgumentException($"YOLOX output has {output.Length} values, expected {anchors} x {rowLength}");
        var expected = strides.Sum(s => (inputWidth / s) * (inputHeight / s));
        if (!decodedInGraph && expected != anchors)
            throw new ArgumentException($"YOLOX output has {anchors} anchors but strides {string.Join("/", strides)} on {inputWidth}x{inputHeight} give {expected}; check input_size and strides");

        var result = new List<Candidate>();
        var anchor = 0;
        foreach (var stride in strides)
        {
            var columns = inputWidth / stride;
            var rows = inputHeight / stride;
            for (var row = 0; row < rows && anchor < anchors; row++)
            {
                for (var col = 0; col < columns && anchor < anchors; col++, anchor++)
                {
                    var r = output.Slice(anchor * rowLength, rowLength);
                    var best = 0;
                    for (var c = 1; c < classes; c++)
                    {
                        if (r[5 + c] > r[5 + best]) best = c;
                    }
                    var score = r[4] * r[5 + best];
                    if (!(score >= threshold)) continue;
                    float cx, cy, w, h;
                    if (decodedInGraph)
                    {
                        (cx, cy, w, h) = (r[0], r[1], r[2], r[3]);
                    }
                    else
                    {
                        cx = (r[0] + col) * stride;
                        cy = (r[1] + row) * stride;
                        w = MathF.Exp(r[2]) * stride;
                        h = MathF.Exp(r[3]) * stride;
                    }
                    result.Add(new Candidate(best, score, transform.ToOriginal(new Box(cx - (w / 2), cy - (h / 2), cx + (w / 2), cy + (h / 2)))));
                }
            }
        }
        return result;
    }
}

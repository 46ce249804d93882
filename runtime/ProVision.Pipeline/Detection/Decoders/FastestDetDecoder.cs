using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection.Decoders;

/// <summary>
/// Decodes FastestDet output <c>[5 + C, H, W]</c> (channel-major) for one image: per cell objectness, <c>dx, dy, w, h</c>
/// and C class scores. Score = <c>obj^0.6 · cls^0.4</c>; centre <c>((col + tanh dx) / W, (row + tanh dy) / H)</c> and size
/// <c>(sigmoid w, sigmoid h)</c> are fractions of the model input.
/// </summary>
public static class FastestDetDecoder
{
    public static List<Candidate> Decode(
        ReadOnlySpan<float> output, int channels, int gridHeight, int gridWidth, int inputWidth, int inputHeight,
        float threshold, ResizeTransform transform)
    {
        var classes = channels - 5;
        var plane = gridHeight * gridWidth;
        if (classes <= 0 || output.Length != channels * plane)
            throw new ArgumentException($"FastestDet output has {output.Length} values, expected (5 + classes) x {gridHeight} x {gridWidth}");

        var result = new List<Candidate>();
        for (var row = 0; row < gridHeight; row++)
        {
            for (var col = 0; col < gridWidth; col++)
            {
                var cell = (row * gridWidth) + col;
                var best = 0;
                for (var c = 1; c < classes; c++)
                {
                    if (output[((5 + c) * plane) + cell] > output[((5 + best) * plane) + cell]) best = c;
                }
                var objectness = output[cell];
                var classScore = output[((5 + best) * plane) + cell];
                var score = MathF.Pow(MathF.Max(objectness, 0), 0.6f) * MathF.Pow(MathF.Max(classScore, 0), 0.4f);
                if (!(score >= threshold)) continue;

                var cx = (col + MathF.Tanh(output[plane + cell])) / gridWidth;
                var cy = (row + MathF.Tanh(output[(2 * plane) + cell])) / gridHeight;
                var w = DetrDecoder.Sigmoid(output[(3 * plane) + cell]);
                var h = DetrDecoder.Sigmoid(output[(4 * plane) + cell]);
                var box = new Box((cx - (w / 2)) * inputWidth, (cy - (h / 2)) * inputHeight, (cx + (w / 2)) * inputWidth, (cy + (h / 2)) * inputHeight);
                result.Add(new Candidate(best, score, transform.ToOriginal(box)));
            }
        }
        return result;
    }
}

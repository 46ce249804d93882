using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection.Decoders;

/// <summary>One NanoDet output level: its stride, class scores <c>[cells, C]</c> and distance bins <c>[cells, 4 * (regMax + 1)]</c>.</summary>
public readonly record struct NanoDetLevel(int Stride, float[] Scores, float[] Distances);

/// <summary>
/// Decodes NanoDet (GFL head) outputs for one image. Each level's cells run row by row over a grid of
/// <c>ceil(input / stride)</c>; a cell's centre is <c>col * stride + (stride - 1) / 2</c> (likewise rows); each of the
/// four distances (left, top, right, bottom) is the expectation of a softmax over <c>regMax + 1</c> bins, times the
/// stride. Class scores are already sigmoid; the best class is the label.
/// </summary>
public static class NanoDetDecoder
{
    public static List<Candidate> Decode(
        IReadOnlyList<NanoDetLevel> levels, int classes, int regMax, int inputWidth, int inputHeight,
        float threshold, ResizeTransform transform)
    {
        var bins = regMax + 1;
        var result = new List<Candidate>();
        Span<float> side = stackalloc float[4];
        Span<float> weights = stackalloc float[bins];
        foreach (var level in levels)
        {
            var columns = (inputWidth + level.Stride - 1) / level.Stride;
            var rows = (inputHeight + level.Stride - 1) / level.Stride;
            var cells = rows * columns;
            if (level.Scores.Length != cells * classes || level.Distances.Length != cells * 4 * bins)
            {
                throw new ArgumentException(
                    $"NanoDet stride {level.Stride}: expected {cells} cells x {classes} classes and x {4 * bins} distance bins, " +
                    $"found {level.Scores.Length} and {level.Distances.Length} values; check input_size, strides and reg_max");
            }

            for (var cell = 0; cell < cells; cell++)
            {
                var scores = level.Scores.AsSpan(cell * classes, classes);
                var best = 0;
                for (var c = 1; c < classes; c++)
                {
                    if (scores[c] > scores[best]) best = c;
                }
                if (!(scores[best] >= threshold)) continue;

                var distances = level.Distances.AsSpan(cell * 4 * bins, 4 * bins);
                for (var k = 0; k < 4; k++) side[k] = Expectation(distances.Slice(k * bins, bins), weights) * level.Stride;
                var cx = ((cell % columns) * level.Stride) + ((level.Stride - 1) * 0.5f);
                var cy = ((cell / columns) * level.Stride) + ((level.Stride - 1) * 0.5f);
                var box = new Box(cx - side[0], cy - side[1], cx + side[2], cy + side[3]);
                result.Add(new Candidate(best, scores[best], transform.ToOriginal(box)));
            }
        }
        return result;
    }

    /// <summary>Σ softmax(logits)_j · j.</summary>
    private static float Expectation(ReadOnlySpan<float> logits, Span<float> weights)
    {
        var max = float.NegativeInfinity;
        foreach (var v in logits) max = MathF.Max(max, v);
        var sum = 0f;
        for (var j = 0; j < logits.Length; j++)
        {
            weights[j] = MathF.Exp(logits[j] - max);
            sum += weights[j];
        }
        var expectation = 0f;
        for (var j = 0; j < logits.Length; j++) expectation += weights[j] / sum * j;
        return expectation;
    }
}

using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection.Decoders;

/// <summary>How a DETR-style model gives its boxes.</summary>
public enum DetrBoxFormat
{
    /// <summary><c>x1, y1, x2, y2</c> in original-image pixels (models fed <c>orig_target_sizes</c>: DEIMv2, D-FINE, RT-DETR exports).</summary>
    XyxyOriginal,

    /// <summary><c>x1, y1, x2, y2</c> in model-input pixels.</summary>
    XyxyInput,

    /// <summary><c>cx, cy, w, h</c> as fractions of the model input (Hugging Face style <c>pred_boxes</c>).</summary>
    CxcywhNormalized,
}

/// <summary>
/// Decodes DETR-family outputs for one image. These models need no NMS: each query is one object.
/// </summary>
public static class DetrDecoder
{
    /// <summary>
    /// The <c>labels [Q]</c>, <c>boxes [Q, 4]</c>, <c>scores [Q]</c> form (DEIMv2, D-FINE, RT-DETR with their post-processor in the graph):
    /// one candidate per query whose score reaches <paramref name="threshold"/>.
    /// </summary>
    public static List<Candidate> DecodeLabelsBoxesScores(
        ReadOnlySpan<long> labels, ReadOnlySpan<float> boxes, ReadOnlySpan<float> scores,
        float threshold, DetrBoxFormat format, int inputWidth, int inputHeight, ResizeTransform transform)
    {
        if (labels.Length != scores.Length || boxes.Length != scores.Length * 4)
            throw new ArgumentException($"DETR outputs disagree: {labels.Length} labels, {scores.Length} scores, {boxes.Length / 4.0} boxes");
        var result = new List<Candidate>();
        for (var q = 0; q < scores.Length; q++)
        {
            var score = scores[q];
            if (!(score >= threshold)) continue;
            result.Add(new Candidate((int)labels[q], score, ToOriginal(boxes.Slice(q * 4, 4), format, inputWidth, inputHeight, transform)));
        }
        return result;
    }

    /// <summary>
    /// The raw <c>logits [Q, C]</c>, <c>pred_boxes [Q, 4]</c> form: scores are <c>sigmoid(logit)</c> (focal-loss heads);
    /// every (query, class) pair that reaches <paramref name="threshold"/> is a candidate, as RT-DETR's top-k post-processor does.
    /// </summary>
    public static List<Candidate> DecodeLogits(
        ReadOnlySpan<float> logits, ReadOnlySpan<float> boxes, int classes,
        float threshold, DetrBoxFormat format, int inputWidth, int inputHeight, ResizeTransform transform)
    {
        if (classes <= 0 || logits.Length % classes != 0 || boxes.Length != logits.Length / classes * 4)
            throw new ArgumentException($"DETR outputs disagree: {logits.Length} logits for {classes} classes, {boxes.Length / 4.0} boxes");
        var result = new List<Candidate>();
        var queries = logits.Length / classes;
        for (var q = 0; q < queries; q++)
        {
            Box? box = null;
            for (var c = 0; c < classes; c++)
            {
                var score = Sigmoid(logits[(q * classes) + c]);
                if (!(score >= threshold)) continue;
                box ??= ToOriginal(boxes.Slice(q * 4, 4), format, inputWidth, inputHeight, transform);
                result.Add(new Candidate(c, score, box.Value));
            }
        }
        return result;
    }

    private static Box ToOriginal(ReadOnlySpan<float> b, DetrBoxFormat format, int inputWidth, int inputHeight, ResizeTransform transform) => format switch
    {
        DetrBoxFormat.XyxyOriginal => new Box(b[0], b[1], b[2], b[3]),
        DetrBoxFormat.XyxyInput => transform.ToOriginal(new Box(b[0], b[1], b[2], b[3])),
        _ => transform.ToOriginal(new Box(
            (b[0] - (b[2] / 2)) * inputWidth, (b[1] - (b[3] / 2)) * inputHeight,
            (b[0] + (b[2] / 2)) * inputWidth, (b[1] + (b[3] / 2)) * inputHeight)),
    };

    internal static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}

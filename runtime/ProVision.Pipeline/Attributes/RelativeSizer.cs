using ProVision.Runtime.Stdlib;

namespace ProVision.Pipeline.Attributes;

/// <summary>Thresholds of <see cref="RelativeSizer"/> (all documented in docs/pipeline-definitions.md).</summary>
public sealed record RelativeSizeOptions
{
    /// <summary>"large" within the image: the object covers at least this share of the image.</summary>
    public double LargeImageShare { get; init; } = 0.20;

    /// <summary>"small" within the image: the object covers at most this share of the image.</summary>
    public double SmallImageShare { get; init; } = 0.01;

    /// <summary>"large" within its label: area at least this many times the median area of the other objects with the label.</summary>
    public double LargeLabelRatio { get; init; } = 2.0;

    /// <summary>"small" within its label: area at most this fraction of the median area of the other objects with the label.</summary>
    public double SmallLabelRatio { get; init; } = 0.5;
}

/// <summary>
/// "large" / "small" from areas (mask area when there is a mask, else box area), judged two ways:
/// within the image (share of the image's area) and within the label (against the median of the other objects with
/// the same label; needs at least one other). When both judge, they must agree, else the object gets no size (a large
/// dog in the picture that is the smallest of three dogs is neither). Confidence: 0.5 at the threshold, rising linearly
/// to 1 at twice (large) or half (small) the threshold, on the ratio scale. See docs/pipeline-definitions.md.
/// </summary>
public sealed class RelativeSizer
{
    private readonly RelativeSizeOptions _options;

    public RelativeSizer(RelativeSizeOptions? options = null) => _options = options ?? new RelativeSizeOptions();

    /// <summary>One list per object (empty, or one "large"/"small" guess).</summary>
    /// <param name="labels">Object labels, in object order.</param>
    /// <param name="areas">Object areas in pixels, in object order.</param>
    /// <param name="imageWidth">Image width.</param>
    /// <param name="imageHeight">Image height.</param>
    public IReadOnlyList<IReadOnlyList<AttributeGuess>> Describe(IReadOnlyList<string> labels, IReadOnlyList<double> areas, int imageWidth, int imageHeight)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(areas);
        if (labels.Count != areas.Count) throw new ArgumentException($"{labels.Count} labels but {areas.Count} areas", nameof(areas));
        var imageArea = (double)imageWidth * imageHeight;
        var result = new IReadOnlyList<AttributeGuess>[labels.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var byImage = ByImage(areas[i] / imageArea);
            var others = Enumerable.Range(0, labels.Count)
                .Where(j => j != i && string.Equals(labels[j], labels[i], StringComparison.Ordinal))
                .Select(j => areas[j])
                .ToArray();
            var byLabel = others.Length == 0 ? null : ByLabel(areas[i], Median(others));
            result[i] = Combine(byImage, byLabel);
        }
        return result;
    }

    /// <summary>The within-image judgement for a share of the image, or null.</summary>
    public (string Word, double Confidence)? ByImage(double share)
    {
        if (share >= _options.LargeImageShare) return ("large", Ramp(share / _options.LargeImageShare));
        if (share <= _options.SmallImageShare) return ("small", share <= 0 ? 1 : Ramp(_options.SmallImageShare / share));
        return null;
    }

    /// <summary>The within-label judgement for an area against the median of the label's other objects, or null.</summary>
    public (string Word, double Confidence)? ByLabel(double area, double median)
    {
        if (median <= 0) return null;
        var ratio = area / median;
        if (ratio >= _options.LargeLabelRatio) return ("large", Ramp(ratio / _options.LargeLabelRatio));
        if (ratio <= _options.SmallLabelRatio) return ("small", ratio <= 0 ? 1 : Ramp(_options.SmallLabelRatio / ratio));
        return null;
    }

    private static IReadOnlyList<AttributeGuess> Combine((string Word, double Confidence)? byImage, (string Word, double Confidence)? byLabel)
    {
        if (byImage is { } a && byLabel is { } b)
        {
            return a.Word == b.Word ? [Guess(a.Word, Math.Max(a.Confidence, b.Confidence))] : [];
        }
        if (byImage is { } only) return [Guess(only.Word, only.Confidence)];
        if (byLabel is { } other) return [Guess(other.Word, other.Confidence)];
        return [];
    }

    private static AttributeGuess Guess(string word, double confidence) => new(word, AttributeCategories.Size, confidence, "relative-size");

    /// <summary>x = value / threshold (>= 1): 0.5 at 1, 1 at 2 and beyond.</summary>
    private static double Ramp(double x) => Math.Clamp(0.5 + (0.5 * (x - 1)), 0.5, 1.0);

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}

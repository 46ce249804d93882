using Microsoft.ML.OnnxRuntime;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Attributes;

/// <summary>How an attribute classifier's raw scores become probabilities.</summary>
public enum ScoreActivation
{
    /// <summary>Independent attributes (multi-label): sigmoid per score.</summary>
    Sigmoid,

    /// <summary>Mutually exclusive attributes: softmax over all scores.</summary>
    Softmax,

    /// <summary>The model already outputs probabilities.</summary>
    None,
}

/// <summary>One output of an attribute classifier: the attribute word and its category.</summary>
public sealed record AttributeLabel(string Name, string Category);

/// <summary>
/// Settings of <see cref="OnnxAttributeClassifier"/>.
/// </summary>
/// <remarks>
/// Expected I/O: one float32 input <c>[1, 3, S, S]</c> (the object's box crop, widened by <see cref="CropMargin"/>,
/// resized to S x S without keeping the aspect ratio, RGB, <c>(v/255 - Mean) / Std</c>); S comes from the model when
/// fixed, else <see cref="InputSize"/>. One float32 output <c>[1, K]</c> (or <c>[K]</c>), K = <see cref="Labels"/>.Count,
/// score k belonging to label k. Labels load from a text file with <see cref="LoadLabels"/>: one
/// <c>name&lt;TAB&gt;category</c> per line (category optional, default "other"; '#' starts a comment).
/// </remarks>
public sealed record OnnxAttributeOptions
{
    public required string ModelPath { get; init; }

    /// <summary>The attribute for each output score, in output order.</summary>
    public required IReadOnlyList<AttributeLabel> Labels { get; init; }

    /// <summary>Input side when the model's spatial dimensions are dynamic.</summary>
    public int InputSize { get; init; } = 224;

    public float[] Mean { get; init; } = [0.485f, 0.456f, 0.406f];
    public float[] Std { get; init; } = [0.229f, 0.224f, 0.225f];

    public ScoreActivation Activation { get; init; } = ScoreActivation.Sigmoid;

    /// <summary>Attributes with a probability below this are dropped.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>At most this many attributes per object (the most probable first).</summary>
    public int MaxAttributes { get; init; } = 5;

    /// <summary>Context around the box, as a share of its width/height on each side.</summary>
    public double CropMargin { get; init; } = 0.05;

    public int Threads { get; init; }

    /// <summary>Reads a labels file (see the remarks of <see cref="OnnxAttributeOptions"/>).</summary>
    public static IReadOnlyList<AttributeLabel> LoadLabels(string path)
    {
        var labels = new List<AttributeLabel>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            labels.Add(new AttributeLabel(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : Runtime.Stdlib.AttributeCategories.Other));
        }
        return labels;
    }
}

/// <summary>
/// An optional slot for a learned attribute classifier (materials, states, ...) on the object's box crop; see
/// <see cref="OnnxAttributeOptions"/> for the interface. Confidence = the activated score. Not thread-safe.
/// </summary>
public sealed class OnnxAttributeClassifier : IDisposable
{
    private readonly OnnxAttributeOptions _options;
    private readonly InferenceSession _session;
    private readonly string _inputName;
    private readonly string _outputName;
    private readonly int _width;
    private readonly int _height;

    /// <exception cref="FileNotFoundException">The model file is missing.</exception>
    /// <exception cref="InvalidDataException">The model's input is not <c>[1, 3, S, S]</c> float.</exception>
    public OnnxAttributeClassifier(OnnxAttributeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.ModelPath)) throw new FileNotFoundException($"attribute model not found: {options.ModelPath}", options.ModelPath);
        _options = options;
        using var sessionOptions = new SessionOptions { IntraOpNumThreads = options.Threads };
        _session = new InferenceSession(options.ModelPath, sessionOptions);
        var (name, meta) = _session.InputMetadata.First();
        var dims = meta.Dimensions;
        if (_session.InputMetadata.Count != 1 || meta.ElementType != typeof(float) || dims.Length != 4 || (dims[1] != 3 && dims[1] > 0))
        {
            _session.Dispose();
            throw new InvalidDataException($"{options.ModelPath}: an attribute classifier has one float32 input [1, 3, S, S], found '{name}' [{string.Join(", ", dims)}]");
        }
        _inputName = name;
        _outputName = _session.OutputMetadata.Keys.First();
        _height = dims[2] > 0 ? dims[2] : options.InputSize;
        _width = dims[3] > 0 ? dims[3] : options.InputSize;
    }

    /// <summary>The attributes of the object in <paramref name="box"/>, most probable first.</summary>
    /// <exception cref="InvalidDataException">The model gives a number of scores other than the number of labels.</exception>
    public IReadOnlyList<AttributeGuess> Classify(StageImage image, Box box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var rect = PixelRect.FromBox(box, image.Width, image.Height);
        if (rect.IsEmpty) return [];
        rect = rect.Inflate((int)Math.Round(rect.Width * _options.CropMargin), (int)Math.Round(rect.Height * _options.CropMargin), image.Width, image.Height);
        var rgb = ImageOps.ResizeRgb(image, rect, _width, _height);
        var plane = _width * _height;
        var tensor = new float[3 * plane];
        for (var i = 0; i < plane; i++)
        {
            for (var c = 0; c < 3; c++) tensor[(c * plane) + i] = ((rgb[(i * 3) + c] / 255f) - _options.Mean[c]) / _options.Std[c];
        }
        using var input = OrtValue.CreateTensorValueFromMemory(tensor, [1, 3, _height, _width]);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, [_inputName], [input], [_outputName]);
        var scores = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        if (scores.Length != _options.Labels.Count)
            throw new InvalidDataException($"{_options.ModelPath}: the model gives {scores.Length} scores but {_options.Labels.Count} labels are configured");
        var probabilities = Activate(scores, _options.Activation);
        return probabilities
            .Select((p, k) => (p, k))
            .Where(t => t.p >= _options.Threshold)
            .OrderByDescending(t => t.p).ThenBy(t => t.k)
            .Take(_options.MaxAttributes)
            .Select(t => new AttributeGuess(_options.Labels[t.k].Name, _options.Labels[t.k].Category, t.p, "classifier"))
            .ToArray();
    }

    private static double[] Activate(float[] scores, ScoreActivation activation)
    {
        switch (activation)
        {
            case ScoreActivation.Sigmoid:
                return scores.Select(s => 1.0 / (1.0 + Math.Exp(-s))).ToArray();
            case ScoreActivation.Softmax:
                var max = scores.Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                var sum = exp.Sum();
                return exp.Select(e => e / sum).ToArray();
            default:
                return scores.Select(s => (double)s).ToArray();
        }
    }

    public void Dispose() => _session.Dispose();
}

using Microsoft.ML.OnnxRuntime;
using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Depth;

/// <summary>
/// Settings of <see cref="OnnxDepthEstimator"/>. Defaults fit Depth-Anything (v1/v2) exports: ImageNet
/// normalisation, sides a multiple of 14, relative inverse depth (larger = closer).
/// </summary>
/// <remarks>
/// Expected I/O: one float32 input <c>[1, 3, H, W]</c> (RGB, <c>(v/255 - Mean) / Std</c> per channel); one float32
/// output <c>[1, H', W']</c>, <c>[1, 1, H', W']</c> or <c>[H', W']</c>: relative depth, any scale. When the model
/// declares a fixed input size, the image is resized to it (aspect not kept); when the spatial dimensions are dynamic,
/// the image is scaled so that its shorter side is <see cref="InputSize"/> and each side is rounded to a multiple of
/// <see cref="SizeMultiple"/>. The output is resized back to the image (bilinear).
/// </remarks>
public sealed record OnnxDepthOptions
{
    /// <summary>The model (.onnx).</summary>
    public required string ModelPath { get; init; }

    /// <summary>Shorter side of the model input when the model's spatial dimensions are dynamic (518 for Depth Anything).</summary>
    public int InputSize { get; init; } = 518;

    /// <summary>Each input side is rounded to a multiple of this (the ViT patch size, 14, for Depth Anything); 1 = no rounding.</summary>
    public int SizeMultiple { get; init; } = 14;

    /// <summary>Per-channel mean (R, G, B) on the 0-1 scale.</summary>
    public float[] Mean { get; init; } = [0.485f, 0.456f, 0.406f];

    /// <summary>Per-channel standard deviation (R, G, B) on the 0-1 scale.</summary>
    public float[] Std { get; init; } = [0.229f, 0.224f, 0.225f];

    /// <summary>What the model's larger values mean: disparity models (Depth Anything, MiDaS) are larger = closer; metric models larger = farther.</summary>
    public DepthConvention Convention { get; init; } = DepthConvention.LargerIsCloser;

    /// <summary>
    /// Rescale the output per image to 0..255 and round (min to 0, max to 255), the form of the reference data. Then an
    /// object's depth (the mode over its mask) is meaningful, and the generators' 0-255 thresholds apply as they are.
    /// False keeps the raw values (their range is reported).
    /// </summary>
    public bool Quantize { get; init; } = true;

    /// <summary>Output to read; null = the model's first output.</summary>
    public string? OutputName { get; init; }

    /// <summary>ONNX Runtime intra-op threads (0 = ONNX Runtime's default).</summary>
    public int Threads { get; init; }
}

/// <summary>A depth map at the image's size, its convention, and the range its values lie in.</summary>
/// <param name="Map">Row-major values, indexed [x, y], with the convention the model was declared with.</param>
/// <param name="Range">0..255 when quantized; else the observed minimum and maximum.</param>
public sealed record DepthEstimate(DepthMap Map, DepthRange Range)
{
    public DepthConvention Convention => Map.Convention;
}

/// <summary>
/// Relative depth from a Depth-Anything-style ONNX model (see <see cref="OnnxDepthOptions"/> for the I/O).
/// Not thread-safe: use one instance per worker.
/// </summary>
public sealed class OnnxDepthEstimator : IDisposable
{
    private readonly OnnxDepthOptions _options;
    private readonly InferenceSession _session;
    private readonly string _inputName;
    private readonly string _outputName;
    private readonly int _fixedWidth;
    private readonly int _fixedHeight;

    /// <exception cref="FileNotFoundException">The model file is missing.</exception>
    /// <exception cref="InvalidDataException">The model's input is not <c>[1, 3, H, W]</c> float, or the named output is missing.</exception>
    public OnnxDepthEstimator(OnnxDepthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.ModelPath)) throw new FileNotFoundException($"depth model not found: {options.ModelPath}", options.ModelPath);
        _options = options;
        using var sessionOptions = new SessionOptions { IntraOpNumThreads = options.Threads };
        _session = new InferenceSession(options.ModelPath, sessionOptions);
        try
        {
            if (_session.InputMetadata.Count != 1)
                throw new InvalidDataException($"{options.ModelPath}: a depth model has one input, this one has {_session.InputMetadata.Count} ({string.Join(", ", _session.InputMetadata.Keys)})");
            var (name, meta) = _session.InputMetadata.First();
            var dims = meta.Dimensions;
            if (meta.ElementType != typeof(float) || dims.Length != 4 || (dims[1] != 3 && dims[1] > 0))
                throw new InvalidDataException($"{options.ModelPath}: input '{name}' must be float32 [1, 3, H, W], found {meta.ElementType.Name} [{string.Join(", ", dims)}]");
            _inputName = name;
            _fixedHeight = dims[2] > 0 ? dims[2] : 0;
            _fixedWidth = dims[3] > 0 ? dims[3] : 0;
            _outputName = options.OutputName ?? _session.OutputMetadata.Keys.First();
            if (!_session.OutputMetadata.ContainsKey(_outputName))
                throw new InvalidDataException($"{options.ModelPath}: no output named '{_outputName}' (outputs: {string.Join(", ", _session.OutputMetadata.Keys)})");
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    public OnnxDepthOptions Options => _options;

    /// <summary>The model input size used for an image of <paramref name="width"/> x <paramref name="height"/>.</summary>
    public (int Width, int Height) InputSizeFor(int width, int height)
    {
        if (_fixedWidth > 0 && _fixedHeight > 0) return (_fixedWidth, _fixedHeight);
        var scale = (double)_options.InputSize / Math.Min(width, height);
        var m = Math.Max(1, _options.SizeMultiple);
        int Round(double v) => Math.Max(m, (int)Math.Round(v / m) * m);
        var w = _fixedWidth > 0 ? _fixedWidth : Round(width * scale);
        var h = _fixedHeight > 0 ? _fixedHeight : Round(height * scale);
        return (w, h);
    }

    /// <summary>Runs the model and returns the depth map at the image's size.</summary>
    /// <exception cref="InvalidDataException">The output has a shape other than <c>[1, H', W']</c>, <c>[1, 1, H', W']</c> or <c>[H', W']</c>.</exception>
    public DepthEstimate Estimate(StageImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (w, h) = InputSizeFor(image.Width, image.Height);
        var rgb = ImageOps.ResizeRgb(image, w, h);
        var plane = w * h;
        var tensor = new float[3 * plane];
        for (var i = 0; i < plane; i++)
        {
            for (var c = 0; c < 3; c++) tensor[(c * plane) + i] = ((rgb[(i * 3) + c] / 255f) - _options.Mean[c]) / _options.Std[c];
        }

        using var input = OrtValue.CreateTensorValueFromMemory(tensor, [1, 3, h, w]);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, [_inputName], [input], [_outputName]);
        var shape = outputs[0].GetTensorTypeAndShape().Shape;
        var (oh, ow) = OutputSize(shape);
        var raw = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        var values = ow == image.Width && oh == image.Height
            ? raw
            : ImageOps.ResizePlane(raw, ow, oh, new PixelRect(0, 0, ow, oh), image.Width, image.Height);
        return Finish(values, image.Width, image.Height, _options.Convention, _options.Quantize);
    }

    private (int Height, int Width) OutputSize(long[] shape)
    {
        bool Ones(int count) => shape.Take(count).All(d => d == 1);
        return shape.Length switch
        {
            2 => ((int)shape[0], (int)shape[1]),
            3 when Ones(1) => ((int)shape[1], (int)shape[2]),
            4 when Ones(2) => ((int)shape[2], (int)shape[3]),
            _ => throw new InvalidDataException(
                $"{_options.ModelPath}: output '{_outputName}' has shape [{string.Join(", ", shape)}]; a depth model gives [1, H, W] or [1, 1, H, W]"),
        };
    }

    /// <summary>Wraps values as a map; with <paramref name="quantize"/>, rescales them to 0..255 integers first (NaN stays NaN).</summary>
    public static DepthEstimate Finish(float[] values, int width, int height, DepthConvention convention, bool quantize)
    {
        ArgumentNullException.ThrowIfNull(values);
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        foreach (var v in values)
        {
            if (!float.IsFinite(v)) continue;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (min > max) { min = 0; max = 0; }
        if (!quantize) return new DepthEstimate(new DepthMap(width, height, values, convention), new DepthRange(min, max));
        var span = max - min;
        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i])) { values[i] = float.NaN; continue; }
            values[i] = span > 0 ? MathF.Round((values[i] - min) / span * 255f) : 0f;
        }
        return new DepthEstimate(new DepthMap(width, height, values, convention), new DepthRange(0, 255));
    }

    public void Dispose() => _session.Dispose();
}

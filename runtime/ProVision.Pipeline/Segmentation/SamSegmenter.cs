using Microsoft.ML.OnnxRuntime;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>
/// Settings of <see cref="SamSegmenter"/>: two ONNX files and the names of their inputs and outputs. The defaults
/// follow Segment Anything's own export (<c>scripts/export_onnx_model.py</c> for the decoder, the image encoder
/// exported separately), which MobileSAM's export also follows; ports with other tensor names set them here.
/// </summary>
/// <remarks>
/// Expected I/O:
/// <list type="bullet">
/// <item>Encoder: input <see cref="EncoderInput"/> float32 <c>[1, 3, S, S]</c> (S = <see cref="InputSize"/>, 1024 for SAM):
/// the image resized so that its longer side is S (aspect kept), normalised per channel as
/// <c>(v - PixelMean) / PixelStd</c> on the 0-255 scale, padded with zeros at the right and bottom. Output
/// <see cref="EncoderOutput"/>: the embeddings, any shape, passed to the decoder unchanged.</item>
/// <item>Decoder inputs (each fed only if the model declares it): <c>image_embeddings</c>; <c>point_coords</c> float32
/// <c>[1, 2, 2]</c> = the box's top-left and bottom-right corners in the S x S input frame; <c>point_labels</c> float32
/// <c>[1, 2]</c> = <c>[2, 3]</c> (SAM's box-corner labels); <c>mask_input</c> float32 <c>[1, 1, S/4, S/4]</c> zeros;
/// <c>has_mask_input</c> float32 <c>[1]</c> = 0; <c>orig_im_size</c> float32 <c>[2]</c> = (H, W). Any other declared
/// input is an error naming it.</item>
/// <item>Decoder output <see cref="MaskOutput"/>: float32 logits <c>[1, K, h, w]</c> (or <c>[K, h, w]</c>, <c>[h, w]</c>).
/// When (h, w) equals the image size (SAM's export, which uses <c>orig_im_size</c>) it is used as is; otherwise it is
/// taken to cover the padded S x S input frame (e.g. SAM's 256 x 256 <c>low_res_masks</c>): the valid part is cropped
/// and resized to the image. With K &gt; 1 the mask with the highest <see cref="ScoreOutput"/> wins (the first when the
/// model has no such output). Pixels with logit &gt; <see cref="MaskThreshold"/> are the mask.</item>
/// </list>
/// </remarks>
public sealed record SamOptions
{
    /// <summary>The image encoder (.onnx).</summary>
    public required string EncoderPath { get; init; }

    /// <summary>The prompt decoder (.onnx).</summary>
    public required string DecoderPath { get; init; }

    /// <summary>Side of the square encoder input (1024 for SAM). When the encoder declares a fixed size, that size wins.</summary>
    public int InputSize { get; init; } = 1024;

    /// <summary>Per-channel mean (R, G, B) on the 0-255 scale.</summary>
    public float[] PixelMean { get; init; } = [123.675f, 116.28f, 103.53f];

    /// <summary>Per-channel standard deviation (R, G, B) on the 0-255 scale.</summary>
    public float[] PixelStd { get; init; } = [58.395f, 57.12f, 57.375f];

    public string EncoderInput { get; init; } = "image";
    public string EncoderOutput { get; init; } = "image_embeddings";
    public string MaskOutput { get; init; } = "masks";
    public string ScoreOutput { get; init; } = "iou_predictions";

    /// <summary>Logit above which a pixel is in the mask.</summary>
    public float MaskThreshold { get; init; }

    /// <summary>A mask smaller than this share of its box is taken as a failure (the chain falls back).</summary>
    public double MinForegroundShare { get; init; } = 0.02;

    /// <summary>ONNX Runtime intra-op threads (0 = ONNX Runtime's default).</summary>
    public int Threads { get; init; }
}

/// <summary>
/// Box-prompted masks from a SAM-family encoder/decoder pair in ONNX (see <see cref="SamOptions"/> for the I/O).
/// The encoder runs once per image (the last image's embeddings are kept), the decoder once per box.
/// Not thread-safe: use one instance per worker.
/// </summary>
public sealed class SamSegmenter : IBoxPromptedSegmenter, IDisposable
{
    private readonly SamOptions _options;
    private readonly InferenceSession _encoder;
    private readonly InferenceSession _decoder;
    private readonly int _size;
    private StageImage? _cachedImage;
    private float[]? _cachedEmbeddings;
    private long[]? _cachedEmbeddingShape;

    /// <exception cref="FileNotFoundException">A model file is missing.</exception>
    /// <exception cref="InvalidDataException">A model lacks a named input or output, or declares an input this stage cannot feed.</exception>
    public SamSegmenter(SamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        foreach (var path in new[] { options.EncoderPath, options.DecoderPath })
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"SAM model file not found: {path}", path);
        }
        using var sessionOptions = new SessionOptions { IntraOpNumThreads = options.Threads };
        _encoder = new InferenceSession(options.EncoderPath, sessionOptions);
        _decoder = new InferenceSession(options.DecoderPath, sessionOptions);
        try
        {
            if (!_encoder.InputMetadata.TryGetValue(options.EncoderInput, out var input))
                throw new InvalidDataException($"{options.EncoderPath}: no input named '{options.EncoderInput}' (inputs: {string.Join(", ", _encoder.InputMetadata.Keys)}); set SamOptions.EncoderInput");
            if (!_encoder.OutputMetadata.ContainsKey(options.EncoderOutput))
                throw new InvalidDataException($"{options.EncoderPath}: no output named '{options.EncoderOutput}' (outputs: {string.Join(", ", _encoder.OutputMetadata.Keys)}); set SamOptions.EncoderOutput");
            if (!_decoder.OutputMetadata.ContainsKey(options.MaskOutput))
                throw new InvalidDataException($"{options.DecoderPath}: no output named '{options.MaskOutput}' (outputs: {string.Join(", ", _decoder.OutputMetadata.Keys)}); set SamOptions.MaskOutput");
            foreach (var name in _decoder.InputMetadata.Keys)
            {
                if (name != options.EncoderOutput && Array.IndexOf(KnownDecoderInputs, name) < 0)
                    throw new InvalidDataException($"{options.DecoderPath}: decoder input '{name}' is not one this stage feeds ({options.EncoderOutput}, {string.Join(", ", KnownDecoderInputs)})");
            }
            var dims = input.Dimensions;
            _size = dims.Length == 4 && dims[2] > 0 && dims[3] > 0 ? Math.Max(dims[2], dims[3]) : options.InputSize;
        }
        catch
        {
            _encoder.Dispose();
            _decoder.Dispose();
            throw;
        }
    }

    private static readonly string[] KnownDecoderInputs = ["point_coords", "point_labels", "mask_input", "has_mask_input", "orig_im_size"];

    public string Name => "sam";

    /// <summary>The encoder's input side actually used.</summary>
    public int InputSize => _size;

    public ObjectMask? TrySegment(StageImage image, Box box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var rect = PixelRect.FromBox(box, image.Width, image.Height);
        if (rect.IsEmpty) return null;
        var pixels = SegmentPixels(image, box);
        long area = 0;
        foreach (var p in pixels) area += p;
        if (area < _options.MinForegroundShare * rect.Area) return null;
        return ObjectMask.FromPixels(pixels, image.Width, image.Height, MaskSource.Sam);
    }

    /// <summary>The row-major 0/1 mask at the image's size.</summary>
    public byte[] SegmentPixels(StageImage image, Box box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (embeddings, shape) = Embed(image);
        var inputs = new List<(string Name, OrtValue Value)>();
        try
        {
            var (coords, labels) = BoxPrompt(box, image.Width, image.Height, _size);
            foreach (var name in _decoder.InputMetadata.Keys)
            {
                var value = name switch
                {
                    _ when name == _options.EncoderOutput => OrtValue.CreateTensorValueFromMemory(embeddings, shape),
                    "point_coords" => OrtValue.CreateTensorValueFromMemory(coords, [1, 2, 2]),
                    "point_labels" => OrtValue.CreateTensorValueFromMemory(labels, [1, 2]),
                    "mask_input" => OrtValue.CreateTensorValueFromMemory(new float[(_size / 4) * (_size / 4)], [1, 1, _size / 4, _size / 4]),
                    "has_mask_input" => OrtValue.CreateTensorValueFromMemory(new float[] { 0 }, [1]),
                    "orig_im_size" => OrtValue.CreateTensorValueFromMemory(new float[] { image.Height, image.Width }, [2]),
                    _ => throw new InvalidOperationException($"unexpected decoder input {name}"),
                };
                inputs.Add((name, value));
            }
            var outputNames = _decoder.OutputMetadata.ContainsKey(_options.ScoreOutput)
                ? new[] { _options.MaskOutput, _options.ScoreOutput }
                : new[] { _options.MaskOutput };
            using var runOptions = new RunOptions();
            using var outputs = _decoder.Run(runOptions, inputs.Select(i => i.Name).ToArray(), inputs.Select(i => i.Value).ToArray(), outputNames);
            var maskShape = outputs[0].GetTensorTypeAndShape().Shape;
            var logits = outputs[0].GetTensorDataAsSpan<float>();
            var (k, h, w) = maskShape.Length switch
            {
                4 => ((int)(maskShape[0] * maskShape[1]), (int)maskShape[2], (int)maskShape[3]),
                3 => ((int)maskShape[0], (int)maskShape[1], (int)maskShape[2]),
                2 => (1, (int)maskShape[0], (int)maskShape[1]),
                _ => throw new InvalidDataException($"{_options.DecoderPath}: output '{_options.MaskOutput}' has shape [{string.Join(", ", maskShape)}]; expected [1, K, h, w]"),
            };
            var best = 0;
            if (k > 1 && outputs.Count > 1)
            {
                var scores = outputs[1].GetTensorDataAsSpan<float>();
                for (var i = 1; i < Math.Min(k, scores.Length); i++) if (scores[i] > scores[best]) best = i;
            }
            var plane = logits.Slice(best * h * w, h * w).ToArray();
            return ToImageMask(plane, w, h, image.Width, image.Height, _options.MaskThreshold);
        }
        finally
        {
            foreach (var (_, value) in inputs) value.Dispose();
        }
    }

    /// <summary>
    /// SAM's box prompt: the corners (x1, y1) and (x2, y2) scaled into the encoder frame (longer side = <paramref name="size"/>),
    /// with labels 2 (top-left) and 3 (bottom-right).
    /// </summary>
    public static (float[] Coords, float[] Labels) BoxPrompt(Box box, int imageWidth, int imageHeight, int size)
    {
        var scale = (float)size / Math.Max(imageWidth, imageHeight);
        return ([(float)box.X1 * scale, (float)box.Y1 * scale, (float)box.X2 * scale, (float)box.Y2 * scale], [2f, 3f]);
    }

    private (float[] Data, long[] Shape) Embed(StageImage image)
    {
        if (ReferenceEquals(image, _cachedImage) && _cachedEmbeddings is not null) return (_cachedEmbeddings, _cachedEmbeddingShape!);
        var tensor = Preprocess(image, _size, _options.PixelMean, _options.PixelStd);
        using var input = OrtValue.CreateTensorValueFromMemory(tensor, [1, 3, _size, _size]);
        using var runOptions = new RunOptions();
        using var outputs = _encoder.Run(runOptions, [_options.EncoderInput], [input], [_options.EncoderOutput]);
        _cachedEmbeddings = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        _cachedEmbeddingShape = outputs[0].GetTensorTypeAndShape().Shape;
        _cachedImage = image;
        return (_cachedEmbeddings, _cachedEmbeddingShape);
    }

    /// <summary>Longer side to <paramref name="size"/>, normalise, pad right/bottom with zeros, NCHW.</summary>
    internal static float[] Preprocess(StageImage image, int size, float[] mean, float[] std)
    {
        var scale = (double)size / Math.Max(image.Width, image.Height);
        var w = Math.Max(1, (int)Math.Round(image.Width * scale));
        var h = Math.Max(1, (int)Math.Round(image.Height * scale));
        var resized = ImageOps.ResizeRgb(image, w, h);
        var tensor = new float[3 * size * size];
        var plane = size * size;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var s = ((y * w) + x) * 3;
                var d = (y * size) + x;
                for (var c = 0; c < 3; c++) tensor[(c * plane) + d] = (resized[s + c] - mean[c]) / std[c];
            }
        }
        return tensor;
    }

    /// <summary>A logit plane to an image-size 0/1 mask (see <see cref="SamOptions"/> for the two frames).</summary>
    internal static byte[] ToImageMask(float[] plane, int w, int h, int imageWidth, int imageHeight, float threshold)
    {
        float[] full;
        if (w == imageWidth && h == imageHeight)
        {
            full = plane;
        }
        else
        {
            // The plane covers the padded square frame: crop the part the image occupies, then resize.
            var scale = (double)Math.Max(imageWidth, imageHeight);
            var validW = Math.Clamp((int)Math.Round(w * imageWidth / scale), 1, w);
            var validH = Math.Clamp((int)Math.Round(h * imageHeight / scale), 1, h);
            full = ImageOps.ResizePlane(plane, w, h, new PixelRect(0, 0, validW, validH), imageWidth, imageHeight);
        }
        var mask = new byte[imageWidth * imageHeight];
        for (var i = 0; i < mask.Length; i++) mask[i] = full[i] > threshold ? (byte)1 : (byte)0;
        return mask;
    }

    public void Dispose()
    {
        _encoder.Dispose();
        _decoder.Dispose();
    }
}

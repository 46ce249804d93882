using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using ProVision.Pipeline.Detection.Decoders;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;

namespace ProVision.Pipeline.Detection;

/// <summary>
/// A detector backed by an ONNX model of one of the <see cref="DetectorFamily"/> families: preprocesses
/// (resize or letterbox, channel order, normalisation), runs the session, decodes, applies NMS, names,
/// renames, filters, clips and caps the objects. Thread-safe: one instance serves every worker.
/// </summary>
public sealed class OnnxDetector : IDetector
{
    private readonly InferenceSession _session;
    private readonly string _imageInput;
    private readonly string? _sizeInput;
    private readonly TensorLayout _layout;
    private readonly bool _dynamicBatch;
    private readonly string[] _outputNames;

    [ThreadStatic] private static float[]? t_buffer;

    /// <exception cref="ModelException">The model cannot be loaded or does not look like a <paramref name="spec"/> model.</exception>
    /// <exception cref="DeviceUnavailableException">The device in <paramref name="inference"/> is not available.</exception>
    public OnnxDetector(string modelPath, DetectorSpec spec, DetectorOptions? options = null, InferenceOptions? inference = null, string? name = null)
    {
        Spec = spec ?? throw new ArgumentNullException(nameof(spec));
        Options = options ?? DetectorOptions.Default;
        Name = name ?? Path.GetFileNameWithoutExtension(modelPath);
        _session = OnnxSessions.Open(modelPath, inference ?? InferenceOptions.Default);
        try
        {
            (_imageInput, _sizeInput, _layout, InputWidth, InputHeight, _dynamicBatch) = InspectInputs(modelPath);
            _outputNames = ChooseOutputs(modelPath);
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    public string Name { get; }
    public DetectorSpec Spec { get; }
    public DetectorOptions Options { get; }
    public int InputWidth { get; }
    public int InputHeight { get; }

    /// <summary>Models with a dynamic batch dimension take up to 64 images per run; others one.</summary>
    public int MaxBatch => _dynamicBatch ? 64 : 1;

    public IReadOnlyList<DetectedObject> Detect(RgbImage image) => DetectBatch([image])[0];

    public IReadOnlyList<IReadOnlyList<DetectedObject>> DetectBatch(IReadOnlyList<RgbImage> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var results = new List<IReadOnlyList<DetectedObject>>(images.Count);
        for (var start = 0; start < images.Count; start += MaxBatch)
        {
            var count = Math.Min(MaxBatch, images.Count - start);
            results.AddRange(RunBatch(images.Skip(start).Take(count).ToList()));
        }
        return results;
    }

    private List<IReadOnlyList<DetectedObject>> RunBatch(IReadOnlyList<RgbImage> images)
    {
        var n = images.Count;
        var perImage = InputWidth * InputHeight * 3;
        var length = perImage * n;
        var buffer = t_buffer is { } cached && cached.Length == length ? cached : t_buffer = new float[length];
        var transforms = new ResizeTransform[n];
        for (var i = 0; i < n; i++)
        {
            var (fitted, transform) = ImageResizer.Fit(images[i], InputWidth, InputHeight, Spec.Resize, Spec.PadValue);
            transforms[i] = transform;
            TensorBuilder.Write(fitted, buffer.AsSpan(i * perImage, perImage), Spec.Channels, Spec.Normalization, _layout);
        }

        long[] shape = _layout == TensorLayout.Nchw ? [n, 3, InputHeight, InputWidth] : [n, InputHeight, InputWidth, 3];
        var inputNames = new List<string> { _imageInput };
        using var imageValue = OrtValue.CreateTensorValueFromMemory(buffer, shape);
        var inputValues = new List<OrtValue> { imageValue };
        OrtValue? sizeValue = null;
        try
        {
            if (_sizeInput is not null)
            {
                var sizes = new long[n * 2];
                for (var i = 0; i < n; i++)
                {
                    sizes[i * 2] = images[i].Width;
                    sizes[(i * 2) + 1] = images[i].Height;
                }
                sizeValue = OrtValue.CreateTensorValueFromMemory(sizes, [n, 2]);
                inputNames.Add(_sizeInput);
                inputValues.Add(sizeValue);
            }

            using var runOptions = new RunOptions();
            using var outputs = _session.Run(runOptions, inputNames, inputValues, _outputNames);
            var results = new List<IReadOnlyList<DetectedObject>>(n);
            for (var i = 0; i < n; i++)
            {
                var candidates = Decode(outputs, i, n, transforms[i]);
                results.Add(DetectionPostprocessor.Finish(candidates, Spec.Classes, Options.NmsIou ?? Spec.NmsIou, Options, images[i].Width, images[i].Height));
            }
            return results;
        }
        finally
        {
            sizeValue?.Dispose();
        }
    }

    private float Threshold => (float)(Options.ScoreThreshold ?? Spec.ScoreThreshold);

    private List<Candidate> Decode(IReadOnlyList<OrtValue> outputs, int index, int batch, ResizeTransform transform)
    {
        switch (Spec.Family)
        {
            case DetectorFamily.Detr when _outputNames[0] == "labels":
            {
                var labels = Slice<long>(outputs[0], index, batch, out _);
                var boxes = Slice<float>(outputs[1], index, batch, out _);
                var scores = Slice<float>(outputs[2], index, batch, out _);
                return DetrDecoder.DecodeLabelsBoxesScores(labels, boxes, scores, Threshold, Spec.Boxes, InputWidth, InputHeight, transform);
            }
            case DetectorFamily.Detr:
            {
                var logits = Slice<float>(outputs[0], index, batch, out var logitShape);
                var boxes = Slice<float>(outputs[1], index, batch, out _);
                return DetrDecoder.DecodeLogits(logits, boxes, (int)logitShape[^1], Threshold, Spec.Boxes, InputWidth, InputHeight, transform);
            }
            case DetectorFamily.Yolox:
            {
                var data = Slice<float>(outputs[0], index, batch, out var shape);
                return YoloxDecoder.Decode(data, (int)shape[^2], (int)shape[^1], InputWidth, InputHeight, Spec.Strides, Spec.Decoded, Threshold, transform);
            }
            case DetectorFamily.NanoDet:
                return DecodeNanoDet(outputs, index, batch, transform);
            case DetectorFamily.FastestDet:
            {
                var data = Slice<float>(outputs[0], index, batch, out var shape);
                return FastestDetDecoder.Decode(data, (int)shape[^3], (int)shape[^2], (int)shape[^1], InputWidth, InputHeight, Threshold, transform);
            }
            default:
            {
                var data = Slice<float>(outputs[0], index, batch, out var shape);
                var (a, b) = ((int)shape[^2], (int)shape[^1]);
                var classes = Spec.Classes.Count;
                var channelMajor = a == 4 + classes || (b != 4 + classes && a < b);
                return YoloV8Decoder.Decode(data, (channelMajor ? a : b) - 4, channelMajor ? b : a, channelMajor, Threshold, transform);
            }
        }
    }

    private List<Candidate> DecodeNanoDet(IReadOnlyList<OrtValue> outputs, int index, int batch, ResizeTransform transform)
    {
        var levels = new List<NanoDetLevel>();
        var bins = 4 * (Spec.RegMax + 1);
        int classes;
        if (_outputNames.Length == 1)
        {
            // NanoDet-Plus style: one output [cells, C + 4 * (reg_max + 1)] with every level's cells in stride order.
            var data = Slice<float>(outputs[0], index, batch, out var shape);
            var row = (int)shape[^1];
            classes = row - bins;
            var offset = 0;
            foreach (var stride in Spec.Strides)
            {
                var cells = ((InputWidth + stride - 1) / stride) * ((InputHeight + stride - 1) / stride);
                var scores = new float[cells * classes];
                var distances = new float[cells * bins];
                for (var c = 0; c < cells && offset + c < data.Length / row; c++)
                {
                    data.Slice((offset + c) * row, classes).CopyTo(scores.AsSpan(c * classes));
                    data.Slice(((offset + c) * row) + classes, bins).CopyTo(distances.AsSpan(c * bins));
                }
                offset += cells;
                levels.Add(new NanoDetLevel(stride, scores, distances));
            }
        }
        else
        {
            classes = 0;
            for (var i = 0; i < Spec.Strides.Count; i++)
            {
                var scores = Slice<float>(outputs[i], index, batch, out var scoreShape).ToArray();
                classes = (int)scoreShape[^1];
                var distances = Slice<float>(outputs[Spec.Strides.Count + i], index, batch, out _).ToArray();
                levels.Add(new NanoDetLevel(Spec.Strides[i], scores, distances));
            }
        }
        return NanoDetDecoder.Decode(levels, classes, Spec.RegMax, InputWidth, InputHeight, Threshold, transform);
    }

    /// <summary>Image <paramref name="index"/>'s part of a batched output, and the output's shape.</summary>
    private static ReadOnlySpan<T> Slice<T>(OrtValue value, int index, int batch, out long[] shape) where T : unmanaged
    {
        shape = value.GetTensorTypeAndShape().Shape;
        var all = value.GetTensorDataAsSpan<T>();
        var per = all.Length / batch;
        return all.Slice(index * per, per);
    }

    private (string Image, string? Size, TensorLayout Layout, int Width, int Height, bool DynamicBatch) InspectInputs(string modelPath)
    {
        string? image = null;
        string? size = null;
        int[] dims = [];
        foreach (var (name, meta) in _session.InputMetadata)
        {
            if (meta.ElementDataType == TensorElementType.Float && meta.Dimensions.Length == 4 && image is null)
            {
                image = name;
                dims = meta.Dimensions;
            }
            else if (meta.ElementDataType == TensorElementType.Int64 && meta.Dimensions.Length == 2 && meta.Dimensions[1] is 2 or -1)
            {
                size = name;
            }
            else
            {
                throw new ModelException($"{modelPath}: input '{name}' ({meta.ElementDataType} [{string.Join(", ", meta.Dimensions)}]) is neither an image [N, 3, H, W] nor original sizes [N, 2]");
            }
        }
        if (image is null) throw new ModelException($"{modelPath}: the model has no float image input [N, 3, H, W]");

        var layout = dims[1] == 3 || dims[3] != 3 ? TensorLayout.Nchw : TensorLayout.Nhwc;
        var (modelHeight, modelWidth) = layout == TensorLayout.Nchw ? (dims[2], dims[3]) : (dims[1], dims[2]);
        int width, height;
        if (Spec.InputSize is { } configured)
        {
            if ((modelWidth > 0 && modelWidth != configured.Width) || (modelHeight > 0 && modelHeight != configured.Height))
                throw new ModelException($"{modelPath}: input_size is [{configured.Width}, {configured.Height}] but the model takes {modelWidth}x{modelHeight}; remove input_size or correct it");
            (width, height) = configured;
        }
        else if (modelWidth > 0 && modelHeight > 0)
        {
            (width, height) = (modelWidth, modelHeight);
        }
        else
        {
            throw new ModelException($"{modelPath}: the model's input size is dynamic; give input_size: [width, height] in the detect section");
        }
        if (Spec.Family == DetectorFamily.Detr && Spec.Boxes == DetrBoxFormat.XyxyOriginal && size is null)
            throw new ModelException($"{modelPath}: boxes: xyxy-original needs an original-size input (orig_target_sizes), and this model has none; set boxes: xyxy-input or cxcywh-normalized");
        return (image, size, layout, width, height, dims[0] <= 0);
    }

    private string[] ChooseOutputs(string modelPath)
    {
        var names = _session.OutputNames;
        string Listed() => string.Join(", ", _session.OutputMetadata.Select(o => $"{o.Key} [{string.Join(", ", o.Value.Dimensions)}]"));
        switch (Spec.Family)
        {
            case DetectorFamily.Detr:
                if (new[] { "labels", "boxes", "scores" }.All(names.Contains)) return ["labels", "boxes", "scores"];
                if (new[] { "logits", "pred_boxes" }.All(names.Contains)) return ["logits", "pred_boxes"];
                throw new ModelException($"{modelPath}: a detr-family model needs outputs labels/boxes/scores or logits/pred_boxes; this one has {Listed()}");
            case DetectorFamily.NanoDet:
                var perLevel = Spec.Strides.Select(s => $"cls_pred_stride_{s}").Concat(Spec.Strides.Select(s => $"dis_pred_stride_{s}")).ToArray();
                if (perLevel.All(names.Contains)) return perLevel;
                if (names.Count == 1 && _session.OutputMetadata[names[0]].Dimensions.Length == 3) return [names[0]];
                throw new ModelException($"{modelPath}: a nanodet-family model needs outputs {string.Join(", ", perLevel)} (or one combined output); this one has {Listed()}");
            default:
                var meta = _session.OutputMetadata[names[0]];
                var rank = Spec.Family == DetectorFamily.FastestDet ? 4 : 3;
                if (meta.Dimensions.Length != rank)
                    throw new ModelException($"{modelPath}: a {DetectorSpec.FamilyName(Spec.Family)}-family model's first output must have {rank} dimensions; this one has {Listed()}");
                return [names[0]];
        }
    }

    public void Dispose() => _session.Dispose();
}

using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection.Decoders;
using ProVision.Pipeline.Imaging;

namespace ProVision.Pipeline.Detection;

/// <summary>The output families the ONNX detector can decode.</summary>
public enum DetectorFamily
{
    /// <summary>DETR-style: <c>labels/boxes/scores</c> (DEIMv2, D-FINE, RT-DETR) or <c>logits/pred_boxes</c>; no NMS.</summary>
    Detr,

    /// <summary>YOLOX grid output <c>[1, A, 5 + C]</c>, strides 8/16/32.</summary>
    Yolox,

    /// <summary>NanoDet GFL head: <c>cls_pred_stride_S</c> and <c>dis_pred_stride_S</c> per stride.</summary>
    NanoDet,

    /// <summary>FastestDet <c>[1, 5 + C, H, W]</c>.</summary>
    FastestDet,

    /// <summary>Ultralytics YOLOv8-style <c>[1, 4 + C, N]</c>.</summary>
    YoloV8,
}

/// <summary>
/// How to run one detector model: its output family, input size, preprocessing, class names and defaults.
/// Comes from the model's <c>detector:</c> block in models.yaml; the <c>detect:</c> section of pipeline.yaml
/// may override any key (and must give them for a model file that is not in the registry).
/// </summary>
public sealed record DetectorSpec
{
    /// <summary>The configuration keys <see cref="Parse"/> reads.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["family", "input_size", "resize", "pad_value", "channels", "mean", "std", "classes", "boxes", "strides", "reg_max", "decoded", "score_threshold", "nms_iou"];

    public required DetectorFamily Family { get; init; }

    /// <summary>Model input width and height; null to take them from the model (when its input shape is fixed).</summary>
    public (int Width, int Height)? InputSize { get; init; }

    public ResizeMode Resize { get; init; }
    public byte PadValue { get; init; }
    public ChannelOrder Channels { get; init; }
    public Normalization Normalization { get; init; } = Normalization.UnitRange;
    public IReadOnlyList<string> Classes { get; init; } = ClassNames.Coco80;

    /// <summary>DETR only: how boxes are given.</summary>
    public DetrBoxFormat Boxes { get; init; } = DetrBoxFormat.XyxyOriginal;

    /// <summary>YOLOX and NanoDet: the feature strides, in output order.</summary>
    public IReadOnlyList<int> Strides { get; init; } = [8, 16, 32];

    /// <summary>NanoDet: the largest distance bin (bins = reg_max + 1).</summary>
    public int RegMax { get; init; } = 7;

    /// <summary>YOLOX: boxes were decoded inside the graph (exported with <c>--decode_in_inference</c>).</summary>
    public bool Decoded { get; init; }

    /// <summary>The model's default score threshold.</summary>
    public double ScoreThreshold { get; init; } = 0.4;

    /// <summary>IoU for class-aware NMS; null = no NMS (DETR family).</summary>
    public double? NmsIou { get; init; }

    /// <summary>The usual settings of a family (the reference pre- and post-processing of its public exports).</summary>
    public static DetectorSpec ForFamily(DetectorFamily family) => family switch
    {
        DetectorFamily.Detr => new DetectorSpec { Family = family, Resize = ResizeMode.Stretch, Channels = ChannelOrder.Rgb, Normalization = Normalization.UnitRange, ScoreThreshold = 0.4 },
        DetectorFamily.Yolox => new DetectorSpec { Family = family, Resize = ResizeMode.LetterboxTopLeft, PadValue = 114, Channels = ChannelOrder.Bgr, Normalization = Normalization.Raw, ScoreThreshold = 0.3, NmsIou = 0.45 },
        DetectorFamily.NanoDet => new DetectorSpec
        {
            Family = family, Resize = ResizeMode.Letterbox, PadValue = 0, Channels = ChannelOrder.Bgr,
            Normalization = new Normalization([103.53f, 116.28f, 123.675f], [57.375f, 57.12f, 58.395f]), ScoreThreshold = 0.35, NmsIou = 0.6,
        },
        DetectorFamily.FastestDet => new DetectorSpec { Family = family, Resize = ResizeMode.Stretch, Channels = ChannelOrder.Bgr, Normalization = Normalization.UnitRange, ScoreThreshold = 0.5, NmsIou = 0.45 },
        DetectorFamily.YoloV8 => new DetectorSpec { Family = family, Resize = ResizeMode.Letterbox, PadValue = 114, Channels = ChannelOrder.Rgb, Normalization = Normalization.UnitRange, ScoreThreshold = 0.25, NmsIou = 0.45 },
        _ => throw new ArgumentOutOfRangeException(nameof(family)),
    };

    public static string FamilyName(DetectorFamily family) => family switch
    {
        DetectorFamily.Detr => "detr",
        DetectorFamily.Yolox => "yolox",
        DetectorFamily.NanoDet => "nanodet",
        DetectorFamily.FastestDet => "fastestdet",
        _ => "yolov8",
    };

    /// <summary>
    /// Reads the keys of <see cref="Keys"/> from <paramref name="section"/> on top of <paramref name="basis"/>
    /// (or the family defaults). <paramref name="folder"/> resolves a relative <c>classes</c> file.
    /// </summary>
    /// <exception cref="ConfigException">A bad value, or no family.</exception>
    public static DetectorSpec Parse(ConfigSection section, DetectorSpec? basis, string folder)
    {
        var familyText = section.Choice("family", "detr", "yolox", "nanodet", "fastestdet", "yolov8");
        DetectorSpec spec;
        if (familyText is null)
        {
            spec = basis ?? throw section.Error("family", $"'{section.Name("family")}' is needed for a model that is not in the registry: one of detr, yolox, nanodet, fastestdet, yolov8");
        }
        else
        {
            var family = Enum.GetValues<DetectorFamily>().First(f => FamilyName(f) == familyText);
            spec = basis is not null && basis.Family == family ? basis : ForFamily(family);
        }

        if (section.Numbers("input_size", 2) is { } size)
        {
            if (size.Any(v => v < 1 || v > 8192 || v != Math.Floor(v))) throw section.Error("input_size", $"'{section.Name("input_size")}' must be [width, height] in whole pixels");
            spec = spec with { InputSize = ((int)size[0], (int)size[1]) };
        }
        if (section.Choice("resize", "stretch", "letterbox", "letterbox-top-left") is { } resize)
            spec = spec with { Resize = resize switch { "stretch" => ResizeMode.Stretch, "letterbox" => ResizeMode.Letterbox, _ => ResizeMode.LetterboxTopLeft } };
        if (section.Int("pad_value", 0, 255) is { } pad) spec = spec with { PadValue = (byte)pad };
        if (section.Choice("channels", "rgb", "bgr") is { } channels) spec = spec with { Channels = channels == "rgb" ? ChannelOrder.Rgb : ChannelOrder.Bgr };
        var mean = section.Numbers("mean", 3);
        var std = section.Numbers("std", 3);
        if (std is not null && std.Any(v => v == 0)) throw section.Error("std", $"'{section.Name("std")}' must not contain 0");
        if (mean is not null || std is not null)
        {
            spec = spec with
            {
                Normalization = new Normalization(
                    mean?.Select(v => (float)v).ToArray() ?? spec.Normalization.Mean,
                    std?.Select(v => (float)v).ToArray() ?? spec.Normalization.Std),
            };
        }
        if (section.Has("classes")) spec = spec with { Classes = ParseClasses(section, folder) };
        if (section.Choice("boxes", "xyxy-original", "xyxy-input", "cxcywh-normalized") is { } boxes)
            spec = spec with { Boxes = boxes switch { "xyxy-original" => DetrBoxFormat.XyxyOriginal, "xyxy-input" => DetrBoxFormat.XyxyInput, _ => DetrBoxFormat.CxcywhNormalized } };
        if (section.Numbers("strides") is { } strides)
        {
            if (strides.Length == 0 || strides.Any(s => s < 1 || s != Math.Floor(s))) throw section.Error("strides", $"'{section.Name("strides")}' must be whole numbers like [8, 16, 32]");
            spec = spec with { Strides = strides.Select(s => (int)s).ToArray() };
        }
        if (section.Int("reg_max", 1, 64) is { } regMax) spec = spec with { RegMax = regMax };
        if (section.Bool("decoded") is { } decoded) spec = spec with { Decoded = decoded };
        if (section.Double("score_threshold", 0, 1) is { } threshold) spec = spec with { ScoreThreshold = threshold };
        if (section.Has("nms_iou"))
        {
            var iou = section.String("nms_iou") is "none" ? null : section.Double("nms_iou", 0, 1);
            spec = spec with { NmsIou = iou };
        }
        return spec;
    }

    private static IReadOnlyList<string> ParseClasses(ConfigSection section, string folder)
    {
        var list = section.Strings("classes");
        if (list is null or { Count: 0 }) throw section.Error("classes", $"'{section.Name("classes")}' must be coco80, a names file (one class per line) or a list of names");
        if (list.Count > 1) return list;
        var value = list[0];
        if (ClassNames.BuiltIn.TryGetValue(value, out var builtIn)) return builtIn;
        var path = Path.GetFullPath(Path.Combine(folder, value));
        if (!File.Exists(path))
            throw section.Error("classes", $"'{section.Name("classes")}': '{value}' is neither a built-in list ({string.Join(", ", ClassNames.BuiltIn.Keys)}) nor a file ({path} not found)");
        var names = ClassNames.Load(path);
        if (names.Count == 0) throw section.Error("classes", $"'{section.Name("classes")}': {path} holds no class names");
        return names;
    }
}

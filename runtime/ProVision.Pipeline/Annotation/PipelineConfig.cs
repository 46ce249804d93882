using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Models;

namespace ProVision.Pipeline.Annotation;

/// <summary>The <c>detect:</c> section: which model, how to run it, what to keep.</summary>
public sealed record DetectConfig
{
    /// <summary>The model as written: a registry id or a path.</summary>
    public required string Model { get; init; }

    /// <summary>The registry entry, when the model is one (by id, or a path whose file name is a registry model's).</summary>
    public ModelEntry? Entry { get; init; }

    /// <summary>The file, when the model was given as a path (full path).</summary>
    public string? ModelPath { get; init; }

    public required DetectorSpec Spec { get; init; }
    public required DetectorOptions Options { get; init; }
}

/// <summary>A stage section after <c>detect</c>: the method and the section its factory reads its settings from.</summary>
public sealed record StageConfig(string Stage, string Method, ConfigSection Settings);

/// <summary>
/// pipeline.yaml: the detector and the method of each later stage. <see cref="DefaultText"/> is the documented
/// default (embedded). Unknown keys are errors with line numbers: at load for the detect section and the top level,
/// when the stage is built for each stage's own settings.
/// </summary>
public sealed record PipelineConfig
{
    public const string ResourceName = "ProVision.Pipeline.Annotation.pipeline.yaml";

    private static readonly Lazy<string> s_defaultText = new(() => ModelRegistry.ReadResource(ResourceName));

    public required DetectConfig Detect { get; init; }
    public required StageConfig Segment { get; init; }
    public required StageConfig Depth { get; init; }
    public required StageConfig Attributes { get; init; }
    public required StageConfig Relations { get; init; }

    /// <summary>Where the configuration came from.</summary>
    public required string Source { get; init; }

    /// <summary>The folder relative paths resolve against.</summary>
    public required string Folder { get; init; }

    /// <summary>The text of the built-in pipeline.yaml, comments included.</summary>
    public static string DefaultText => s_defaultText.Value;

    /// <summary>A section of the built-in pipeline.yaml (empty when it has none): where a stage reads a default its section leaves out.</summary>
    public static ConfigSection BuiltInSection(string name) =>
        ConfigSection.Parse(DefaultText, "pipeline.yaml (built in)").Section(name) ?? ConfigSection.Parse("{}", "pipeline.yaml (built in)");

    /// <summary>The built-in configuration.</summary>
    public static PipelineConfig Default(ModelRegistry? registry = null) =>
        Parse(DefaultText, "pipeline.yaml (built in)", Directory.GetCurrentDirectory(), registry);

    /// <exception cref="ConfigException">The file is missing or invalid.</exception>
    public static PipelineConfig Load(string path, ModelRegistry? registry = null)
    {
        var root = ConfigSection.Load(path);
        return Parse(root, Path.GetDirectoryName(Path.GetFullPath(path))!, registry ?? ModelRegistry.Default);
    }

    /// <exception cref="ConfigException">The text is invalid.</exception>
    public static PipelineConfig Parse(string text, string source, string folder, ModelRegistry? registry = null) =>
        Parse(ConfigSection.Parse(text, source), Path.GetFullPath(folder), registry ?? ModelRegistry.Default);

    private static PipelineConfig Parse(ConfigSection root, string folder, ModelRegistry registry)
    {
        // One source of truth for defaults: whatever the file leaves out comes from the built-in pipeline.yaml.
        var defaults = ConfigSection.Parse(DefaultText, "pipeline.yaml (built in)");
        var detect = ParseDetect(root.Section("detect"), defaults.Section("detect")!, root, folder, registry);
        var config = new PipelineConfig
        {
            Detect = detect,
            Segment = ParseStage(root, defaults, "segment", typeof(ISegmenter)),
            Depth = ParseStage(root, defaults, "depth", typeof(IDepthEstimator)),
            Attributes = ParseStage(root, defaults, "attributes", typeof(IAttributeTagger)),
            Relations = ParseStage(root, defaults, "relations", typeof(IRelationFinder)),
            Source = root.Source,
            Folder = folder,
        };
        root.RejectUnknownKeys();
        return config;
    }

    private static DetectConfig ParseDetect(ConfigSection? section, ConfigSection defaults, ConfigSection root, string folder, ModelRegistry registry)
    {
        section ??= ConfigSection.Parse("{}", root.Source);
        var model = section.String("model") ?? defaults.RequiredString("model");
        var entry = registry.Find(model);
        string? path = null;
        if (entry is null)
        {
            if (!StageContext.LooksLikePath(model))
                throw section.Error("model", $"unknown model '{model}'{ConfigSection.Suggest(model, registry.Models.Select(m => m.Id))} (use a detector id from `provision models list`: {string.Join(", ", registry.Models.Where(m => m.Task == "detection").Select(m => m.Id))}; or a path to an .onnx file)");
            path = Path.GetFullPath(Path.Combine(folder, model));
            if (!File.Exists(path)) throw section.Error("model", $"model file {path} not found");
            entry = registry.FindByFile(Path.GetFileName(path));
        }
        else if (entry.Task != "detection")
        {
            throw section.Error("model", $"'{model}' is a {entry.Task} model, not a detector");
        }

        if (entry is null && !section.Has("family"))
        {
            throw section.Error("model",
                $"{path} is not a registry model, so the detect section must say how to run it: add family (detr, yolox, nanodet, fastestdet or yolov8) " +
                "and, where the family defaults do not fit, input_size, resize, channels, mean, std and classes (see docs/pipeline.md)");
        }
        var spec = DetectorSpec.Parse(section, entry?.Detector, folder);
        var options = new DetectorOptions
        {
            ScoreThreshold = section.Double("score_threshold", 0, 1),
            NmsIou = spec.NmsIou,
            MaxObjects = section.Int("max_objects", 1, 10_000) ?? defaults.Int("max_objects", 1, 10_000) ?? new DetectorOptions().MaxObjects,
            MinBoxSize = section.Double("min_box_size", 0, 10_000) ?? defaults.Double("min_box_size", 0, 10_000) ?? new DetectorOptions().MinBoxSize,
            Rename = section.StringMap("rename") ?? new Dictionary<string, string>(),
            Keep = (section.Strings("keep") ?? []).ToHashSet(StringComparer.Ordinal),
            Duplicates = DuplicateRules.Parse(section.Section("duplicates"), defaults.Section("duplicates")),
            Crowds = CrowdRule.Parse(section.Section("crowds"), defaults.Section("crowds")),
        };
        section.RejectUnknownKeys();
        return new DetectConfig { Model = model, Entry = entry, ModelPath = path, Spec = spec, Options = options };
    }

    /// <summary>
    /// A later stage's section. Left out: the built-in section, whole. Given without <c>method</c>: the built-in method,
    /// with the given keys as its settings.
    /// </summary>
    private static StageConfig ParseStage(ConfigSection root, ConfigSection defaults, string stage, Type stageInterface)
    {
        var section = root.Section(stage) ?? defaults.Section(stage) ?? ConfigSection.Parse("{}", root.Source);
        var method = section.String("method") ?? defaults.Section(stage)?.String("method")
            ?? throw new InvalidOperationException($"the built-in pipeline.yaml names no {stage} method");
        var known = StageCatalog.Methods(stageInterface);
        if (!known.Contains(method, StringComparer.Ordinal))
            throw section.Error("method", $"unknown {stage} method '{method}'{ConfigSection.Suggest(method, known)} (known: {string.Join(", ", known)})");
        return new StageConfig(stage, method, section);
    }
}

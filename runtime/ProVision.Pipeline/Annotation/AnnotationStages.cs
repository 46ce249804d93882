using ProVision.Pipeline.Detection;

namespace ProVision.Pipeline.Annotation;

/// <summary>The five stages of a pipeline, built and owned together.</summary>
public sealed class AnnotationStages : IDisposable
{
    /// <summary>Stages built in code; a stage left null does nothing (box masks for segment). pipeline.yaml's defaults are those of the built-in file, see <see cref="Create"/>.</summary>
    public AnnotationStages(IDetector detector, ISegmenter? segmenter = null, IDepthEstimator? depth = null, IAttributeTagger? attributes = null, IRelationFinder? relations = null)
    {
        Detector = detector ?? throw new ArgumentNullException(nameof(detector));
        Segmenter = segmenter ?? new BoxMaskSegmenter();
        Depth = depth ?? new NoDepthEstimator();
        Attributes = attributes ?? new NoAttributeTagger();
        Relations = relations ?? new NoRelationFinder();
    }

    public IDetector Detector { get; }
    public ISegmenter Segmenter { get; }
    public IDepthEstimator Depth { get; }
    public IAttributeTagger Attributes { get; }
    public IRelationFinder Relations { get; }

    /// <summary>Method names per stage for reports (detect: the model).</summary>
    public IReadOnlyDictionary<string, string> Methods { get; init; } = new Dictionary<string, string>();

    /// <summary>Builds every stage <paramref name="config"/> names. Stages built before a failure are disposed.</summary>
    /// <exception cref="Configuration.ConfigException">A stage setting is invalid or unknown.</exception>
    /// <exception cref="Models.ModelException">A model is missing or cannot be loaded.</exception>
    /// <exception cref="Models.DeviceUnavailableException">The device cannot be used.</exception>
    public static AnnotationStages Create(PipelineConfig config, StageContext context)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(context);
        var built = new List<IDisposable>();
        try
        {
            var path = config.Detect.ModelPath ?? context.Store.Require(config.Detect.Entry!);
            var detector = new OnnxDetector(path, config.Detect.Spec, config.Detect.Options, context.Inference, config.Detect.Entry?.Id);
            built.Add(detector);
            var segmenter = Build<ISegmenter>(config.Segment, context, built);
            var depth = Build<IDepthEstimator>(config.Depth, context, built);
            var attributes = Build<IAttributeTagger>(config.Attributes, context, built);
            var relations = Build<IRelationFinder>(config.Relations, context, built);
            return new AnnotationStages(detector, segmenter, depth, attributes, relations)
            {
                Methods = new Dictionary<string, string>
                {
                    ["detect"] = detector.Name,
                    ["segment"] = config.Segment.Method,
                    ["depth"] = config.Depth.Method,
                    ["attributes"] = config.Attributes.Method,
                    ["relations"] = config.Relations.Method,
                },
            };
        }
        catch
        {
            foreach (var stage in built) stage.Dispose();
            throw;
        }
    }

    /// <summary>Builds one later stage from its section; keys its factory did not read are errors.</summary>
    internal static T Build<T>(StageConfig stage, StageContext context, List<IDisposable> built) where T : IDisposable
    {
        var factory = StageCatalog.Find<T>(stage.Method) ?? throw stage.Settings.Error("method", $"unknown {stage.Stage} method '{stage.Method}'");
        stage.Settings.Allow("method");
        var instance = factory.Create(stage.Settings, context);
        built.Add(instance);
        stage.Settings.RejectUnknownKeys();
        return instance;
    }

    public void Dispose()
    {
        Detector.Dispose();
        Segmenter.Dispose();
        Depth.Dispose();
        Attributes.Dispose();
        Relations.Dispose();
    }
}

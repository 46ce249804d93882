using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Models;
using ProVision.Pipeline.Tests.Models;

namespace ProVision.Pipeline.Tests.Annotation;

public sealed class PipelineConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provision-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private PipelineConfig Parse(string yaml) => PipelineConfig.Parse(yaml, "p.yaml", _dir);

    private string Error(string yaml) => Assert.Throws<ConfigException>(() => Parse(yaml)).Message;

    [Fact]
    public void The_default_runs_yolox_nano_with_duplicate_rules_and_grabcut_color_size_and_geometric_stages()
    {
        var config = PipelineConfig.Default();

        Assert.Equal("yolox-nano", config.Detect.Model);
        Assert.Equal("yolox-nano", config.Detect.Entry!.Id);
        Assert.Null(config.Detect.ModelPath);
        Assert.Null(config.Detect.Options.ScoreThreshold);
        Assert.Equal(0.3, config.Detect.Spec.ScoreThreshold);
        Assert.Equal(0.7, config.Detect.Options.Duplicates.CrossClassIou);
        Assert.Equal(0.8, config.Detect.Options.Duplicates.SameLabelContainment);
        Assert.Equal(30, config.Detect.Options.MaxObjects);
        Assert.Equal(2, config.Detect.Options.MinBoxSize);
        Assert.Empty(config.Detect.Options.Rename);
        Assert.Equal(("grabcut", "none", "color-size", "geometric"), (config.Segment.Method, config.Depth.Method, config.Attributes.Method, config.Relations.Method));
    }

    [Theory]
    [InlineData("")]
    [InlineData("detect: {}")]
    [InlineData("segment: {}\ndepth: {}\nattributes: {}\nrelations: {}")]
    public void An_empty_file_or_empty_sections_mean_the_built_in_default(string yaml)
    {
        var config = Parse(yaml);
        var builtIn = PipelineConfig.Default();

        Assert.Equal(builtIn.Detect.Model, config.Detect.Model);
        Assert.Equal(builtIn.Detect.Options.MaxObjects, config.Detect.Options.MaxObjects);
        Assert.Equal(builtIn.Detect.Options.MinBoxSize, config.Detect.Options.MinBoxSize);
        Assert.Equal(
            (builtIn.Segment.Method, builtIn.Depth.Method, builtIn.Attributes.Method, builtIn.Relations.Method),
            (config.Segment.Method, config.Depth.Method, config.Attributes.Method, config.Relations.Method));
        Assert.Equal(("grabcut", "none", "color-size", "geometric"), (config.Segment.Method, config.Depth.Method, config.Attributes.Method, config.Relations.Method));
    }

    [Fact]
    public void A_partial_file_changes_only_what_it_names()
    {
        var config = Parse("""
            detect:
              max_objects: 10
            segment:
              max_side: 128
            relations:
              method: none
            """);

        Assert.Equal("yolox-nano", config.Detect.Model);
        Assert.Equal(10, config.Detect.Options.MaxObjects);
        Assert.Equal(2, config.Detect.Options.MinBoxSize);
        Assert.Equal("grabcut", config.Segment.Method); // settings without a method: the built-in method
        Assert.Equal(128, config.Segment.Settings.Int("max_side"));
        Assert.Equal("color-size", config.Attributes.Method);
        Assert.Equal("none", config.Relations.Method);
    }

    [Fact]
    public void The_documentation_shows_the_default_configuration_verbatim()
    {
        var docs = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "pipeline.md"));

        Assert.Contains(PipelineConfig.DefaultText.TrimEnd(), docs);
    }

    [Fact]
    public void Duplicate_rules_the_file_leaves_out_come_from_the_built_in_file_and_none_turns_one_off()
    {
        Assert.Equal(new DuplicateRules { CrossClassIou = 0.7, SameLabelContainment = 0.8 }, Parse("detect:\n  model: deimv2-atto").Detect.Options.Duplicates);
        Assert.Equal(new DuplicateRules { CrossClassIou = 0.5, SameLabelContainment = 0.8 }, Parse("detect:\n  duplicates: {cross_class_iou: 0.5}").Detect.Options.Duplicates);
        Assert.Equal(DuplicateRules.None, Parse("detect:\n  duplicates: {cross_class_iou: none, same_label_containment: none}").Detect.Options.Duplicates);
    }

    [Theory]
    [InlineData("detect:\n  duplicates: {cross_class_iou: 1.5}", "p.yaml:2:33: 'detect.duplicates.cross_class_iou' must be between 0 and 1, found 1.5")]
    [InlineData("detect:\n  duplicates: {cross_class_iou: many}", "p.yaml:2:33: 'detect.duplicates.cross_class_iou' must be a number, found 'many'")]
    [InlineData("detect:\n  duplicates: {same_label: 0.8}", "p.yaml:2:16: unknown key 'same_label' in 'detect.duplicates'")]
    [InlineData("detect:\n  duplicates: 0.7", "p.yaml:2:15: 'detect.duplicates' must be a mapping of keys to values, not a")]
    public void Bad_duplicate_rules_are_located_errors(string yaml, string expected)
    {
        Assert.StartsWith(expected, Error(yaml));
    }

    [Fact]
    public void Crowd_settings_the_file_leaves_out_come_from_the_built_in_file_and_no_labels_turn_the_rule_off()
    {
        var builtIn = Parse("detect:\n  model: deimv2-atto").Detect.Options.Crowds;
        Assert.Equal(new Dictionary<string, string> { ["person"] = "people" }, builtIn.Labels);
        Assert.Equal((0.04, 2), (builtIn.MaxArea, builtIn.MinMembers));
        var mine = Parse("detect:\n  crowds: {min_members: 5, labels: {person: people, car: cars}}").Detect.Options.Crowds;
        Assert.Equal((0.04, 5, 2), (mine.MaxArea, mine.MinMembers, mine.Labels.Count));
        Assert.Empty(Parse("detect:\n  crowds: {labels: {}}").Detect.Options.Crowds.Labels);
    }

    [Theory]
    [InlineData("detect:\n  crowds: {max_area: 2}", "p.yaml:2:22: 'detect.crowds.max_area' must be between 0 and 1, found 2")]
    [InlineData("detect:\n  crowds: {min_members: 1}", "p.yaml:2:25: 'detect.crowds.min_members' must be between 2 and 10000, found 1")]
    [InlineData("detect:\n  crowds: {members: 3}", "p.yaml:2:12: unknown key 'members' in 'detect.crowds'")]
    [InlineData("detect:\n  crowds: {labels: [person]}", "p.yaml:2:20: 'detect.crowds.labels' must")]
    public void Bad_crowd_settings_are_located_errors(string yaml, string expected)
    {
        Assert.StartsWith(expected, Error(yaml));
    }

    [Fact]
    public void Detect_settings_override_the_model()
    {
        var config = Parse("""
            detect:
              model: fastestdet
              score_threshold: 0.6
              nms_iou: 0.3
              max_objects: 5
              rename: {"sports ball": ball}
              keep: [ball, person]
            """);

        Assert.Equal(0.6, config.Detect.Options.ScoreThreshold);
        Assert.Equal(0.3, config.Detect.Options.NmsIou);
        Assert.Equal(5, config.Detect.Options.MaxObjects);
        Assert.Equal("ball", config.Detect.Options.Rename["sports ball"]);
        Assert.Equal(["ball", "person"], config.Detect.Options.Keep.Order());
    }

    [Fact]
    public void A_model_path_is_relative_to_the_configuration_and_inherits_a_registry_entry_by_file_name()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "m"));
        File.WriteAllText(Path.Combine(_dir, "m", "yolox_nano.onnx"), "x");
        File.WriteAllText(Path.Combine(_dir, "m", "custom.onnx"), "x");

        var known = Parse("detect:\n  model: m/yolox_nano.onnx");
        Assert.Equal(Path.Combine(_dir, "m", "yolox_nano.onnx"), known.Detect.ModelPath);
        Assert.Equal("yolox-nano", known.Detect.Entry!.Id);

        var custom = Parse("detect:\n  model: m/custom.onnx\n  family: yolov8\n  input_size: [640, 640]");
        Assert.Null(custom.Detect.Entry);
        Assert.Equal((640, 640), custom.Detect.Spec.InputSize);

        Assert.StartsWith(
            $"p.yaml:2:10: {Path.Combine(_dir, "m", "custom.onnx")} is not a registry model, so the detect section must say how to run it: add family",
            Error("detect:\n  model: m/custom.onnx"));
    }

    [Theory]
    [InlineData("detekt:\n  model: fastestdet", "p.yaml:1:1: unknown key 'detekt' at the top level; did you mean 'detect'? (known keys: attributes, depth, detect, relations, segment)")]
    [InlineData("detect:\n  model: fastestdet\n  score_treshold: 0.3", "p.yaml:3:3: unknown key 'score_treshold' in 'detect'; did you mean 'score_threshold'?")]
    [InlineData("detect:\n  model: deimv2-atoo", "p.yaml:2:10: unknown model 'deimv2-atoo'; did you mean 'deimv2-atto'? (use a detector id from `provision models list`: deimv2-atto, deimv2-femto, nanodet-m-320")]
    [InlineData("detect:\n  model: deeplabv3-mnv2-voc", "p.yaml:2:10: 'deeplabv3-mnv2-voc' is a segmentation model, not a detector")]
    [InlineData("detect:\n  model: missing/model.onnx", "p.yaml:2:10: model file ")]
    [InlineData("detect:\n  max_objects: 0", "p.yaml:2:16: 'detect.max_objects' must be between 1 and 10000, found 0")]
    [InlineData("detect:\n  rename: [a, b]", "p.yaml:2:11: 'detect.rename' must be a mapping like {\"old\": \"new\"}, not a list")]
    [InlineData("segment:\n  method: grabcutt", "p.yaml:2:11: unknown segment method 'grabcutt'")]
    [InlineData("depth: none", "p.yaml:1:8: 'depth' must be a mapping of keys to values, not a value")]
    [InlineData("detect:\n  model: [a", "p.yaml:")]
    public void Mistakes_are_errors_with_line_and_column(string yaml, string message)
    {
        Assert.StartsWith(message, Error(yaml));
    }

    [Fact]
    public void Unknown_stage_settings_are_reported_when_the_stage_is_built()
    {
        StageCatalog.Register(new ScaledTestDepthFactory());
        var config = Parse("depth:\n  method: test-scaled\n  scale: 2\n  scael: 3");
        var context = new StageContext { Store = new ModelStore(_dir) };

        var error = Assert.Throws<ConfigException>(() => AnnotationStages.Build<IDepthEstimator>(config.Depth, context, []));

        Assert.Equal("p.yaml:4:3: unknown key 'scael' in 'depth'; did you mean 'scale'? (known keys: method, scale)", error.Message);
    }

    [Fact]
    public void Stage_factories_of_the_pipeline_assembly_are_found_by_method()
    {
        Assert.Contains("box", StageCatalog.Methods(typeof(ISegmenter)));
        Assert.Contains("none", StageCatalog.Methods(typeof(ISegmenter)));
        Assert.Contains("none", StageCatalog.Methods(typeof(IRelationFinder)));
        Assert.IsType<BoxMaskSegmenter>(StageCatalog.Find<ISegmenter>("box")!.Create(ConfigSection.Parse("", "x"), new StageContext { Store = new ModelStore(_dir) }));
    }
}

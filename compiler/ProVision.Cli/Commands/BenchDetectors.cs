using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Evaluation;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench detectors</c>: precision, recall and duplicates of each detector at each score threshold against
/// a person's list of the objects in real photos, and detection milliseconds per image. How the default detector was
/// chosen (docs/evidence.md, "Detector precision and speed on real photos").
/// </summary>
public static class BenchDetectors
{
    public sealed record Settings(string Expected, string Fixtures, IReadOnlyList<string> Detectors, IReadOnlyList<double> Thresholds, int Runs, string? ModelsFolder, bool Details);

    public static Command Create(CliConsole console)
    {
        var expected = new Option<string>("--expected") { Description = "The list of what a person sees in each photo (YAML).", DefaultValueFactory = _ => "tests/ProVision.Pipeline.Tests/RealPhotos/expected-objects.yaml" };
        var fixtures = new Option<string>("--fixtures") { Description = "The folder the list's image paths are relative to.", DefaultValueFactory = _ => "../shared/fixtures" };
        var detectors = new Option<string?>("--detectors") { Description = "Comma-separated detector ids (default: every detector in the registry)." };
        var thresholds = new Option<string>("--thresholds") { Description = "Comma-separated score thresholds.", DefaultValueFactory = _ => "0.3,0.4,0.5,0.6,0.7" };
        var runs = new Option<int>("--runs") { Description = "Timed passes over the images after one warm-up pass.", DefaultValueFactory = _ => 5 };
        var models = new Option<string?>("--models") { Description = $"Folder with the model files. Default: ${ModelStore.EnvironmentVariable}, else ~/.cache/provision/models." };
        var details = new Option<bool>("--details") { Description = "Also list every wrong, duplicate and missed object (with the duplicate rules on)." };
        var command = new Command("detectors", "Precision, recall and duplicates of each detector and threshold on real photos against a person's list, and ms/image.")
        {
            expected, fixtures, detectors, thresholds, runs, models, details,
        };
        command.SetAction(result =>
        {
            if (!TryParseThresholds(result.GetValue(thresholds)!, out var parsed))
            {
                console.Error.WriteLine("error: --thresholds must be numbers from 0 to 1 separated by commas, e.g. 0.4,0.5");
                return ExitCodes.Usage;
            }
            var ids = (result.GetValue(detectors) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Run(console, new Settings(result.GetValue(expected)!, result.GetValue(fixtures)!, ids, parsed, Math.Max(1, result.GetValue(runs)), result.GetValue(models), result.GetValue(details)));
        });
        return command;
    }

    public static int Run(CliConsole console, Settings settings)
    {
        IReadOnlyList<ExpectedImage> expected;
        List<RgbImage> images;
        try
        {
            expected = ExpectedObjects.Load(settings.Expected);
            images = expected.Select(e => ImageDecoder.Decode(Path.Combine(settings.Fixtures, e.Image))).ToList();
        }
        catch (Exception ex) when (ex is ConfigException or ImageDecodeException)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        var registry = ModelRegistry.Default;
        var detectorIds = settings.Detectors.Count > 0 ? settings.Detectors : registry.Models.Where(m => m.Task == "detection").Select(m => m.Id).ToList();
        var defaults = PipelineConfig.Default(registry).Detect.Options;
        var store = new ModelStore(settings.ModelsFolder ?? ModelStore.DefaultFolder());
        console.Out.WriteLine($"{images.Count} images from {settings.Expected}; {Environment.ProcessorCount} core(s); load average {LoadAverage()}");
        console.Out.WriteLine($"duplicate rules (built-in pipeline.yaml): cross_class_iou {Show(defaults.Duplicates.CrossClassIou)}, same_label_containment {Show(defaults.Duplicates.SameLabelContainment)}; max_objects {defaults.MaxObjects}");
        console.Out.WriteLine();
        console.Out.WriteLine("| model | threshold | duplicate rules | right | wrong | duplicates (cross-class) | crowd | precision | recall | must found | CPU ms/image | wall ms/image |");
        console.Out.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var details = new List<string>();
        foreach (var id in detectorIds)
        {
            ModelEntry entry;
            string path;
            try
            {
                entry = registry.Get(id);
                if (entry.Detector is null) throw new ModelException($"'{id}' is a {entry.Task} model, not a detector");
                path = store.Require(entry);
            }
            catch (ModelException ex)
            {
                console.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.BadInput;
            }
            // One run at the lowest threshold without the duplicate rules serves every row: both are applied best first,
            // so filtering afterwards gives what a run at the higher threshold with the rules gives.
            var options = new DetectorOptions { ScoreThreshold = settings.Thresholds.Min(), MaxObjects = 300, MinBoxSize = defaults.MinBoxSize };
            // One inference thread: the inference runs on this thread, so its CPU time is the model's cost even on a
            // machine busy with other work (wall time there includes waiting for a core).
            using var detector = new OnnxDetector(path, entry.Detector, options, new InferenceOptions { IntraOpThreads = 1 }, id);
            var (raw, time) = Time(detector, images, settings.Runs);
            foreach (var threshold in settings.Thresholds)
            {
                foreach (var rules in new[] { DuplicateRules.None, defaults.Duplicates })
                {
                    var judged = expected.Select((e, i) => DetectionJudge.Judge(e, rules.Apply(raw[i].Where(d => d.Score >= threshold), defaults.MaxObjects))).ToList();
                    console.Out.WriteLine(Row(id, threshold, rules == DuplicateRules.None ? "off" : "on", judged, expected, time));
                    if (settings.Details && rules != DuplicateRules.None) details.AddRange(Details(id, threshold, judged));
                }
            }
        }
        console.Out.WriteLine();
        console.Out.WriteLine("precision = right / (right + wrong + duplicates); recall = must and seen objects named / listed; crowd detections are not judged.");
        console.Out.WriteLine($"ms/image: median of {settings.Runs} timed runs per image, one inference thread (CPU: that thread's CPU time; wall: elapsed), mean over the images; load average now {LoadAverage()}");
        foreach (var line in details) console.Out.WriteLine(line);
        return ExitCodes.Ok;
    }

    private static (List<IReadOnlyList<DetectedObject>> Raw, (double Cpu, double Wall) Ms) Time(OnnxDetector detector, List<RgbImage> images, int runs)
    {
        var raw = images.Select(detector.Detect).ToList(); // also the warm-up pass
        var cpu = new List<double>();
        var wall = new List<double>();
        foreach (var image in images)
        {
            var cpuTimes = new List<double>();
            var wallTimes = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                var cpuStart = ThreadCpuClock.Microseconds();
                var clock = Stopwatch.StartNew();
                detector.Detect(image);
                wallTimes.Add(clock.Elapsed.TotalMilliseconds);
                if (cpuStart is { } start && ThreadCpuClock.Microseconds() is { } end) cpuTimes.Add((end - start) / 1000.0);
            }
            wall.Add(Median(wallTimes));
            if (cpuTimes.Count > 0) cpu.Add(Median(cpuTimes));
        }
        return (raw, (cpu.Count > 0 ? cpu.Average() : double.NaN, wall.Average()));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string Row(string id, double threshold, string rules, List<ImageJudgement> judged, IReadOnlyList<ExpectedImage> expected, (double Cpu, double Wall) ms)
    {
        int right = judged.Sum(j => j.Count(Verdict.Right)), wrong = judged.Sum(j => j.Count(Verdict.Wrong)), crowd = judged.Sum(j => j.Count(Verdict.Crowd));
        int cross = judged.Sum(j => j.Count(Verdict.CrossClassDuplicate)), duplicates = judged.Sum(j => j.Count(Verdict.Duplicate)) + cross;
        var listed = expected.Sum(e => e.Objects.Count(o => o.Kind != ExpectedKind.Crowd));
        var must = expected.Sum(e => e.Objects.Count(o => o.Kind == ExpectedKind.Must));
        var mustMissed = judged.Sum(j => j.Missed.Count(o => o.Kind == ExpectedKind.Must));
        var judgedCount = right + wrong + duplicates;
        var precision = judgedCount == 0 ? "-" : F((double)right / judgedCount);
        return $"| {id} | {F(threshold)} | {rules} | {right} | {wrong} | {duplicates} ({cross}) | {crowd} | {precision} | {(listed == 0 ? "-" : F((double)right / listed))} | {must - mustMissed}/{must} | {ms.Cpu.ToString("F1", CultureInfo.InvariantCulture)} | {ms.Wall.ToString("F1", CultureInfo.InvariantCulture)} |";
    }

    private static IEnumerable<string> Details(string id, double threshold, List<ImageJudgement> judged)
    {
        foreach (var image in judged)
        {
            foreach (var d in image.Detections.Where(d => d.Verdict is not (Verdict.Right or Verdict.Crowd)))
                yield return $"  {id}@{F(threshold)} {image.Image}: {d.Verdict} {d.Detection}{(d.Object is { } o ? $" (of {o.Label}: {o.Note})" : "")}";
            foreach (var missed in image.Missed) yield return $"  {id}@{F(threshold)} {image.Image}: missed {missed.Kind} {missed.Label} ({missed.Note})";
        }
    }

    private static bool TryParseThresholds(string text, out IReadOnlyList<double> thresholds)
    {
        var values = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !(v >= 0 && v <= 1))
            {
                thresholds = [];
                return false;
            }
            values.Add(v);
        }
        thresholds = values;
        return values.Count > 0;
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Show(double? value) => value is { } v ? F(v) : "none";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

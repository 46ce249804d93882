using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Attributes;
using ProVision.Pipeline.Evaluation;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Pipeline.Relations;
using Xunit.Abstractions;

namespace ProVision.Pipeline.Tests.RealPhotos;

/// <summary>
/// The built-in pipeline (pipeline.yaml as shipped: detector, duplicate rules, GrabCut, colour and size, relations) on
/// the real photos and the baseball images reports what a person sees there (expected-objects.yaml), each object once,
/// and nothing that is not there; people get no colour; each pair of objects gets one contact predicate at most; the
/// spectators are crowds, with no attributes and no contact predicate.
/// </summary>
public sealed class RealPhotoAnnotationTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> ContactPredicates =
        [GeometricPredicates.Inside, GeometricPredicates.Contains, GeometricPredicates.On, GeometricPredicates.Under, GeometricPredicates.Overlapping, GeometricPredicates.NextTo, GeometricPredicates.Near];

    [SharedPhotosFact]
    public void The_default_pipeline_reports_what_a_person_sees_once_and_nothing_else()
    {
        var models = SharedPhotos.RequireModels(SharedPhotosFactAttribute.DefaultModels);
        var config = PipelineConfig.Default();
        var context = new StageContext { Store = new ModelStore(models), Inference = new InferenceOptions { IntraOpThreads = 1 } };
        using var pipeline = new AnnotationPipeline(AnnotationStages.Create(config, context));
        var people = PipelineConfig.BuiltInSection("attributes").Strings("people")!;
        // Every word the colour namer can write: its terms and their light / dark modifiers.
        var colourWords = ColorNamer.Prototypes.SelectMany(p => new[] { p.Term, p.Modifier }).OfType<string>().ToHashSet();
        var problems = new List<string>();
        var crowds = 0;

        foreach (var expected in ExpectedObjects.Load(SharedPhotos.ExpectedListPath))
        {
            var path = Path.Combine(SharedPhotos.FixturesFolder, expected.Image);
            var result = pipeline.Annotate(ImageDecoder.Decode(path), Path.GetFileNameWithoutExtension(path), path);
            var judged = DetectionJudge.Judge(expected, result.Objects, config.Detect.Options.Crowds.Labels);
            for (var i = 0; i < result.Objects.Length; i++)
            {
                var d = judged.Detections[i];
                output.WriteLine($"{expected.Image}: {d.Verdict} {d.Detection} [{string.Join(", ", result.Attributes[i])}]");
                if (d.Verdict is not (Verdict.Right or Verdict.Crowd)) problems.Add($"{expected.Image}: {d.Verdict} {d.Detection}{(d.Object is { } o ? $" (repeats {o.Note})" : "")}");
                if (people.Contains(d.Detection.Label))
                {
                    var given = result.Attributes[i].Where(colourWords.Contains).ToList();
                    if (given.Count > 0) problems.Add($"{expected.Image}: person {d.Detection} has colour {string.Join(", ", given)}");
                }
            }
            foreach (var missed in judged.Missed.Where(m => m.Kind == ExpectedKind.Must)) problems.Add($"{expected.Image}: missed the {missed.Label} ({missed.Note})");
            // A crowd's box is a region: no attributes, no contact predicate (docs/pipeline.md, "Crowds").
            for (var i = 0; i < result.Objects.Length; i++)
            {
                if (!result.Objects[i].IsCrowd) continue;
                crowds++;
                if (result.Attributes[i].Length > 0) problems.Add($"{expected.Image}: crowd {result.Objects[i]} has attributes {string.Join(", ", result.Attributes[i])}");
                foreach (var r in result.Relations.Where(r => (r.Subject == i || r.Object == i) && ContactPredicates.Contains(r.Predicate)))
                    problems.Add($"{expected.Image}: crowd {result.Objects[i]} is '{r.Predicate}' object {(r.Subject == i ? r.Object : r.Subject)}");
            }
            foreach (var pair in result.Relations.GroupBy(r => (r.Subject, r.Object)))
            {
                var contact = pair.Select(r => r.Predicate).Where(ContactPredicates.Contains).ToList();
                if (contact.Count > 1) problems.Add($"{expected.Image}: objects {pair.Key.Subject} and {pair.Key.Object} are {string.Join(" and ", contact)} at once");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The spectators of baseball_1 (one group) and baseball_2 (two) are crowds.
        Assert.Equal(3, crowds);
    }
}

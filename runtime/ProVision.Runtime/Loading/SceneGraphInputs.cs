using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.Loading.Coco;
using ProVision.Runtime.Loading.ProVisionFormat;
using ProVision.Runtime.Loading.VisualGenome;

namespace ProVision.Runtime.Loading;

/// <summary>
/// The one entry point for reading scene graphs: give it files in any supported format and it streams
/// outcomes (graphs or located errors). Reference-format files are merged by image id; VG image-data files
/// supply sizes to VG scene graphs; everything else is read file by file in the order given.
/// </summary>
public static class SceneGraphInputs
{
    public static IEnumerable<LoadOutcome> Read(IReadOnlyList<string> inputs, GraphLoadOptions options)
    {
        var detected = new List<(string Path, InputFormat Format)>();
        foreach (var input in inputs)
        {
            var problem = CheckPath(input);
            if (problem is not null) { yield return LoadOutcome.Fail(problem); continue; }
            InputFormat format;
            DataError? failure = null;
            try { format = InputFormatDetector.Detect(input); }
            catch (DataErrorException ex) { format = default; failure = ex.Error; }
            if (failure is not null) { yield return LoadOutcome.Fail(failure); continue; }
            detected.Add((input, format));
        }

        var sizes = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (path, _) in detected.Where(d => d.Format == InputFormat.VisualGenomeImageData))
        {
            DataError? failure = null;
            try { VisualGenomeImageSizes.ReadInto(path, sizes); }
            catch (DataErrorException ex) { failure = ex.Error; }
            if (failure is not null) yield return LoadOutcome.Fail(failure);
        }

        var provision = detected.Where(d => d.Format == InputFormat.ProVision).Select(d => d.Path).ToList();
        var mergedDone = false;
        foreach (var (path, format) in detected)
        {
            var outcomes = format switch
            {
                InputFormat.Canonical => new CanonicalGraphReader(path, options).Read(),
                InputFormat.VisualGenome => new VisualGenomeReader(path, options, sizes).Read(),
                InputFormat.Coco => new CocoReader(path, options).Read(),
                InputFormat.ProVision when !mergedDone => new ProVisionAnnotationReader(provision, options).Read(),
                _ => [],
            };
            if (format == InputFormat.ProVision) mergedDone = true;
            foreach (var outcome in outcomes) yield return outcome;
        }
    }

    private static DataError? CheckPath(string input)
    {
        if (Directory.Exists(input)) return new DataError(input, null, null, "is a folder; name the annotation files in it") { Kind = "input" };
        if (!File.Exists(input)) return new DataError(input, null, null, "file not found") { Kind = "input" };
        return null;
    }
}

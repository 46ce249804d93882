using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.Loading.Coco;
using ProVision.Runtime.Loading.ProVisionFormat;
using ProVision.Runtime.Loading.VisualGenome;
using ProVision.Runtime.Sharding;

namespace ProVision.Runtime.Loading;

/// <summary>
/// The one entry point for reading scene graphs: give it files in any supported format and it streams
/// outcomes (graphs or located errors). Reference-format files are merged by image id; VG image-data files
/// supply sizes to VG scene graphs; everything else is read file by file in the order given. A folder stands for
/// its <c>*.jsonl</c> files in name order (a folder of input shards). With <see cref="GraphLoadOptions.Shard"/> only
/// that shard's graphs come out: see <see cref="InputSlices"/> for JSON Lines; other formats are read whole.
/// </summary>
public static class SceneGraphInputs
{
    public static IEnumerable<LoadOutcome> Read(IReadOnlyList<string> inputs, GraphLoadOptions options)
    {
        var detected = new List<DetectedInput>();
        foreach (var input in inputs.SelectMany(ExpandFolder))
        {
            var problem = CheckPath(input);
            if (problem is not null) { yield return LoadOutcome.Fail(problem); continue; }
            InputFormat format;
            DataError? failure = null;
            try { format = InputFormatDetector.Detect(input); }
            catch (DataErrorException ex) { format = default; failure = ex.Error; }
            if (failure is not null) { yield return LoadOutcome.Fail(failure); continue; }
            detected.Add(new DetectedInput(input, format));
        }

        var sizes = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (path, _) in detected.Where(d => d.Format == InputFormat.VisualGenomeImageData))
        {
            DataError? failure = null;
            try { VisualGenomeImageSizes.ReadInto(path, sizes); }
            catch (DataErrorException ex) { failure = ex.Error; }
            if (failure is not null) yield return LoadOutcome.Fail(failure);
        }

        if (options.Shard is { } shard)
        {
            var owned = detected.All(d => d.Format == InputFormat.Canonical)
                ? InputSlices.For([.. detected.Select(d => d.Path)], shard).SelectMany(slice => new CanonicalGraphReader(slice.Path, options, slice).Read())
                : ContiguousShare(ReadAll(detected, options, sizes), shard);
            foreach (var outcome in owned) yield return outcome;
            yield break;
        }
        foreach (var outcome in ReadAll(detected, options, sizes)) yield return outcome;
    }

    private static IEnumerable<LoadOutcome> ReadAll(List<DetectedInput> detected, GraphLoadOptions options, Dictionary<string, (int, int)> sizes)
    {
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

    // A class, not a tuple: LINQ and a list over a tuple of a string and an enum are generic code the runtime compiled at
    // every start (the framework's ahead-of-time code covers them over classes).
    private sealed record DetectedInput(string Path, InputFormat Format);

    /// <summary>Formats that cannot be split before parsing: errors as they come, then the shard's contiguous share of the graphs.</summary>
    private static IEnumerable<LoadOutcome> ContiguousShare(IEnumerable<LoadOutcome> all, ShardSpec shard)
    {
        var graphs = new List<LoadOutcome>();
        foreach (var outcome in all)
        {
            if (outcome.Graph is null) yield return outcome;
            else graphs.Add(outcome);
        }
        long total = graphs.Count;
        for (var i = (int)(total * (shard.Index - 1) / shard.Count); i < total * shard.Index / shard.Count; i++) yield return graphs[i];
    }

    private static IEnumerable<string> ExpandFolder(string input) =>
        Directory.Exists(input)
            ? Directory.EnumerateFiles(input, "*.jsonl").Order(StringComparer.Ordinal).DefaultIfEmpty(input)
            : [input];

    private static DataError? CheckPath(string input)
    {
        if (Directory.Exists(input)) return new DataError(input, null, null, "is a folder with no .jsonl files; name the annotation files in it") { Kind = "input" };
        if (!File.Exists(input)) return new DataError(input, null, null, "file not found") { Kind = "input" };
        return null;
    }
}

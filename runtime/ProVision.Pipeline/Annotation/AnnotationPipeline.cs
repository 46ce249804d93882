using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using ProVision.Pipeline.Imaging;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Annotation;

/// <summary>How a run spreads its work.</summary>
public sealed record AnnotationRunOptions
{
    /// <summary>Worker threads, each taking one batch of images through every stage (at least 1).</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Images per batch; the detector runs a batch in one inference when the model allows it.</summary>
    public int Batch { get; init; } = 1;
}

/// <summary>Where a run's results go, in input order, on the calling thread.</summary>
public interface IAnnotationSink
{
    void Write(AnnotationResult result);

    /// <summary>An image that could not be read; the run goes on.</summary>
    void Skip(ImageInput image, ImageDecodeException error);
}

/// <summary>Counts for a progress display.</summary>
public readonly record struct AnnotationProgress(int Done, int Skipped, int Total);

/// <summary>
/// Streams images through detect, segment, depth, attributes and relations. <see cref="Run"/> decodes and annotates
/// images on worker threads and hands the results to a sink in input order; memory stays bounded (at most two batches
/// per worker in flight) however many images there are. Unreadable images are reported to the sink and skipped.
/// </summary>
public sealed class AnnotationPipeline : IDisposable
{
    private readonly bool _ownsStages;

    public AnnotationPipeline(AnnotationStages stages, bool ownsStages = true)
    {
        Stages = stages ?? throw new ArgumentNullException(nameof(stages));
        _ownsStages = ownsStages;
    }

    public AnnotationStages Stages { get; }

    /// <summary>Time per stage over every image this pipeline annotated.</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>Annotates one decoded image on the calling thread.</summary>
    public AnnotationResult Annotate(RgbImage image, string imageId, string? imagePath = null)
    {
        var objects = Timings.Time("detect", () => Stages.Detector.Detect(image));
        return Finish(new AnnotationFrame(imageId, imagePath, image, objects));
    }

    /// <summary>
    /// Annotates <paramref name="images"/> and writes each result (or skip) to <paramref name="sink"/> in input order.
    /// Stage failures other than unreadable images stop the run and are rethrown here.
    /// </summary>
    public void Run(IReadOnlyList<ImageInput> images, IAnnotationSink sink, AnnotationRunOptions? options = null, IProgress<AnnotationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new AnnotationRunOptions();
        var batch = Math.Max(1, options.Batch);
        var chunkCount = (images.Count + batch - 1) / batch;
        if (chunkCount == 0) return;
        var workers = Math.Clamp(options.Workers, 1, chunkCount);
        var window = 2 * workers;
        ImageInput[] ChunkAt(int index)
        {
            var start = index * batch;
            var chunk = new ImageInput[Math.Min(batch, images.Count - start)];
            for (var i = 0; i < chunk.Length; i++) chunk[i] = images[start + i];
            return chunk;
        }

        var results = new Chunk?[chunkCount];
        var gate = new object();
        var next = 0;
        var written = 0;
        var stop = false;

        void Work()
        {
            while (true)
            {
                int index;
                lock (gate)
                {
                    while (!stop && next - written >= window) Monitor.Wait(gate);
                    if (stop || next >= chunkCount) return;
                    index = next++;
                }
                Chunk chunk;
                try
                {
                    chunk = Process(ChunkAt(index));
                }
                catch (Exception ex)
                {
                    chunk = new Chunk([], ExceptionDispatchInfo.Capture(ex));
                }
                lock (gate)
                {
                    results[index] = chunk;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = Enumerable.Range(0, workers).Select(i => new Thread(Work) { IsBackground = true, Name = $"annotate-{i}" }).ToList();
        foreach (var thread in threads) thread.Start();
        int done = 0, skipped = 0;
        try
        {
            for (var index = 0; index < chunkCount; index++)
            {
                Chunk chunk;
                lock (gate)
                {
                    while (results[index] is null) Monitor.Wait(gate);
                    chunk = results[index]!;
                    results[index] = null;
                    written = index + 1;
                    Monitor.PulseAll(gate);
                }
                chunk.Failure?.Throw();
                foreach (var item in chunk.Items)
                {
                    if (item.Error is { } error)
                    {
                        sink.Skip(item.Input, error);
                        skipped++;
                    }
                    else
                    {
                        Timings.Time("write", () =>
                        {
                            sink.Write(item.Result!);
                            return 0;
                        });
                        done++;
                    }
                    progress?.Report(new AnnotationProgress(done, skipped, images.Count));
                }
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            lock (gate)
            {
                stop = true;
                Monitor.PulseAll(gate);
            }
            foreach (var thread in threads) thread.Join();
        }
    }

    private Chunk Process(ImageInput[] inputs)
    {
        var items = new Item[inputs.Length];
        var decoded = new List<(int Index, RgbImage Image)>();
        for (var i = 0; i < inputs.Length; i++)
        {
            var index = i;
            Timings.Time("decode", () =>
            {
                try
                {
                    decoded.Add((index, ImageDecoder.Decode(inputs[index].Path)));
                }
                catch (ImageDecodeException ex)
                {
                    items[index] = new Item(inputs[index], null, ex);
                }
                return 0;
            });
        }
        if (decoded.Count == 0) return new Chunk(items, null);

        var images = decoded.Select(d => d.Image).ToList();
        var detections = Timings.Time("detect", () => Stages.Detector.DetectBatch(images), images.Count);
        if (detections.Count != images.Count)
            throw new InvalidOperationException($"detector {Stages.Detector.Name} returned {detections.Count} results for {images.Count} images");
        for (var k = 0; k < decoded.Count; k++)
        {
            var (i, image) = decoded[k];
            var frame = new AnnotationFrame(inputs[i].ImageId, inputs[i].Path, image, detections[k]);
            items[i] = new Item(inputs[i], Finish(frame), null);
        }
        return new Chunk(items, null);
    }

    /// <summary>Runs the stages after detection on a frame whose objects are set, checks each result, and packs it.</summary>
    private AnnotationResult Finish(AnnotationFrame frame)
    {
        var count = frame.Objects.Count;
        var masks = Timings.Time("segment", () =>
        {
            var produced = Stages.Segmenter.Segment(frame);
            if (produced is null) return default;
            if (produced.Count != count) throw StageBug("segment", frame, $"returned {produced.Count} masks for {count} objects");
            var encoded = ImmutableArray.CreateBuilder<Runtime.Formats.Rle.RleMask>(count);
            foreach (var mask in produced)
            {
                if (!mask.FitsIn(frame.Width, frame.Height))
                    throw StageBug("segment", frame, $"returned a {mask.Mask.Width}x{mask.Mask.Height} mask at ({mask.Left}, {mask.Top}) that does not fit in the {frame.Width}x{frame.Height} image");
                encoded.Add(mask.ToRle(frame.Width, frame.Height));
            }
            frame.Masks = produced;
            return encoded.MoveToImmutable();
        });

        var depth = Timings.Time("depth", () => Stages.Depth.Estimate(frame));
        if (depth is not null && (depth.Map.Width != frame.Width || depth.Map.Height != frame.Height))
            throw StageBug("depth", frame, $"returned a {depth.Map.Width}x{depth.Map.Height} depth map for a {frame.Width}x{frame.Height} image");
        frame.Depth = depth;

        var attributes = Timings.Time("attributes", () => Stages.Attributes.Tag(frame));
        if (attributes.Count != count) throw StageBug("attributes", frame, $"returned {attributes.Count} attribute lists for {count} objects");
        // The size or colour of a crowd's box describes no one person in it ("the large people"), whatever the tagger.
        attributes = [.. attributes.Select((a, i) => frame.Objects[i].IsCrowd ? [] : a)];
        frame.Attributes = attributes;

        var relations = Timings.Time("relations", () => Stages.Relations.Find(frame));
        foreach (var r in relations)
        {
            if (r.Subject < 0 || r.Subject >= count || r.Object < 0 || r.Object >= count || string.IsNullOrWhiteSpace(r.Predicate))
                throw StageBug("relations", frame, $"returned relation ({r.Subject}, '{r.Predicate}', {r.Object}) but there are {count} objects");
        }
        frame.Relations = relations;

        return new AnnotationResult
        {
            ImageId = frame.ImageId,
            ImagePath = frame.ImagePath,
            Width = frame.Width,
            Height = frame.Height,
            Objects = [.. frame.Objects],
            Attributes = [.. attributes.Select(a => a.ToImmutableArray())],
            Masks = masks,
            Depth = depth,
            Relations = [.. relations],
        };
    }

    private InvalidOperationException StageBug(string stage, AnnotationFrame frame, string problem) =>
        new($"{stage} stage ({Stages.Methods.GetValueOrDefault(stage, "?")}) on image {frame.ImageId}: {problem}");

    public void Dispose()
    {
        if (_ownsStages) Stages.Dispose();
    }

    private sealed record Item(ImageInput Input, AnnotationResult? Result, ImageDecodeException? Error);

    private sealed record Chunk(Item[] Items, ExceptionDispatchInfo? Failure);
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Runtime.Sharding;
using Spectre.Console;
using static ProVision.Cli.Commands.AnnotationSetup;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision annotate</c>: images in, canonical scene graphs out (detect, segment, depth, attributes, relations),
/// resumable. Its pipeline set-up is <see cref="AnnotationSetup"/>, shared with <see cref="BenchAnnotate"/>.
/// </summary>
public static class AnnotateCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("images") { Description = "Image files (PNG, JPEG, WebP, BMP) or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The canonical scene-graph .jsonl to write (depth maps go to <stem>_depth/ beside it).", Required = true };
        var threads = new Option<int>("--threads") { Description = "Worker threads, each taking whole images through the stages (0 = one per core).", DefaultValueFactory = _ => 0 };
        var batch = new Option<int>("--batch") { Description = "Images per detector run (batched inference where the model allows it).", DefaultValueFactory = _ => 1 };
        var pipeline = new PipelineOptions();
        var shard = new ShardOptions();
        var command = new Command("annotate", "Detect, segment and describe images into canonical scene graphs (JSONL); a killed run resumes where it stopped.") { inputs, output, threads, batch };
        pipeline.AddTo(command);
        shard.AddTo(command);
        command.SetAction(result => Run(
            console, result.GetValue(inputs) ?? [], result.GetRequiredValue(output), result.GetValue(pipeline.Pipeline),
            result.GetValue(threads), result.GetValue(batch), result.GetValue(pipeline.Device)!, result.GetValue(pipeline.Models), result.GetValue(pipeline.Registry),
            result.GetValue(shard.Shard), shard.Count.Read(result)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> inputs, string outPath, string? pipelinePath, int threads, int batch, string device, string? modelsFolder, string? registryPath,
        string? shardOption = null, int? shardCount = null)
    {
        if (threads < 0 || batch < 1)
        {
            console.Error.WriteLine("error: --threads must be 0 or more and --batch 1 or more");
            return ExitCodes.Usage;
        }
        if (Prepare(console, pipelinePath, device, modelsFolder, registryPath, out var config, out var context) is { } failed) return failed;

        IReadOnlyList<ImageInput> images;
        try
        {
            images = ImageFiles.Find(inputs);
        }
        catch (FileNotFoundException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        if (images.Count == 0)
        {
            console.Error.WriteLine($"error: no images (.png, .jpg, .jpeg, .webp, .bmp) in {string.Join(", ", inputs)}");
            return ExitCodes.BadInput;
        }
        if (!ShardOptions.TryResolve(console, shardOption, shardCount, out var shard)) return ExitCodes.Usage;
        var job = shard is { } s ? AnnotateShard.Begin(inputs, outPath, images, s, pipelinePath, device, registryPath) : null;
        if (job?.Finished is not null)
        {
            ShardOptions.WriteAlreadyDone(console, job);
            return ExitCodes.Ok;
        }
        var allImages = images;
        if (shard is { } owner) images = [.. images.Where(i => ImageShards.Owns(owner, i.ImageId))];

        // A shard writes OUT-0000i-of-0000n.jsonl, with its depth maps where the unsharded run puts them, so merged lines are the same bytes.
        using var output = job is null ? AnnotationOutput.Open(outPath) : AnnotationOutput.Open(job.OutputPath, AnnotationOutput.DepthFolderFor(outPath));
        var todo = images.Where(i => !output.IsDone(i.ImageId)).ToList();
        var done = images.Count - todo.Count;
        if (done > 0)
        {
            var fromKilled = output.DoneInPartial > 0 ? $" ({output.DoneInPartial} from an interrupted run)" : "";
            console.Out.WriteLine($"resuming: {done} of {images.Count} images already annotated in {outPath}{fromKilled}; {todo.Count} to go");
        }
        if (todo.Count == 0)
        {
            output.Commit();
            if (job is not null) AnnotateShard.Complete(job, allImages);
            console.Out.WriteLine($"nothing to do: all {images.Count} images are in {output.OutputPath} ({output.Total} graphs)");
            return ExitCodes.Ok;
        }

        var workers = Workers(threads, Math.Max(1, (todo.Count + batch - 1) / batch));
        if (CreateStages(console, config, ref context, workers, out var stages) is { } notCreated) return notCreated;

        using var pipeline = new AnnotationPipeline(stages);
        var sink = new Sink(console, output);
        var clock = Stopwatch.StartNew();
        using (var progress = new Progress(console, todo.Count))
        {
            pipeline.Run(todo, sink, new AnnotationRunOptions { Workers = workers, Batch = batch }, progress);
        }
        clock.Stop();

        if (output.Written == 0 && output.DoneInOutput == 0 && output.DoneInPartial == 0)
        {
            output.Abandon();
            console.Error.WriteLine($"error: none of the {todo.Count} images could be read; {outPath} was not written");
            return ExitCodes.BadInput;
        }
        var total = output.Total;
        output.Commit();
        if (job is not null) AnnotateShard.Complete(job, allImages);
        var skipped = sink.Skipped > 0 ? $", {sink.Skipped} unreadable image(s) skipped" : "";
        console.Out.WriteLine($"wrote {total} graphs to {output.OutputPath} ({output.Written} new{skipped})");
        var rate = output.Written / Math.Max(0.001, clock.Elapsed.TotalSeconds);
        console.Out.WriteLine(FormattableString.Invariant($"{output.Written} images in {clock.Elapsed.TotalSeconds:F1} s = {rate:F2} images/s ({workers} worker(s), batch {batch}, {context.Inference.IntraOpThreads} inference thread(s) each, {device})"));
        WriteTimings(console, pipeline, perSecond: true);
        return ExitCodes.Ok;
    }

    private sealed class Sink(CliConsole console, AnnotationOutput output) : IAnnotationSink
    {
        public int Skipped { get; private set; }

        public void Write(AnnotationResult result) => output.Write(result);

        public void Skip(ImageInput image, ImageDecodeException error)
        {
            Skipped++;
            console.Error.WriteLine($"warning: skipped {error.Path}: {error.Reason}");
        }
    }

    /// <summary>
    /// "annotating: 12/100 images (3.4/s)": redrawn in place every 200 ms on an interactive terminal; elsewhere
    /// (logs of long batch jobs) one line every 30 s.
    /// </summary>
    private sealed class Progress(CliConsole console, int total) : IProgress<AnnotationProgress>, IDisposable
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastDrawMs;
        private bool _drawn;

        public void Report(AnnotationProgress value)
        {
            var interval = console.IsInteractive ? 200 : 30_000;
            if (_clock.ElapsedMilliseconds - _lastDrawMs < interval) return;
            _lastDrawMs = _clock.ElapsedMilliseconds;
            var rate = value.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var skipped = value.Skipped > 0 ? $", {value.Skipped} skipped" : "";
            var text = FormattableString.Invariant($"annotating: {value.Done + value.Skipped}/{total} images ({rate:F1}/s{skipped})");
            if (!console.IsInteractive)
            {
                console.Error.WriteLine(text);
                return;
            }
            console.Error.Write($"\r{text}   ");
            _drawn = true;
        }

        public void Dispose()
        {
            if (_drawn) console.Error.Write("\r" + new string(' ', 70) + "\r");
        }
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using ProVision.Runtime.Sharding;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision annotate</c>: images in, canonical scene graphs out (detect, segment, depth, attributes, relations),
/// resumable; and <c>provision bench annotate</c>: milliseconds per image per stage.
/// </summary>
public static class AnnotateCommand
{
    /// <summary>What both commands need to build a pipeline.</summary>
    private sealed class PipelineOptions
    {
        public Option<string?> Pipeline { get; } = new("--pipeline") { Description = "The pipeline configuration (YAML). Default: the built-in one (see docs/pipeline.md)." };

        public Option<string> Device { get; } = new("--device")
        {
            Description = "Where models run: cpu, or cuda (needs a CUDA build of ONNX Runtime; ProVision ships the CPU build).",
            DefaultValueFactory = _ => "cpu",
        };

        public Option<string?> Models { get; } = new("--models") { Description = $"Folder with the model files. Default: ${ModelStore.EnvironmentVariable}, else ~/.cache/provision/models." };
        public Option<string?> Registry { get; } = new("--registry") { Description = "A models.yaml to use instead of the built-in registry." };

        public PipelineOptions() => Device.AcceptOnlyFromAmong("cpu", "cuda");

        public void AddTo(Command command)
        {
            command.Add(Pipeline);
            command.Add(Device);
            command.Add(Models);
            command.Add(Registry);
        }
    }

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
            result.GetValue(shard.Shard), result.GetValue(shard.Count)));
        return command;
    }

    /// <summary><c>provision bench annotate</c>.</summary>
    public static Command CreateBench(CliConsole console)
    {
        var images = new Option<string?>("--images") { Description = "A folder (or file) of images to time. Default: 4 synthetic 640x480 images." };
        var size = new Option<int>("--size") { Description = "Resize every image so that its longer side has this many pixels before timing (0 = as they are).", DefaultValueFactory = _ => 640 };
        var maxObjects = new Option<int>("--max-objects") { Description = "At most this many objects per image (overrides detect.max_objects; 0 = the pipeline's own).", DefaultValueFactory = _ => 10 };
        var runs = new Option<int>("--runs") { Description = "Passes over the images after one warm-up pass.", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Worker threads, as in `annotate` (0 = one per core); the cores are shared out among them for inference.", DefaultValueFactory = _ => 1 };
        var pipeline = new PipelineOptions();
        var command = new Command("annotate", "Time the annotation pipeline: images/s overall and milliseconds per image per stage.") { images, size, maxObjects, runs, threads };
        pipeline.AddTo(command);
        command.SetAction(result => RunBench(
            console, new BenchSettings(result.GetValue(images), result.GetValue(size), result.GetValue(maxObjects), Math.Max(1, result.GetValue(runs)), result.GetValue(threads)),
            result.GetValue(pipeline.Pipeline), result.GetValue(pipeline.Device)!, result.GetValue(pipeline.Models), result.GetValue(pipeline.Registry)));
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

    /// <summary>What <c>bench annotate</c> times.</summary>
    public sealed record BenchSettings(string? Images, int Size, int MaxObjects, int Runs, int Threads);

    public static int RunBench(CliConsole console, BenchSettings bench, string? pipelinePath, string device, string? modelsFolder, string? registryPath)
    {
        if (bench.Size < 0 || bench.MaxObjects < 0 || bench.Threads < 0)
        {
            console.Error.WriteLine("error: --size, --max-objects and --threads must be 0 or more");
            return ExitCodes.Usage;
        }
        if (Prepare(console, pipelinePath, device, modelsFolder, registryPath, out var config, out var context) is { } failed) return failed;
        if (bench.MaxObjects > 0) config = config with { Detect = config.Detect with { Options = config.Detect.Options with { MaxObjects = bench.MaxObjects } } };

        List<(string Name, RgbImage Image)> decoded;
        if (bench.Images is null)
        {
            decoded = SyntheticImages(4, 640, 480).Select((image, i) => ($"synthetic_{i}", image)).ToList();
        }
        else
        {
            decoded = [];
            try
            {
                foreach (var input in ImageFiles.Find([bench.Images]))
                {
                    try
                    {
                        decoded.Add((input.ImageId, ImageDecoder.Decode(input.Path)));
                    }
                    catch (ImageDecodeException ex)
                    {
                        console.Error.WriteLine($"warning: skipped {ex.Path}: {ex.Reason}");
                    }
                }
            }
            catch (FileNotFoundException ex)
            {
                console.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.BadInput;
            }
            if (decoded.Count == 0)
            {
                console.Error.WriteLine($"error: no readable images in {bench.Images}");
                return ExitCodes.BadInput;
            }
        }

        // The images go through `annotate`'s own path (files decoded by the workers), from a scratch folder, at the asked size.
        var scratch = Directory.CreateTempSubdirectory("provision-bench-annotate-");
        try
        {
            var inputs = new List<ImageInput>();
            foreach (var (name, image) in decoded)
            {
                var sized = bench.Size > 0 ? FitLongerSide(image, bench.Size) : image;
                var path = Path.Combine(scratch.FullName, name + ".png");
                File.WriteAllBytes(path, ImageEncoder.Encode(sized));
                inputs.Add(new ImageInput(path, name));
            }
            var timed = Enumerable.Range(0, bench.Runs).SelectMany(run => inputs.Select(i => i with { ImageId = $"{i.ImageId}#{run}" })).ToList();

            var cores = Environment.ProcessorCount;
            var workers = Workers(bench.Threads, timed.Count);
            if (CreateStages(console, config, ref context, workers, out var stages) is { } notCreated) return notCreated;

            using var pipeline = new AnnotationPipeline(stages);
            var options = new AnnotationRunOptions { Workers = workers };
            pipeline.Run(inputs, new CountingSink(), options); // warm-up: session start-up, JIT, native libraries
            pipeline.Timings.Reset();

            var loadBefore = LoadAverage();
            var sink = new CountingSink();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            pipeline.Run(timed, sink, options);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            if (sink.Images == 0)
            {
                console.Error.WriteLine("error: no image could be decoded");
                return ExitCodes.BadInput;
            }

            var sizes = string.Join(", ", decoded.Select(d => d.Image).Select(i => bench.Size > 0 ? FitLongerSide(i.Width, i.Height, bench.Size) : (i.Width, i.Height)).Distinct().Select(s => $"{s.Item1}x{s.Item2}"));
            console.Out.WriteLine(FormattableString.Invariant(
                $"bench annotate: {inputs.Count} image(s) ({sizes}) x {bench.Runs} run(s) after a warm-up, {(double)sink.Objects / sink.Images:F1} objects per image (max {(bench.MaxObjects > 0 ? bench.MaxObjects : config.Detect.Options.MaxObjects)}), {workers} worker(s) x {context.Inference.IntraOpThreads} inference thread(s), {device}"));
            console.Out.WriteLine(FormattableString.Invariant(
                $"{sink.Images} images in {clock.Elapsed.TotalSeconds:F2} s = {sink.Images / clock.Elapsed.TotalSeconds:F2} images/s; CPU {cpu.TotalMilliseconds / sink.Images:F0} ms per image ({cpu.TotalSeconds / clock.Elapsed.TotalSeconds:F2} cores busy of {cores})"));
            console.Out.WriteLine($"load average (1, 5, 15 min) before: {loadBefore}, after: {LoadAverage()}");
            WriteTimings(console, pipeline, perSecond: false);
            console.Out.WriteLine("(ms/image per stage is wall time inside the stage, summed over workers: on a machine shared with other work it includes waiting for a core)");
            return ExitCodes.Ok;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static (int Width, int Height) FitLongerSide(int width, int height, int side)
    {
        var scale = (double)side / Math.Max(width, height);
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    private static RgbImage FitLongerSide(RgbImage image, int side)
    {
        var (width, height) = FitLongerSide(image.Width, image.Height, side);
        return width == image.Width && height == image.Height ? image : ImageResizer.Resize(image, width, height);
    }

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown" where there is none.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private sealed class CountingSink : IAnnotationSink
    {
        public int Images { get; private set; }
        public long Objects { get; private set; }

        public void Write(AnnotationResult result)
        {
            Images++;
            Objects += result.Objects.Length;
        }

        public void Skip(ImageInput image, ImageDecodeException error) { }
    }

    /// <summary>Checks the device and reads the registry and configuration; returns an exit code (after printing the error) when either is wrong.</summary>
    /// <summary>Worker threads for <paramref name="threads"/> (0 = one per core), never more than there is work for.</summary>
    private static int Workers(int threads, int atMost) =>
        Math.Clamp(threads == 0 ? Environment.ProcessorCount : threads, 1, Math.Max(1, atMost));

    /// <summary>
    /// The stages for <paramref name="workers"/> workers, the cores shared out among their inference sessions, or
    /// the exit code after a clear message (a bad configuration or model: 2; a device this machine lacks: 1).
    /// </summary>
    private static int? CreateStages(CliConsole console, PipelineConfig config, ref StageContext context, int workers, out AnnotationStages stages)
    {
        context = context with { Inference = context.Inference with { IntraOpThreads = Math.Max(1, Environment.ProcessorCount / workers) } };
        try
        {
            stages = AnnotationStages.Create(config, context);
            return null;
        }
        catch (Exception ex) when (ex is ConfigException or ModelException or DeviceUnavailableException)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            stages = null!;
            return ex is DeviceUnavailableException ? ExitCodes.Usage : ExitCodes.BadInput;
        }
    }

    private static int? Prepare(CliConsole console, string? pipelinePath, string device, string? modelsFolder, string? registryPath, out PipelineConfig config, out StageContext context)
    {
        config = null!;
        context = null!;
        var executionDevice = device == "cuda" ? ExecutionDevice.Cuda : ExecutionDevice.Cpu;
        try
        {
            OnnxSessions.EnsureAvailable(executionDevice);
            var registry = registryPath is null ? ModelRegistry.Default : ModelRegistry.Load(registryPath);
            config = pipelinePath is null ? PipelineConfig.Default(registry) : PipelineConfig.Load(pipelinePath, registry);
            var store = new ModelStore(modelsFolder ?? ModelStore.DefaultFolder());
            context = new StageContext { Registry = registry, Store = store, ConfigFolder = config.Folder, Inference = new InferenceOptions { Device = executionDevice } };
            return null;
        }
        catch (DeviceUnavailableException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (ConfigException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static void WriteTimings(CliConsole console, AnnotationPipeline pipeline, bool perSecond)
    {
        var withCpu = pipeline.Timings.CpuMillisecondsPerImage("detect") is not null;
        var table = new Table().AddColumn("stage").AddColumn("method").AddColumn(new TableColumn("ms/image").RightAligned());
        if (withCpu) table.AddColumn(new TableColumn("CPU ms/image").RightAligned());
        if (perSecond) table.AddColumn(new TableColumn("images/s").RightAligned());
        foreach (var stage in StageTimings.Names)
        {
            var images = pipeline.Timings.Images(stage);
            if (images == 0) continue;
            var ms = pipeline.Timings.MillisecondsPerImage(stage);
            var method = stage switch
            {
                "decode" => "skia",
                "write" => "jsonl",
                _ => pipeline.Stages.Methods.GetValueOrDefault(stage, "?"),
            };
            var row = new List<string> { stage, Markup.Escape(method), ms.ToString("F2", CultureInfo.InvariantCulture) };
            if (withCpu) row.Add((pipeline.Timings.CpuMillisecondsPerImage(stage) ?? 0).ToString("F2", CultureInfo.InvariantCulture));
            if (perSecond) row.Add(ms <= 0 ? "-" : (1000 / ms).ToString("F1", CultureInfo.InvariantCulture));
            table.AddRow(row.ToArray());
        }
        console.Ansi.Write(table);
        if (perSecond) console.Out.WriteLine("(images/s per stage is per worker thread: 1000 / ms per image)");
        if (withCpu) console.Out.WriteLine("(CPU ms/image: the worker thread's own CPU time; leaves out waiting for a core and any extra inference threads)");
    }

    /// <summary>Deterministic test pictures: a gradient with coloured rectangles.</summary>
    private static IEnumerable<RgbImage> SyntheticImages(int count, int width, int height)
    {
        var random = new Random(42);
        for (var n = 0; n < count; n++)
        {
            var pixels = new byte[width * height * 3];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var i = ((y * width) + x) * 3;
                    pixels[i] = (byte)(x * 255 / width);
                    pixels[i + 1] = (byte)(y * 255 / height);
                    pixels[i + 2] = 128;
                }
            }
            for (var r = 0; r < 6; r++)
            {
                int x0 = random.Next(width - 40), y0 = random.Next(height - 40), w = random.Next(20, 200), h = random.Next(20, 200);
                var colour = new[] { (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256) };
                for (var y = y0; y < Math.Min(height, y0 + h); y++)
                {
                    for (var x = x0; x < Math.Min(width, x0 + w); x++) colour.CopyTo(pixels, ((y * width) + x) * 3);
                }
            }
            yield return new RgbImage(width, height, pixels);
        }
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

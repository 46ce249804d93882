using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
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
        var command = new Command("annotate", "Detect, segment and describe images into canonical scene graphs (JSONL); a killed run resumes where it stopped.") { inputs, output, threads, batch };
        pipeline.AddTo(command);
        command.SetAction(result => Run(
            console, result.GetValue(inputs) ?? [], result.GetRequiredValue(output), result.GetValue(pipeline.Pipeline),
            result.GetValue(threads), result.GetValue(batch), result.GetValue(pipeline.Device)!, result.GetValue(pipeline.Models), result.GetValue(pipeline.Registry)));
        return command;
    }

    /// <summary><c>provision bench annotate</c>.</summary>
    public static Command CreateBench(CliConsole console)
    {
        var images = new Option<string?>("--images") { Description = "A folder (or file) of images to time. Default: 4 synthetic 640x480 images." };
        var runs = new Option<int>("--runs") { Description = "Passes over the images after one warm-up pass.", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Threads one inference may use (0 = all cores). Default 1, what each `annotate` worker gets when there is one worker per core.", DefaultValueFactory = _ => 1 };
        var pipeline = new PipelineOptions();
        var command = new Command("annotate", "Time the annotation pipeline image by image and report milliseconds per image per stage.") { images, runs, threads };
        pipeline.AddTo(command);
        command.SetAction(result => RunBench(
            console, result.GetValue(images), Math.Max(1, result.GetValue(runs)), result.GetValue(threads), result.GetValue(pipeline.Pipeline),
            result.GetValue(pipeline.Device)!, result.GetValue(pipeline.Models), result.GetValue(pipeline.Registry)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> inputs, string outPath, string? pipelinePath, int threads, int batch, string device, string? modelsFolder, string? registryPath)
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

        using var output = AnnotationOutput.Open(outPath);
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
            console.Out.WriteLine($"nothing to do: all {images.Count} images are in {outPath} ({output.Total} graphs)");
            return ExitCodes.Ok;
        }

        var cores = Environment.ProcessorCount;
        var workers = Math.Clamp(threads == 0 ? cores : threads, 1, Math.Max(1, (todo.Count + batch - 1) / batch));
        context = context with { Inference = context.Inference with { IntraOpThreads = Math.Max(1, cores / workers) } };
        AnnotationStages stages;
        try
        {
            stages = AnnotationStages.Create(config, context);
        }
        catch (Exception ex) when (ex is ConfigException or ModelException or DeviceUnavailableException)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ex is DeviceUnavailableException ? ExitCodes.Usage : ExitCodes.BadInput;
        }

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
        var skipped = sink.Skipped > 0 ? $", {sink.Skipped} unreadable image(s) skipped" : "";
        console.Out.WriteLine($"wrote {total} graphs to {outPath} ({output.Written} new{skipped})");
        var rate = output.Written / Math.Max(0.001, clock.Elapsed.TotalSeconds);
        console.Out.WriteLine(FormattableString.Invariant($"{output.Written} images in {clock.Elapsed.TotalSeconds:F1} s = {rate:F2} images/s ({workers} worker(s), batch {batch}, {context.Inference.IntraOpThreads} inference thread(s) each, {device})"));
        WriteTimings(console, pipeline, perSecond: true);
        return ExitCodes.Ok;
    }

    public static int RunBench(CliConsole console, string? imagesPath, int runs, int threads, string? pipelinePath, string device, string? modelsFolder, string? registryPath)
    {
        if (Prepare(console, pipelinePath, device, modelsFolder, registryPath, out var config, out var context) is { } failed) return failed;

        List<(string Name, byte[] Bytes)> encoded;
        if (imagesPath is null)
        {
            encoded = SyntheticImages(4, 640, 480).Select((image, i) => ($"synthetic_{i}", ImageEncoder.Encode(image))).ToList();
        }
        else
        {
            try
            {
                encoded = ImageFiles.Find([imagesPath]).Select(i => (i.ImageId, File.ReadAllBytes(i.Path))).ToList();
            }
            catch (FileNotFoundException ex)
            {
                console.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.BadInput;
            }
            if (encoded.Count == 0)
            {
                console.Error.WriteLine($"error: no images in {imagesPath}");
                return ExitCodes.BadInput;
            }
        }

        context = context with { Inference = context.Inference with { IntraOpThreads = threads } };
        AnnotationStages stages;
        try
        {
            stages = AnnotationStages.Create(config, context);
        }
        catch (Exception ex) when (ex is ConfigException or ModelException or DeviceUnavailableException)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return ex is DeviceUnavailableException ? ExitCodes.Usage : ExitCodes.BadInput;
        }

        using var pipeline = new AnnotationPipeline(stages);
        var detectTimes = new List<double>();
        for (var pass = 0; pass <= runs; pass++)
        {
            foreach (var (name, bytes) in encoded)
            {
                RgbImage image;
                try
                {
                    image = pipeline.Timings.Time("decode", () => ImageDecoder.Decode(bytes, name));
                }
                catch (ImageDecodeException ex)
                {
                    if (pass == 0) console.Error.WriteLine($"warning: skipped {ex.Message}");
                    continue;
                }
                var before = pipeline.Timings.Total("detect");
                pipeline.Annotate(image, name);
                if (pass > 0) detectTimes.Add((pipeline.Timings.Total("detect") - before).TotalMilliseconds);
            }
            if (pass == 0) pipeline.Timings.Reset(); // the warm-up pass pays for session start-up
        }
        if (detectTimes.Count == 0)
        {
            console.Error.WriteLine("error: no image could be decoded");
            return ExitCodes.BadInput;
        }

        var inferenceThreads = threads == 0 ? $"all {Environment.ProcessorCount} cores" : $"{threads} thread(s)";
        console.Out.WriteLine($"bench annotate: {detectTimes.Count / runs} image(s) x {runs} run(s) after a warm-up, one image at a time, {inferenceThreads} per inference, {device}");
        WriteTimings(console, pipeline, perSecond: false);
        detectTimes.Sort();
        console.Out.WriteLine(FormattableString.Invariant(
            $"detect ({stages.Detector.Name}): median {detectTimes[detectTimes.Count / 2]:F1} ms, min {detectTimes[0]:F1} ms, max {detectTimes[^1]:F1} ms per image"));
        return ExitCodes.Ok;
    }

    /// <summary>Checks the device and reads the registry and configuration; returns an exit code (after printing the error) when either is wrong.</summary>
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
        var table = new Table().AddColumn("stage").AddColumn("method").AddColumn(new TableColumn("ms/image").RightAligned());
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
            if (perSecond) row.Add(ms <= 0 ? "-" : (1000 / ms).ToString("F1", CultureInfo.InvariantCulture));
            table.AddRow(row.ToArray());
        }
        console.Ansi.Write(table);
        if (perSecond) console.Out.WriteLine("(images/s per stage is per worker thread: 1000 / ms per image)");
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

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using Spectre.Console;
using static ProVision.Cli.Commands.AnnotationSetup;

namespace ProVision.Cli.Commands;

/// <summary><c>provision bench annotate</c>: images/s overall and milliseconds per image per stage of the annotation pipeline.</summary>
public static class BenchAnnotate
{
    /// <summary><c>provision bench annotate</c>.</summary>
    public static Command Create(CliConsole console)
    {
        var images = new Option<string?>("--images") { Description = "A folder (or file) of images to time. Default: 4 synthetic 640x480 images." };
        var size = new Option<int>("--size") { Description = "Resize every image so that its longer side has this many pixels before timing (0 = as they are).", DefaultValueFactory = _ => 640 };
        var maxObjects = new Option<int>("--max-objects") { Description = "At most this many objects per image (overrides detect.max_objects; 0 = the pipeline's own).", DefaultValueFactory = _ => 10 };
        var runs = new Option<int>("--runs") { Description = "Passes over the images after one warm-up pass.", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Worker threads, as in `annotate` (0 = one per core); the cores are shared out among them for inference.", DefaultValueFactory = _ => 1 };
        var pipeline = new PipelineOptions();
        var command = new Command("annotate", "Time the annotation pipeline: images/s overall and milliseconds per image per stage.") { images, size, maxObjects, runs, threads };
        pipeline.AddTo(command);
        command.SetAction(result => Run(
            console, new BenchSettings(result.GetValue(images), result.GetValue(size), result.GetValue(maxObjects), Math.Max(1, result.GetValue(runs)), result.GetValue(threads)),
            result.GetValue(pipeline.Pipeline), result.GetValue(pipeline.Device)!, result.GetValue(pipeline.Models), result.GetValue(pipeline.Registry)));
        return command;
    }

    /// <summary>What <c>bench annotate</c> times.</summary>
    public sealed record BenchSettings(string? Images, int Size, int MaxObjects, int Runs, int Threads);

    public static int Run(CliConsole console, BenchSettings bench, string? pipelinePath, string device, string? modelsFolder, string? registryPath)
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
}

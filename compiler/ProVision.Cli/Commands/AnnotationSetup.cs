using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProVision.Pipeline.Annotation;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Imaging;
using ProVision.Pipeline.Models;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary>The pipeline set-up <c>annotate</c> and <c>bench annotate</c> share: options, device, registry, stages, timings.</summary>
internal static class AnnotationSetup
{
    /// <summary>What <c>annotate</c> and <c>bench annotate</c> need to build a pipeline.</summary>
    internal sealed class PipelineOptions
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

    /// <summary>Worker threads for <paramref name="threads"/> (0 = one per core), never more than there is work for.</summary>
    internal static int Workers(int threads, int atMost) =>
        Math.Clamp(threads == 0 ? Environment.ProcessorCount : threads, 1, Math.Max(1, atMost));

    /// <summary>
    /// The stages for <paramref name="workers"/> workers, the cores shared out among their inference sessions, or
    /// the exit code after a clear message (a bad configuration or model: 2; a device this machine lacks: 1).
    /// </summary>
    internal static int? CreateStages(CliConsole console, PipelineConfig config, ref StageContext context, int workers, out AnnotationStages stages)
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

    /// <summary>Checks the device and reads the registry and configuration; returns an exit code (after printing the error) when either is wrong.</summary>
    internal static int? Prepare(CliConsole console, string? pipelinePath, string device, string? modelsFolder, string? registryPath, out PipelineConfig config, out StageContext context)
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

    internal static void WriteTimings(CliConsole console, AnnotationPipeline pipeline, bool perSecond)
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
}

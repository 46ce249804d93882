using Microsoft.ML.OnnxRuntime;

namespace ProVision.Pipeline.Models;

/// <summary>Where ONNX models run.</summary>
public enum ExecutionDevice
{
    Cpu,

    /// <summary>NVIDIA GPU through ONNX Runtime's CUDA execution provider (needs a CUDA build of ONNX Runtime).</summary>
    Cuda,
}

/// <summary>How every ONNX session of a run is created.</summary>
public sealed record InferenceOptions
{
    public ExecutionDevice Device { get; init; } = ExecutionDevice.Cpu;

    /// <summary>Threads one inference may use (ONNX Runtime intra-op threads); 0 = all cores.</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>CUDA device index.</summary>
    public int DeviceId { get; init; }

    public static InferenceOptions Default { get; } = new();
}

/// <summary>The requested execution device is not available in this build or on this machine.</summary>
public sealed class DeviceUnavailableException : Exception
{
    public DeviceUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>Creates ONNX Runtime sessions the same way for every stage (device, threads, quiet logging).</summary>
public static class OnnxSessions
{
    public const string CudaProvider = "CUDAExecutionProvider";

    /// <summary>The execution providers this build of ONNX Runtime offers.</summary>
    public static IReadOnlyList<string> AvailableProviders() => OrtEnv.Instance().GetAvailableProviders();

    /// <summary>Throws when <paramref name="device"/> cannot be used, with a message that says why and what to do.</summary>
    /// <exception cref="DeviceUnavailableException">CUDA was asked for but this ONNX Runtime build has no CUDA provider.</exception>
    public static void EnsureAvailable(ExecutionDevice device)
    {
        if (device != ExecutionDevice.Cuda) return;
        var providers = AvailableProviders();
        if (!providers.Contains(CudaProvider))
        {
            throw new DeviceUnavailableException(
                $"--device cuda: the CUDA execution provider is not available (this ONNX Runtime build offers {string.Join(", ", providers)}). " +
                "ProVision ships the CPU build; for a GPU, build the CLI against Microsoft.ML.OnnxRuntime.Gpu with CUDA and cuDNN installed, or use --device cpu.");
        }
    }

    /// <summary>Opens <paramref name="modelPath"/> with <paramref name="options"/>.</summary>
    /// <exception cref="DeviceUnavailableException">The device is not available.</exception>
    /// <exception cref="ModelException">The file is missing or is not a valid ONNX model.</exception>
    public static InferenceSession Open(string modelPath, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        EnsureAvailable(options.Device);
        if (!File.Exists(modelPath)) throw new ModelException($"{modelPath}: model file not found");
        var session = new SessionOptions
        {
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            InterOpNumThreads = 1,
            IntraOpNumThreads = Math.Max(0, options.IntraOpThreads),
        };
        try
        {
            if (options.Device == ExecutionDevice.Cuda)
            {
                try
                {
                    session.AppendExecutionProvider_CUDA(options.DeviceId);
                }
                catch (OnnxRuntimeException ex)
                {
                    throw new DeviceUnavailableException($"--device cuda: the CUDA execution provider could not start ({ex.Message}); check the NVIDIA driver, CUDA and cuDNN, or use --device cpu", ex);
                }
            }
            return new InferenceSession(modelPath, session);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new ModelException($"{modelPath}: not a valid ONNX model for this ONNX Runtime ({FirstLine(ex.Message)})", ex);
        }
        finally
        {
            session.Dispose();
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}

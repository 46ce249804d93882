using System.Diagnostics;

namespace ProVision.Pipeline.Annotation;

/// <summary>
/// Time spent per stage, summed over worker threads (thread-safe): wall time, and where the platform tells it, the
/// worker thread's CPU time (which leaves out waiting for a core on a busy machine, and the extra threads an ONNX
/// Runtime session may use).
/// </summary>
public sealed class StageTimings
{
    /// <summary>The stages in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["decode", "detect", "segment", "depth", "attributes", "relations", "write"];

    private readonly long[] _ticks = new long[Names.Count];
    private readonly long[] _images = new long[Names.Count];
    private readonly long[] _cpuMicroseconds = new long[Names.Count];

    public void Add(string stage, long stopwatchTicks, int images = 1)
    {
        var i = IndexOf(stage);
        Interlocked.Add(ref _ticks[i], stopwatchTicks);
        Interlocked.Add(ref _images[i], images);
    }

    /// <summary>Runs <paramref name="action"/> and adds its wall time (and, where known, its CPU time) to <paramref name="stage"/>.</summary>
    public T Time<T>(string stage, Func<T> action, int images = 1)
    {
        var cpuStart = ThreadCpuClock.Microseconds();
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Add(stage, Stopwatch.GetTimestamp() - start, images);
            if (cpuStart is { } before && ThreadCpuClock.Microseconds() is { } after)
            {
                Interlocked.Add(ref _cpuMicroseconds[IndexOf(stage)], after - before);
            }
        }
    }

    /// <summary>Mean CPU milliseconds of the worker thread per image of a stage, or null when CPU time is not available.</summary>
    public double? CpuMillisecondsPerImage(string stage)
    {
        if (ThreadCpuClock.Microseconds() is null) return null;
        var n = Images(stage);
        return n == 0 ? 0 : Interlocked.Read(ref _cpuMicroseconds[IndexOf(stage)]) / 1000.0 / n;
    }

    public TimeSpan Total(string stage) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[IndexOf(stage)]));

    public long Images(string stage) => Interlocked.Read(ref _images[IndexOf(stage)]);

    /// <summary>Mean milliseconds per image of a stage (0 when it saw no image).</summary>
    public double MillisecondsPerImage(string stage)
    {
        var n = Images(stage);
        return n == 0 ? 0 : Total(stage).TotalMilliseconds / n;
    }

    public void Reset()
    {
        Array.Clear(_ticks);
        Array.Clear(_images);
        Array.Clear(_cpuMicroseconds);
    }

    private static int IndexOf(string stage)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == stage) return i;
        }
        throw new ArgumentException($"unknown stage '{stage}'", nameof(stage));
    }
}

using System.Diagnostics;

namespace ProVision.Pipeline.Annotation;

/// <summary>Time spent per stage, summed over worker threads (thread-safe).</summary>
public sealed class StageTimings
{
    /// <summary>The stages in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["decode", "detect", "segment", "depth", "attributes", "relations", "write"];

    private readonly long[] _ticks = new long[Names.Count];
    private readonly long[] _images = new long[Names.Count];

    public void Add(string stage, long stopwatchTicks, int images = 1)
    {
        var i = IndexOf(stage);
        Interlocked.Add(ref _ticks[i], stopwatchTicks);
        Interlocked.Add(ref _images[i], images);
    }

    /// <summary>Runs <paramref name="action"/> and adds its time to <paramref name="stage"/>.</summary>
    public T Time<T>(string stage, Func<T> action, int images = 1)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Add(stage, Stopwatch.GetTimestamp() - start, images);
        }
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

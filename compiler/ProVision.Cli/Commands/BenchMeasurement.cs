using System.Diagnostics;

namespace ProVision.Cli.Commands;

/// <summary>
/// One timed bench run: wall clock, CPU of the whole process, bytes allocated, collections and the share of the wall
/// clock spent in GC pauses, and peak memory. Start it right before the work and call <see cref="Stop"/> right after.
/// </summary>
internal sealed class BenchMeasurement : IDisposable
{
    private readonly BenchCommand.MemorySampler _memory;
    private readonly Stopwatch _clock;
    private readonly double _cpu;
    private readonly long _allocated;
    private readonly int _collections;
    private readonly TimeSpan _pause;

    private BenchMeasurement()
    {
        GC.Collect();
        _memory = new BenchCommand.MemorySampler();
        _allocated = GC.GetTotalAllocatedBytes(precise: true);
        _collections = GC.CollectionCount(0);
        _pause = GC.GetTotalPauseDuration();
        _cpu = CpuSeconds();
        _clock = Stopwatch.StartNew();
    }

    public static BenchMeasurement Start() => new();

    public double Seconds { get; private set; }
    public double CpuSecondsUsed { get; private set; }
    public long AllocatedBytes { get; private set; }

    /// <summary>Collections of any generation (each one counts generation 0).</summary>
    public int Collections { get; private set; }
    public double PauseShare { get; private set; }

    public void Stop()
    {
        _clock.Stop();
        CpuSecondsUsed = CpuSeconds() - _cpu;
        Seconds = _clock.Elapsed.TotalSeconds;
        AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        Collections = GC.CollectionCount(0) - _collections;
        PauseShare = (GC.GetTotalPauseDuration() - _pause).TotalSeconds / Seconds;
        _memory.Stop();
    }

    /// <summary>Allocation per unit of work, GC count and pause share, peak memory: the part of a line every run prints.</summary>
    public string Describe(long units, string unit) =>
        $"allocated {Allocation(units, unit)}, {Collections:N0} GCs, GC pauses {PauseShare:P1} of the time; " +
        $"peak managed heap {_memory.PeakManagedBytes / (1 << 20):N0} MiB, peak working set {_memory.PeakWorkingSetBytes / (1 << 20):N0} MiB";

    // Per unit; with none (every graph had an error) a per-unit figure would be the total under a wrong name.
    private string Allocation(long units, string unit) =>
        units > 0 ? $"{AllocatedBytes / (double)units / 1024:N1} KiB/{unit}" : $"{AllocatedBytes / 1024.0:N1} KiB in all (no {unit})";

    /// <summary>
    /// CPU time of the whole process (all threads): on a shared machine wall-clock rates fall with other load, while
    /// work per CPU-second does not, so both are printed. Includes the memory sampler's few wake-ups.
    /// </summary>
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    public void Dispose() => _memory.Dispose();
}

using ProVision.Runtime.Generation;

namespace ProVision.Runtime.Engine;

/// <summary>How a generation run is driven: what every generator sees, how many items to keep, how many threads.</summary>
public sealed record EngineOptions
{
    public GenerationOptions Generation { get; init; } = GenerationOptions.Default;

    /// <summary>Items kept per generator per image; null keeps every item a generator makes.</summary>
    public int? PerImage { get; init; } = 1;

    /// <summary>Worker threads; the output is byte-identical for any value.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// End the run at the first pack fault (<c>--on-error stop</c>) with <see cref="PackFaultException"/>, instead of
    /// skipping the graph for that generator and counting it.
    /// </summary>
    public bool StopOnPackFault { get; init; }

    /// <summary>Graphs processed together; bounds memory (their items are held until written in order).</summary>
    public int BatchSize { get; init; } = 256;

    public void Validate()
    {
        Generation.Validate();
        if (PerImage is < 1) throw new ArgumentOutOfRangeException(nameof(PerImage), PerImage, "keep at least one item per image, or all");
        if (Threads < 1) throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "at least one thread");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "at least one graph per batch");
    }
}

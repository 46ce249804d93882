namespace ProVision.Runtime.Loading;

/// <summary>What to do with a graph that fails to load or validate.</summary>
public enum ErrorPolicy
{
    /// <summary>Report the first error and stop; callers write nothing partial.</summary>
    Stop,

    /// <summary>Skip the graph, keep going, and report totals of what was skipped and why.</summary>
    Skip,
}

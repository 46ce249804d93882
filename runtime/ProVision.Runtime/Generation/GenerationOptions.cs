namespace ProVision.Runtime.Generation;

/// <summary>
/// Run-wide settings every generator context reads. Immutable; one instance serves all threads.
/// </summary>
public sealed record GenerationOptions
{
    /// <summary>The defaults.</summary>
    public static GenerationOptions Default { get; } = new();

    /// <summary>The run seed: every random choice is a pure function of it and the item's identity.</summary>
    public ulong Seed { get; init; }

    /// <summary>Question/answer or description items.</summary>
    public GenerationMode Mode { get; init; } = GenerationMode.Qa;

    /// <summary>Probability that a QA item becomes multiple choice (when it has at least 2 distinct candidates). Default 0.5.</summary>
    public double McRatio { get; init; } = 0.5;

    /// <summary>At most this many options per multiple-choice item, answer included (2 to 26). Default 4.</summary>
    public int ChoiceCount { get; init; } = 4;

    /// <summary>Digits, words, or a per-item random choice for counts and ordinals. Default random.</summary>
    public NumberMode NumberMode { get; init; } = NumberMode.Random;

    /// <summary>
    /// Minimum depth difference for depth comparisons, on the scale of a 0-255 map (default 50, the reference's).
    /// A map declaring another range scales it: the threshold used is <c>DepthThreshold * (max - min) / 255</c>
    /// (see <see cref="Stdlib.Depth.ScaledThreshold"/>), so 50 means "about a fifth of the range" on any map.
    /// </summary>
    public double DepthThreshold { get; init; } = 50;

    /// <summary>At most this many items per generator per graph (or per multi-image draw). Default 10,000.</summary>
    public int ItemsPerGraphBudget { get; init; } = 10_000;

    /// <summary>
    /// At most this much time per generator per graph, checked every 256 <see cref="GeneratorContext.ShouldStop"/>
    /// calls; <see cref="Timeout.InfiniteTimeSpan"/> for no limit. Default 10 seconds.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// At most this many list elements per generator per graph, counted as the emitted code builds lists
    /// (comprehensions, list literals): bounds memory the way <see cref="TimeBudget"/> bounds time. Default 1,000,000.
    /// </summary>
    public int ElementBudget { get; init; } = 1_000_000;

    /// <summary>Emit one item per template phrasing instead of one random phrasing (template enumeration).</summary>
    public bool AllTemplates { get; init; }

    /// <summary>Throws when a setting is out of range; contexts call it once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!(McRatio >= 0 && McRatio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(McRatio), McRatio, "The multiple-choice ratio must lie in [0, 1].");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(ChoiceCount, 2, nameof(ChoiceCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ChoiceCount, Generation.ChoiceFormatter.MaxChoices, nameof(ChoiceCount));
        if (!(DepthThreshold >= 0) || !double.IsFinite(DepthThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(DepthThreshold), DepthThreshold, "The depth threshold must be a finite non-negative number.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(ItemsPerGraphBudget, 1, nameof(ItemsPerGraphBudget));
        ArgumentOutOfRangeException.ThrowIfLessThan(ElementBudget, 1, nameof(ElementBudget));
        if (TimeBudget <= TimeSpan.Zero && TimeBudget != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeBudget), TimeBudget, "The time budget must be positive or infinite.");
        }
        // The non-generic overload: Enum.IsDefined<TEnum> is generic code over an enum that the JIT compiles at every
        // start, once per enum type (docs/performance.md#session-11-warm-start-to-the-first-graph).
        if (!Enum.IsDefined(typeof(GenerationMode), Mode) || !Enum.IsDefined(typeof(NumberMode), NumberMode))
        {
            throw new ArgumentOutOfRangeException(nameof(Mode), "Unknown generation or number mode.");
        }
    }
}

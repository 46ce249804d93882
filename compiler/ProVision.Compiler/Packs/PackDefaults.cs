using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Packs;

/// <summary>
/// <c>defaults</c> in pack.yaml: run settings a pack suggests; null means "not set" (the runtime's default, or the
/// command line's, applies). Ranges are checked by <see cref="PackManifestReader"/>.
/// </summary>
public sealed record PackDefaults
{
    /// <summary><c>seed</c>: the run seed (0 to 2^64-1).</summary>
    public ulong? Seed { get; init; }

    /// <summary><c>mc_ratio</c>: probability of multiple choice, in [0, 1].</summary>
    public double? McRatio { get; init; }

    /// <summary><c>choices</c>: most options per multiple-choice item, 2 to 26.</summary>
    public int? Choices { get; init; }

    /// <summary><c>per_image</c>: items kept per image and generator (at least 1); read by the run driver.</summary>
    public int? PerImage { get; init; }

    /// <summary><c>number_mode</c>: numeric, word or random.</summary>
    public NumberMode? NumberMode { get; init; }

    /// <summary><c>depth_threshold</c>: on the 0-255 scale.</summary>
    public double? DepthThreshold { get; init; }

    /// <summary><c>images_per_item</c>: images per multi-image item, 1 to 16; read by the run driver.</summary>
    public int? ImagesPerItem { get; init; }

    /// <summary><c>items_per_graph_budget</c>: items per generator per graph (at least 1).</summary>
    public int? ItemsPerGraphBudget { get; init; }

    /// <summary><c>time_budget_ms</c>: milliseconds per generator per graph; <see cref="Timeout.InfiniteTimeSpan"/> for <c>none</c>.</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary><paramref name="options"/> with every setting this pack sets replaced.</summary>
    public GenerationOptions ApplyTo(GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            Seed = Seed ?? options.Seed,
            McRatio = McRatio ?? options.McRatio,
            ChoiceCount = Choices ?? options.ChoiceCount,
            NumberMode = NumberMode ?? options.NumberMode,
            DepthThreshold = DepthThreshold ?? options.DepthThreshold,
            ItemsPerGraphBudget = ItemsPerGraphBudget ?? options.ItemsPerGraphBudget,
            TimeBudget = TimeBudget ?? options.TimeBudget,
        };
    }
}

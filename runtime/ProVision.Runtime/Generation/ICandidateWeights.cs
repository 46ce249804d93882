namespace ProVision.Runtime.Generation;

/// <summary>
/// Balancing weights of candidate items, read from a live draft as it is emitted (weighted selection,
/// docs/randomness.md): a candidate's selection value is an exponential key <c>-ln(1 - u) / weight</c>, and the k
/// smallest are kept.
/// </summary>
public interface ICandidateWeights
{
    /// <summary>The weight of the item <paramref name="generator"/> is emitting from <paramref name="draft"/> (tags set).</summary>
    double Weight(string generator, ItemDraft draft);

    /// <summary>
    /// An upper bound of every weight <see cref="Weight"/> gives for <paramref name="generator"/>, so that a candidate
    /// whose smallest possible key cannot be kept is skipped before its emit block runs.
    /// </summary>
    double MaxWeight(string generator);
}

/// <summary>
/// A collector that only counts what emitted drafts carry (pass 1 of balanced sampling): the context hands it each
/// draft as it is emitted and neither renders nor copies it. A context with such a collector is
/// <see cref="GeneratorContext.CountingTags"/>: the emitted code then builds only what the tags need.
/// </summary>
public interface IDraftCounter : IItemCollector
{
    /// <summary>Counts the draft <paramref name="generator"/> is emitting.</summary>
    void Count(string generator, ItemDraft draft);

    void IItemCollector.Add(Items.GeneratedItem item) =>
        throw new InvalidOperationException("A draft counter takes drafts; the context never renders for it.");
}

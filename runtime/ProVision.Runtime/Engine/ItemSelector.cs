namespace ProVision.Runtime.Engine;

/// <summary>
/// Chooses which of a generator's candidate items on one image to keep: k of them (or all), uniformly or, with
/// tag counts, weighted by <see cref="TagCounts.Weight(string, Generation.ItemDraft)"/>. Kept items stay in their
/// original order.
/// </summary>
/// <remarks>
/// Either way the k candidates with the smallest selection values (<see cref="Generation.DeferredItem.SelectionValue"/>,
/// from each candidate's own key, under weights an exponential key) are kept, chosen while the generator runs, so
/// candidates that cannot win are not built (uniform) or not copied (weighted, where only a bound of the weight is
/// known before the emit block). The choice is the same in any thread and any shard (docs/randomness.md).
/// </remarks>
public sealed class ItemSelector(int? perImage, TagCounts? balance)
{
    /// <summary>The tag counts of balanced sampling, or null for uniform sampling.</summary>
    public TagCounts? Balance => balance;

    /// <summary>k, the number of smallest selection values the candidate list keeps while the generator runs; null keeps all.</summary>
    public int? KeepSmallest => perImage;
}

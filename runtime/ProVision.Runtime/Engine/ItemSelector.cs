using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Chooses which of a generator's candidate items on one image to keep: k of them (or all), uniformly or, with
/// tag counts, weighted by <see cref="TagCounts.Weight(GeneratedItem)"/>. Kept items stay in their original order.
/// </summary>
/// <remarks>
/// Uniform: the k candidates with the smallest selection values (<see cref="Generation.DeferredItem.SelectionValue"/>,
/// from each candidate's own key), chosen while the generator runs (<see cref="KeepSmallest"/>), so candidates that
/// cannot win are never built. Weighted: the random stream is keyed by (seed, generator, image id,
/// <see cref="SelectionStream"/>), over all the unrendered candidates, once the run is over (<see cref="Choose"/>).
/// Either way the choice is the same in any thread and any shard.
/// </remarks>
public sealed class ItemSelector(int? perImage, ulong seed, TagCounts? balance)
{
    /// <summary>The item index whose random stream picks which items to keep (never a real item's index).</summary>
    public const long SelectionStream = -2;

    /// <summary>The tag counts of balanced sampling, or null for uniform sampling.</summary>
    public TagCounts? Balance => balance;

    /// <summary>
    /// For uniform sampling of k per image: k, the number of smallest selection values the candidate list keeps
    /// while the generator runs. Null when every candidate must be collected (all items, or balanced sampling,
    /// whose weights need each candidate's tags).
    /// </summary>
    public int? KeepSmallest => balance is null ? perImage : null;

    /// <summary>
    /// For balanced sampling: the indices (ascending) of the candidates to keep among <paramref name="count"/>, or
    /// null to keep all of them (no k, no tag counts, or no more than k candidates). <paramref name="weight"/> gives
    /// candidate i's balancing weight.
    /// </summary>
    public int[]? Choose(int count, string generator, string imageId, Func<int, double> weight)
    {
        if (balance is null || perImage is not { } k || count <= k)
        {
            return null;
        }
        var random = new RandomKey(seed, generator, imageId, SelectionStream).CreateRandom();
        var chosen = Weighted(count, k, random, weight);
        Array.Sort(chosen);
        return chosen;
    }

    /// <summary>
    /// Weighted sampling without replacement (Efraimidis and Spirakis): each candidate draws u in (0, 1) and gets
    /// the key ln(u) / w; the k largest keys win. Equivalent to drawing one at a time with probability proportional
    /// to weight, in one pass.
    /// </summary>
    private static int[] Weighted(int count, int k, DeterministicRandom random, Func<int, double> weight)
    {
        var keys = new double[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            var u = 1.0 - random.NextDouble(); // (0, 1]: ln is finite
            keys[i] = Math.Log(u) / weight(i);
            order[i] = i;
        }
        // Largest key first; ties by index so the order is total and deterministic.
        Array.Sort(order, (a, b) => keys[b] != keys[a] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));
        return order[..k];
    }
}

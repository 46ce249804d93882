using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Chooses which of a generator's candidate items on one image to keep: k of them (or all), uniformly or, with
/// tag counts, weighted by <see cref="TagCounts.Weight(GeneratedItem)"/>. Kept items stay in their original order.
/// The random stream is keyed by (seed, generator, image id, <see cref="SelectionStream"/>), so the choice is the
/// same in any thread and any shard. It chooses among unrendered candidates (<see cref="Generation.DeferredItem"/>) exactly as
/// among rendered ones, so only the kept ones need rendering.
/// </summary>
public sealed class ItemSelector(int? perImage, ulong seed, TagCounts? balance)
{
    /// <summary>The item index whose random stream picks which items to keep (never a real item's index).</summary>
    public const long SelectionStream = -2;

    /// <summary>The tag counts of balanced sampling, or null for uniform sampling.</summary>
    public TagCounts? Balance => balance;

    /// <summary>
    /// The indices (ascending) of the candidates to keep among <paramref name="count"/>, or null to keep all of them.
    /// <paramref name="weight"/> gives candidate i's balancing weight; it is called only with tag counts.
    /// </summary>
    public int[]? Choose(int count, string generator, string imageId, Func<int, double> weight)
    {
        if (perImage is not { } k || count <= k)
        {
            return null;
        }
        var random = new RandomKey(seed, generator, imageId, SelectionStream).CreateRandom();
        var chosen = balance is null ? random.SampleWithoutReplacement(count, k) : Weighted(count, k, random, weight);
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

using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Chooses which of a generator's candidate items on one image to keep: k of them (or all), uniformly or, with
/// tag counts, weighted by <see cref="TagCounts.Weight"/>. Kept items stay in their original order. The random
/// stream is keyed by (seed, generator, image id, <see cref="SelectionStream"/>), so the choice is the same in
/// any thread and any shard.
/// </summary>
public sealed class ItemSelector(int? perImage, ulong seed, TagCounts? balance)
{
    /// <summary>The item index whose random stream picks which items to keep (never a real item's index).</summary>
    public const long SelectionStream = -2;

    public void Select(List<GeneratedItem> candidates, string generator, string imageId, List<GeneratedItem> kept)
    {
        if (perImage is not { } k || candidates.Count <= k)
        {
            kept.AddRange(candidates);
            return;
        }
        var random = new RandomKey(seed, generator, imageId, SelectionStream).CreateRandom();
        var chosen = balance is null ? random.SampleWithoutReplacement(candidates.Count, k) : Weighted(candidates, k, random, balance);
        Array.Sort(chosen);
        foreach (var index in chosen) kept.Add(candidates[index]);
    }

    /// <summary>
    /// Weighted sampling without replacement (Efraimidis and Spirakis): each candidate draws u in (0, 1) and gets
    /// the key ln(u) / w; the k largest keys win. Equivalent to drawing one at a time with probability proportional
    /// to weight, in one pass.
    /// </summary>
    private static int[] Weighted(List<GeneratedItem> candidates, int k, DeterministicRandom random, TagCounts balance)
    {
        var keys = new double[candidates.Count];
        var order = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var u = 1.0 - random.NextDouble(); // (0, 1]: ln is finite
            keys[i] = Math.Log(u) / balance.Weight(candidates[i]);
            order[i] = i;
        }
        // Largest key first; ties by index so the order is total and deterministic.
        Array.Sort(order, (a, b) => keys[b] != keys[a] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));
        return order[..k];
    }
}

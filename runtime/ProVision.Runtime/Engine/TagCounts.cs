using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Pass 1 of balanced sampling: how often each metadata value (a tag name and value, per generator) occurs
/// across all candidate items of the data set. Pass 2 favours items whose tags are rare, through
/// <see cref="ICandidateWeights"/> (the rule is in docs/randomness.md).
/// </summary>
/// <remarks>
/// Counting threads each fill their own <see cref="TagCounts"/> (no locks on the hot path) and the engine merges
/// them with <see cref="MergeFrom"/>: sums of integers, so the counts do not depend on the thread count. Reading
/// (<see cref="Weight(string, ItemDraft)"/>, <see cref="MaxWeight"/>) is safe from many threads once counting is over.
/// </remarks>
public sealed class TagCounts : ICandidateWeights, IDraftCounter
{
    private readonly Dictionary<(string Generator, string Tag, TagValue Value), long> _counts = [];
    private readonly HashSet<string> _untagged = new(StringComparer.Ordinal);
    private volatile Dictionary<string, double>? _maxWeights;

    public void Add(GeneratedItem item)
    {
        var n = 0;
        foreach (var (tag, values) in item.Tags)
        {
            foreach (var value in values)
            {
                Increment((item.Generator, tag, value), 1);
                n++;
            }
        }
        if (n == 0) MarkUntagged(item.Generator);
    }

    /// <summary>Counts the tags of a live draft as it is emitted (the same tags <see cref="Add(GeneratedItem)"/> counts once it is rendered).</summary>
    public void Count(string generator, ItemDraft draft)
    {
        var n = 0;
        for (var i = 0; i < draft.TagCount; i++)
        {
            foreach (var value in draft.TagValues(i))
            {
                Increment((generator, draft.TagName(i), value), 1);
                n++;
            }
        }
        if (n == 0) MarkUntagged(generator);
    }

    /// <summary>Adds another thread's counts to these.</summary>
    public void MergeFrom(TagCounts other)
    {
        foreach (var (key, count) in other._counts) Increment(key, count);
        foreach (var generator in other._untagged) MarkUntagged(generator);
    }

    public long Count(string generator, string tag, TagValue value) => _counts.GetValueOrDefault((generator, tag, value));

    public int Distinct => _counts.Count;

    /// <summary>
    /// The spec's balancing weight: 1 / mean(count(tag)^3) over the item's tag values, so an item about a rare
    /// label or count is favoured over one about a common one. An item without tags weighs 1.
    /// </summary>
    public double Weight(GeneratedItem item)
    {
        double sum = 0;
        var n = 0;
        foreach (var (tag, values) in item.Tags)
        {
            foreach (var value in values)
            {
                sum += Cube(item.Generator, tag, value);
                n++;
            }
        }
        return n == 0 ? 1 : n / sum;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <see cref="Weight(GeneratedItem)"/> of the draft's item, capped at <see cref="MaxWeight"/>. The cap changes
    /// nothing for a candidate pass 1 counted (its weight is below it by construction); it only keeps the bound
    /// that lets <see cref="GeneratorContext.Admits"/> skip candidates true for one pass 1 did not see (a generator
    /// stopped by its time budget in pass 1 only).
    /// </remarks>
    public double Weight(string generator, ItemDraft draft)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i < draft.TagCount; i++)
        {
            foreach (var value in draft.TagValues(i))
            {
                sum += Cube(generator, draft.TagName(i), value);
                n++;
            }
        }
        return Math.Min(n == 0 ? 1 : n / sum, MaxWeight(generator));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// 1 when some candidate of the generator had no tags (or none was counted), else 1 / c³ for the smallest count c
    /// among its tag values: a mean of cubes of counts is never below the smallest cube.
    /// </remarks>
    public double MaxWeight(string generator)
    {
        var weights = _maxWeights ??= ComputeMaxWeights();
        return weights.GetValueOrDefault(generator, 1.0);
    }

    private Dictionary<string, double> ComputeMaxWeights()
    {
        var smallest = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var ((generator, _, _), count) in _counts)
        {
            smallest[generator] = Math.Min(count, smallest.GetValueOrDefault(generator, long.MaxValue));
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (generator, count) in smallest)
        {
            var c = (double)count;
            weights[generator] = _untagged.Contains(generator) ? 1.0 : 1.0 / (c * c * c);
        }
        return weights;
    }

    private void Increment((string, string, TagValue) key, long by)
    {
        _maxWeights = null;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _) += by;
    }

    private void MarkUntagged(string generator)
    {
        _maxWeights = null;
        _untagged.Add(generator);
    }

    private double Cube(string generator, string tag, TagValue value)
    {
        var c = (double)Math.Max(1, Count(generator, tag, value));
        return c * c * c;
    }
}

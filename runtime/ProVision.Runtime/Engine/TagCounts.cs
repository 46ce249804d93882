using System.Collections.Concurrent;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Pass 1 of balanced sampling: how often each metadata value (a tag name and value, per generator) occurs
/// across all candidate items of the data set. Pass 2 favours items whose tags are rare.
/// </summary>
public sealed class TagCounts
{
    private readonly ConcurrentDictionary<(string Generator, string Tag, TagValue Value), long> _counts = new();

    public void Add(GeneratedItem item)
    {
        foreach (var (tag, values) in item.Tags)
            foreach (var value in values)
                _counts.AddOrUpdate((item.Generator, tag, value), 1, (_, n) => n + 1);
    }

    /// <summary>Counts the tags of an item that is not rendered (the same tags <see cref="Add(GeneratedItem)"/> would count once it is).</summary>
    public void Add(DeferredItem item)
    {
        var draft = item.Draft;
        for (var i = 0; i < draft.TagCount; i++)
            foreach (var value in draft.TagValues(i))
                _counts.AddOrUpdate((item.Generator, draft.TagName(i), value), 1, (_, n) => n + 1);
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

    /// <summary><see cref="Weight(GeneratedItem)"/> of an item that is not rendered: the same tags in the same order, so the same number.</summary>
    public double Weight(DeferredItem item)
    {
        var draft = item.Draft;
        double sum = 0;
        var n = 0;
        for (var i = 0; i < draft.TagCount; i++)
        {
            foreach (var value in draft.TagValues(i))
            {
                sum += Cube(item.Generator, draft.TagName(i), value);
                n++;
            }
        }
        return n == 0 ? 1 : n / sum;
    }

    private double Cube(string generator, string tag, TagValue value)
    {
        var c = (double)Math.Max(1, Count(generator, tag, value));
        return c * c * c;
    }
}

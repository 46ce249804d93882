using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Engine;

/// <summary>
/// Pass 1 of balanced sampling: how often each metadata value (a tag name and value, per generator) occurs
/// across all candidate items of the data set. Pass 2 favours items whose tags are rare, through
/// <see cref="ICandidateWeights"/> (the rule is in docs/randomness.md).
/// </summary>
/// <remarks>
/// <para>Counting threads each fill their own <see cref="TagCounts"/> (no locks on the hot path) and the engine merges
/// them with <see cref="MergeFrom"/>: sums of integers, so the counts do not depend on the thread count. Reading
/// (<see cref="Weight(string, ItemDraft)"/>, <see cref="MaxWeight"/>) is safe from many threads once counting is over.</para>
/// <para>Layout, for the hot path (every candidate of every generator is counted): a generator's table
/// (<see cref="TagTable"/>) is found by the reference of its name (a context passes the same string every time), a
/// tag by its index in that table (tag names are the emitted code's interned literals, compared by reference first),
/// and only the value is hashed. No tuple keys, no string hashing of generator or tag names per candidate.</para>
/// </remarks>
public sealed class TagCounts : ICandidateWeights, IDraftCounter
{
    private readonly Dictionary<string, TagTable> _tables = new(StringComparer.Ordinal);
    private volatile TagTable? _lastTable;
    private volatile Dictionary<string, double>? _maxWeights;

    public void Add(GeneratedItem item)
    {
        var table = TableOf(item.Generator);
        var n = 0;
        foreach (var (tag, values) in item.Tags)
        {
            var counts = table.ValuesOf(tag);
            foreach (var value in values)
            {
                Increment(counts, value, 1);
                n++;
            }
        }
        if (n == 0) MarkUntagged(table);
    }

    /// <summary>Counts the tags of a live draft as it is emitted (the same tags <see cref="Add(GeneratedItem)"/> counts once it is rendered).</summary>
    public void Count(string generator, ItemDraft draft)
    {
        var table = TableOf(generator);
        var n = 0;
        for (var i = 0; i < draft.TagCount; i++)
        {
            var counts = table.ValuesOf(draft.TagName(i));
            foreach (var value in draft.TagValues(i))
            {
                Increment(counts, value, 1);
                n++;
            }
        }
        if (n == 0) MarkUntagged(table);
    }

    /// <summary>Adds another thread's counts to these.</summary>
    public void MergeFrom(TagCounts other)
    {
        foreach (var (generator, theirs) in other._tables)
        {
            var mine = TableOf(generator);
            for (var t = 0; t < theirs.Count; t++)
            {
                var counts = mine.ValuesOf(theirs.Name(t));
                foreach (var (value, count) in theirs.Values(t)) Increment(counts, value, count);
            }
            if (theirs.Untagged) MarkUntagged(mine);
        }
    }

    public long Count(string generator, string tag, TagValue value) =>
        _tables.TryGetValue(generator, out var table) && table.Find(tag) is { } counts ? counts.GetValueOrDefault(value) : 0;

    /// <summary>How many distinct (generator, tag, value) keys were counted.</summary>
    public int Distinct
    {
        get
        {
            var n = 0;
            foreach (var table in _tables.Values)
            {
                for (var t = 0; t < table.Count; t++) n += table.Values(t).Count;
            }
            return n;
        }
    }

    /// <summary>
    /// The spec's balancing weight: 1 / mean(count(tag)^3) over the item's tag values, so an item about a rare
    /// label or count is favoured over one about a common one. An item without tags weighs 1.
    /// </summary>
    public double Weight(GeneratedItem item)
    {
        var table = FindTable(item.Generator);
        double sum = 0;
        var n = 0;
        foreach (var (tag, values) in item.Tags)
        {
            var counts = table?.Find(tag);
            foreach (var value in values)
            {
                sum += Cube(counts, value);
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
        var table = FindTable(generator);
        double sum = 0;
        var n = 0;
        for (var i = 0; i < draft.TagCount; i++)
        {
            var counts = table?.Find(draft.TagName(i));
            foreach (var value in draft.TagValues(i))
            {
                sum += Cube(counts, value);
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
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (generator, table) in _tables)
        {
            var smallest = long.MaxValue;
            for (var t = 0; t < table.Count; t++)
            {
                foreach (var count in table.Values(t).Values) smallest = Math.Min(smallest, count);
            }
            if (smallest == long.MaxValue) continue; // nothing counted: the default, 1
            var c = (double)smallest;
            weights[generator] = table.Untagged ? 1.0 : 1.0 / (c * c * c);
        }
        return weights;
    }

    // The table of a generator, made on first use; the last one is found by reference without hashing the name.
    private TagTable TableOf(string generator)
    {
        if (_lastTable is { } last && ReferenceEquals(last.Generator, generator)) return last;
        if (!_tables.TryGetValue(generator, out var table)) _tables[generator] = table = new TagTable(generator);
        _lastTable = table;
        return table;
    }

    // Reading (pass 2, any thread): the table or null, without adding one. Threads racing on the last-table hint
    // only cost each other a lookup: the hint is a whole reference, checked against the name before use.
    private TagTable? FindTable(string generator)
    {
        if (_lastTable is { } last && ReferenceEquals(last.Generator, generator)) return last;
        if (!_tables.TryGetValue(generator, out var table)) return null;
        _lastTable = table;
        return table;
    }

    private void Increment(Dictionary<TagValue, long> counts, TagValue value, long by)
    {
        _maxWeights = null;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _) += by;
    }

    private void MarkUntagged(TagTable table)
    {
        _maxWeights = null;
        table.Untagged = true;
    }

    private static double Cube(Dictionary<TagValue, long>? counts, TagValue value)
    {
        var c = (double)Math.Max(1, counts?.GetValueOrDefault(value) ?? 0);
        return c * c * c;
    }

    /// <summary>
    /// One generator's counts: its tags by integer id (the order they were first seen), each with the counts of its
    /// values. A generator emits a handful of tags, so finding one is a short scan comparing references first.
    /// </summary>
    private sealed class TagTable(string generator)
    {
        private string[] _names = new string[4];
        private Dictionary<TagValue, long>[] _values = new Dictionary<TagValue, long>[4];

        public string Generator { get; } = generator;

        /// <summary>Some candidate of the generator had no tags (its weight bound is then 1).</summary>
        public bool Untagged { get; set; }

        /// <summary>How many tags have ids.</summary>
        public int Count { get; private set; }

        public string Name(int id) => _names[id];

        public Dictionary<TagValue, long> Values(int id) => _values[id];

        /// <summary>The value counts of <paramref name="tag"/>, made with the next id on first use.</summary>
        public Dictionary<TagValue, long> ValuesOf(string tag)
        {
            if (Find(tag) is { } found) return found;
            if (Count == _names.Length)
            {
                Array.Resize(ref _names, Count * 2);
                Array.Resize(ref _values, Count * 2);
            }
            _names[Count] = tag;
            return _values[Count++] = [];
        }

        public Dictionary<TagValue, long>? Find(string tag)
        {
            for (var i = 0; i < Count; i++)
            {
                if (ReferenceEquals(_names[i], tag)) return _values[i];
            }
            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(_names[i], tag, StringComparison.Ordinal)) return _values[i];
            }
            return null;
        }
    }
}

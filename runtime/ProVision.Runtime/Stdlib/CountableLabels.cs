using System.Collections.Frozen;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// A vocabulary's explicit countability entries while it is built: the labels marked countable and those marked not,
/// keys trimmed and compared ignoring case, a later entry for a label overriding an earlier one. Two sets of strings
/// rather than a map to <c>bool</c>: a map with a value-type value is generic code the runtime compiles at every start,
/// which sets of strings are not (docs/performance.md#session-7-start-up).
/// </summary>
internal sealed class CountableLabels
{
    private readonly HashSet<string> _countable = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _uncountable = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The entries of <paramref name="entries"/>, in order.</summary>
    public static CountableLabels From(IEnumerable<KeyValuePair<string, bool>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var labels = new CountableLabels();
        foreach (var (label, countable) in entries)
        {
            labels.Set(label, countable);
        }
        return labels;
    }

    /// <summary>Marks <paramref name="label"/> (trimmed) countable or not, replacing an earlier entry for it.</summary>
    public void Set(string label, bool countable)
    {
        ArgumentNullException.ThrowIfNull(label);
        var key = label.Trim();
        (countable ? _uncountable : _countable).Remove(key);
        (countable ? _countable : _uncountable).Add(key);
    }

    /// <summary>The labels marked countable, frozen for lookups.</summary>
    public FrozenSet<string> Countable() => _countable.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The labels marked not countable, frozen for lookups.</summary>
    public FrozenSet<string> Uncountable() => _uncountable.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

using System.Collections.Immutable;

namespace ProVision.Runtime.Items;

/// <summary>
/// Finds a repeated key (slot or tag name) among an item's pairs, visited in order. Every generated item's slots and
/// tags are checked, and an item has a handful: up to <see cref="ScannedKeys"/> pairs each key is compared with the
/// keys before it, with no allocation; more go into a hash set, so a large record read back stays linear.
/// </summary>
internal readonly struct RepeatedKeys<T>(ImmutableArray<KeyValuePair<string, T>> pairs)
{
    /// <summary>The most pairs whose keys are compared pairwise rather than hashed.</summary>
    public const int ScannedKeys = 16;

    private readonly HashSet<string>? _hashed = pairs.Length > ScannedKeys ? new HashSet<string>(StringComparer.Ordinal) : null;

    /// <summary>
    /// Whether the key of pair <paramref name="index"/> (ordinal) equals the key of a pair before it; call it for
    /// indices 0, 1, 2, ... in order.
    /// </summary>
    public bool Repeats(int index)
    {
        var key = pairs[index].Key;
        if (_hashed is not null) return !_hashed.Add(key);
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(pairs[i].Key, key, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}

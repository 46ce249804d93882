using System.Collections.Frozen;

namespace ProVision.Runtime.Text;

/// <summary>
/// A case-insensitive set of words that can be probed with a span, so inflection checks on a label's head
/// word never allocate a substring.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
    {
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>True when some member is a suffix of <paramref name="word"/> (members are short; the word is scanned once per length).</summary>
    public bool ContainsSuffixOf(ReadOnlySpan<char> word, int minLength = 1)
    {
        for (var start = 0; start <= word.Length - minLength; start++)
        {
            if (_lookup.Contains(word[start..]))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>A case-insensitive word-to-word map probed with spans (irregular plurals).</summary>
internal sealed class WordMap
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(params (string Key, string Value)[] pairs)
    {
        var dictionary = new Dictionary<string, string>(pairs.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs)
        {
            dictionary.Add(key, value);
        }
        _lookup = dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _reverse = pairs.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
    }

    private readonly FrozenDictionary<string, string> _reverse;

    public bool TryGet(ReadOnlySpan<char> word, out string value) =>
        _lookup.TryGetValue(word, out value!);

    /// <summary>The key whose value is <paramref name="value"/> (the singular of an irregular plural).</summary>
    public bool TryGetSingular(string value, out string key) => _reverse.TryGetValue(value, out key!);
}

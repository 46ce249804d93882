namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Options that mean different things: a multiple-choice item must not offer two words a reader takes as the same
/// ("large" and "massive"), so a distractor pool keeps one word of each synonym group (vocabulary data).
/// </summary>
public static class Synonyms
{
    /// <summary>
    /// Fills <paramref name="destination"/> (cleared first) with the words of <paramref name="items"/> that are not
    /// synonyms of an earlier one; the first of each synonym group is kept (the .pvg <c>distinctMeanings</c>).
    /// </summary>
    public static void AppendDistinctMeanings(ReadOnlySpan<string> items, Vocabulary vocabulary, ScratchList<string> destination)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(destination);
        destination.Clear();
        // AreSynonyms for every pair, with each word's synonym group looked up once (through the vocabulary's recent
        // groups: a pool's words are the same strings candidate after candidate) instead of once per pair (the lists
        // are an image's attributes or a category's, and the check is quadratic). Two words are synonyms when they are
        // equal ignoring case and surrounding spaces, or in one group; the groups are keyed by the trimmed word
        // ignoring case, so equal words have one group. A word in a group is then a synonym of a kept word exactly
        // when that word has its group (an int compare), and a word outside every group only of a kept word outside
        // every group equal to it: only those compare text.
        var groups = items.Length <= 256 ? stackalloc int[items.Length] : new int[items.Length];
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            var group = vocabulary.RecentSynonymGroupOf(item);
            var kept = destination.Span;
            var synonym = false;
            if (group >= 0)
            {
                synonym = groups[..kept.Length].Contains(group);
            }
            else
            {
                var trimmed = item.AsSpan().Trim();
                for (var k = 0; k < kept.Length && !synonym; k++)
                {
                    synonym = groups[k] < 0 && kept[k].AsSpan().Trim().Equals(trimmed, StringComparison.OrdinalIgnoreCase);
                }
            }
            if (!synonym)
            {
                groups[kept.Length] = group;
                destination.Add(item);
            }
        }
    }

    /// <summary>Whether some word of <paramref name="words"/> is a synonym of (or equal to) <paramref name="word"/>.</summary>
    public static bool AnySynonym(ReadOnlySpan<string> words, string word, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        foreach (var w in words)
        {
            if (vocabulary.AreSynonyms(w, word))
            {
                return true;
            }
        }
        return false;
    }
}

namespace ProVision.Runtime.Text;

/// <summary>
/// Finds the head noun of a label, the word that inflects: the last word ("baseball glove" -> "glove"), or
/// the word before the first preposition ("pair of shoes" -> "pair", "cup of coffee" -> "cup").
/// </summary>
/// <remarks>
/// Object labels are short noun phrases, so this small rule covers them; a parser would be overkill. Works on
/// spans and returns positions so that callers can inflect the head in place without splitting strings.
/// </remarks>
internal static class NounPhrase
{
    // A preposition after the first word starts a post-modifier ("bottle of water", "man in suit").
    private static readonly string[] s_prepositions = ["of", "in", "on", "with", "for", "from", "at", "under"];

    /// <summary>The [start, end) range of the head word in <paramref name="phrase"/> (empty range for a blank phrase).</summary>
    public static (int Start, int End) Head(ReadOnlySpan<char> phrase)
    {
        var end = phrase.Length;
        while (end > 0 && char.IsWhiteSpace(phrase[end - 1]))
        {
            end--;
        }
        var start = 0;
        while (start < end && char.IsWhiteSpace(phrase[start]))
        {
            start++;
        }
        var previousStart = -1;
        var previousEnd = -1;
        var i = start;
        while (i < end)
        {
            var wordStart = i;
            while (i < end && phrase[i] != ' ')
            {
                i++;
            }
            var word = phrase[wordStart..i];
            if (previousStart >= 0 && IsPreposition(word))
            {
                return (previousStart, previousEnd);
            }
            previousStart = wordStart;
            previousEnd = i;
            while (i < end && phrase[i] == ' ')
            {
                i++;
            }
        }
        return previousStart < 0 ? (end, end) : (previousStart, previousEnd);
    }

    private static bool IsPreposition(ReadOnlySpan<char> word)
    {
        foreach (var preposition in s_prepositions)
        {
            if (word.Equals(preposition, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

namespace ProVision.Runtime.Text;

public static partial class Inflection
{
    /// <summary>
    /// The singular of a noun phrase, inflecting its head noun: "bananas" -> "banana", "tree trunks" -> "tree trunk",
    /// "people" -> "person", "men" -> "man", "leaves" -> "leaf", "boxes" -> "box", "berries" -> "berry". A head
    /// that is singular or has no singular ("bus", "grass", "glasses", "jeans", "scissors", "species") is returned
    /// unchanged.
    /// </summary>
    /// <remarks>
    /// Each rule proposes a singular and it is kept only when <see cref="Plural(string)"/> gives the word back, so the
    /// two directions can never disagree ("buses" -> "bus" because Plural("bus") is "buses"; "pies" is not read as
    /// "py"). A word no candidate round-trips stays as it is.
    /// </remarks>
    public static string Singular(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var (start, end) = NounPhrase.Head(noun);
        if (start == end)
        {
            return noun;
        }
        var head = noun.AsSpan(start, end - start);
        if (!IsPluralWord(head) || InflectionWords.PluralOnly.Contains(head))
        {
            return noun;
        }
        var word = head.ToString();
        foreach (var candidate in SingularCandidates(word))
        {
            if (candidate.Length > 0 && !IsPluralWord(candidate)
                && string.Equals(PluralOfWord(candidate), word, StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(noun.AsSpan(0, start), candidate, noun.AsSpan(end));
            }
        }
        return noun;
    }

    private static IEnumerable<string> SingularCandidates(string word)
    {
        if (InflectionWords.Irregular.TryGetSingular(word, out var irregular))
        {
            yield return MatchFirstLetterCase(word, irregular);
        }
        foreach (var suffix in s_irregularSuffixes)
        {
            if (InflectionWords.Irregular.TryGet(suffix, out var plural) && word.Length > plural.Length
                && word.EndsWith(plural, StringComparison.OrdinalIgnoreCase))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - plural.Length), suffix); // "grandchildren"
            }
        }
        if (word.EndsWith("men", StringComparison.OrdinalIgnoreCase))
        {
            yield return string.Concat(word.AsSpan(0, word.Length - 2), "an"); // "men" -> "man", "women" -> "woman"
        }
        if (word.EndsWith("ves", StringComparison.OrdinalIgnoreCase))
        {
            yield return string.Concat(word.AsSpan(0, word.Length - 3), "f");  // "leaves" -> "leaf"
            yield return string.Concat(word.AsSpan(0, word.Length - 3), "fe"); // "knives" -> "knife"
        }
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            yield return string.Concat(word.AsSpan(0, word.Length - 3), "y");  // "berries" -> "berry"; "pies", "ties" fall through
        }
        if (word.EndsWith("es", StringComparison.OrdinalIgnoreCase))
        {
            yield return word[..^2];                                          // "boxes" -> "box", "buses" -> "bus"
        }
        if (word.EndsWith('s') || word.EndsWith('S'))
        {
            yield return word[..^1];                                          // "bananas" -> "banana", "pies" -> "pie"
        }
    }
}

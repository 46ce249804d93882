namespace ProVision.Runtime.Text;

public static partial class Inflection
{
    /// <summary>
    /// Whether a noun phrase reads as plural, judged by its head noun: irregular plurals ("people", "mice"),
    /// nouns without a singular ("jeans", "scissors", "stairs"), "-men" compounds, and words ending in "s"
    /// except the singular patterns "-ss", "-us", "-sis", "-itis" and a list ("bus", "lens", "tennis").
    /// Invariant nouns ("sheep") count as singular.
    /// </summary>
    public static bool IsPlural(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var (start, end) = NounPhrase.Head(noun);
        return start != end && IsPluralWord(noun.AsSpan(start, end - start));
    }

    /// <summary>Whether the head noun is a mass noun ("grass", "water", "tall grass", "silverware", "darkness").</summary>
    public static bool IsMassNoun(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var (start, end) = NounPhrase.Head(noun);
        if (start == end)
        {
            return false;
        }
        var head = noun.AsSpan(start, end - start);
        return InflectionWords.Mass.Contains(head)
            || head.EndsWith("ware", StringComparison.OrdinalIgnoreCase)
            || head.EndsWith("ness", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The countability fallback for labels a vocabulary does not list: a singular count noun is countable;
    /// a plural ("people", "stairs") or mass noun ("grass") is not, and neither is a blank label.
    /// </summary>
    public static bool IsCountableByForm(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var (start, end) = NounPhrase.Head(noun);
        return start != end && !IsPlural(noun) && !IsMassNoun(noun);
    }

    private static bool IsPluralWord(ReadOnlySpan<char> word)
    {
        if (InflectionWords.PluralForms.Contains(word) || InflectionWords.PluralOnly.Contains(word))
        {
            return true;
        }
        if (InflectionWords.Invariant.Contains(word) || InflectionWords.SingularEndingInS.Contains(word))
        {
            return false;
        }
        if (word.EndsWith("men", StringComparison.OrdinalIgnoreCase))
        {
            return !InflectionWords.SingularEndingInMen.Contains(word);
        }
        if (word.EndsWith("people", StringComparison.OrdinalIgnoreCase) || word.EndsWith("children", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (word.Length < 3 || char.ToLowerInvariant(word[^1]) != 's')
        {
            return false;
        }
        if (word.EndsWith("us", StringComparison.OrdinalIgnoreCase))
        {
            return InflectionWords.PluralEndingInUs.Contains(word);
        }
        return !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("sis", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("itis", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("'s", StringComparison.Ordinal);
    }
}

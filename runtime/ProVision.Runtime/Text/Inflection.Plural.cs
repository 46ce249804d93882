namespace ProVision.Runtime.Text;

/// <summary>
/// English inflection for template helpers and the countability fallback: plurals and singulars of nouns, plural and
/// mass-noun detection, is/are and has/have agreement, verb phrases of predicates. Articles, number words and lists
/// are <see cref="Articles"/>, <see cref="NumberWords"/> and <see cref="ListPhrases"/>.
/// </summary>
/// <remarks>
/// Our own rules rather than Humanizer's <c>Pluralize</c>: we need the head-noun rule for multi-word labels
/// ("pair of shoes" -> "pairs of shoes"), plural and mass-noun detection for countability, and output that
/// never changes under a package upgrade (a changed plural silently changes every generated data set).
/// The rules and word lists are tuned for scene-graph labels; see <see cref="InflectionWords"/>.
/// All methods are pure, thread-safe and culture-invariant.
/// </remarks>
public static partial class Inflection
{
    // Compound heads ending in one of these inflect like it ("grandchild" -> "grandchildren").
    private static readonly string[] s_irregularSuffixes = ["child", "person", "tooth", "foot", "mouse", "goose"];

    /// <summary>
    /// The plural of a noun phrase, inflecting its head noun: "dog" -> "dogs", "baseball glove" -> "baseball gloves",
    /// "pair of shoes" -> "pairs of shoes", "knife" -> "knives", "person" -> "people", "sheep" -> "sheep".
    /// A phrase whose head is already plural ("shoes", "people") is returned unchanged.
    /// </summary>
    public static string Plural(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var (start, end) = NounPhrase.Head(noun);
        if (start == end)
        {
            return noun;
        }
        var head = noun.AsSpan(start, end - start);
        if (IsPluralWord(head) || InflectionWords.Invariant.Contains(head))
        {
            return noun;
        }
        return string.Concat(noun.AsSpan(0, start), PluralOfWord(head), noun.AsSpan(end));
    }

    /// <summary><paramref name="noun"/> when <paramref name="count"/> is 1, else its <see cref="Plural(string)"/>.</summary>
    public static string Plural(string noun, long count) => count == 1 ? noun : Plural(noun);

    private static string PluralOfWord(ReadOnlySpan<char> word)
    {
        if (IsAcronym(word))
        {
            return string.Concat(word, "s"); // "TV" -> "TVs"
        }
        if (InflectionWords.Irregular.TryGet(word, out var irregular))
        {
            return MatchFirstLetterCase(word, irregular);
        }
        foreach (var suffix in s_irregularSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && !word.Equals("mongoose", StringComparison.OrdinalIgnoreCase))
            {
                InflectionWords.Irregular.TryGet(suffix, out var tail);
                return string.Concat(word[..^suffix.Length], tail);
            }
        }
        if (word.EndsWith("man", StringComparison.OrdinalIgnoreCase) && !InflectionWords.ManTakesS.Contains(word))
        {
            return string.Concat(word[..^2], "en"); // "man" -> "men", "snowman" -> "snowmen"
        }
        if (InflectionWords.FToVes.ContainsSuffixOf(word))
        {
            return string.Concat(word[..^(word.EndsWith("fe", StringComparison.OrdinalIgnoreCase) ? 2 : 1)], "ves");
        }
        var last = char.ToLowerInvariant(word[^1]);
        if (last == 'y' && word.Length > 1 && !IsVowel(word[^2]))
        {
            return string.Concat(word[..^1], "ies");
        }
        if (last is 's' or 'x' or 'z' || word.EndsWith("sh", StringComparison.OrdinalIgnoreCase)
            || (word.EndsWith("ch", StringComparison.OrdinalIgnoreCase) && !InflectionWords.ChTakesS.Contains(word)))
        {
            return string.Concat(word, "es");
        }
        if (last == 'o' && InflectionWords.OTakesEs.Contains(word))
        {
            return string.Concat(word, "es");
        }
        return string.Concat(word, "s");
    }

    internal static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Two or more characters, all capital letters or digits, at least one letter: "TV", "LED", "MP3".</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static string MatchFirstLetterCase(ReadOnlySpan<char> source, string replacement) =>
        char.IsUpper(source[0]) ? Capitalize(replacement) : replacement;
}

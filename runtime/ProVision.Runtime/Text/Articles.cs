namespace ProVision.Runtime.Text;

/// <summary>
/// Indefinite articles by sound ("an hour", "a unicorn", "an LED") and the template helper <c>{a(x)}</c>, which leaves
/// the article off a plural or mass noun (<see cref="Inflection.IsPlural"/>, <see cref="Inflection.IsMassNoun"/>).
/// </summary>
public static class Articles
{
    // Vowel letters said with a consonant sound ("a unicorn", "a one-way street", "a euro").
    private static readonly string[] s_consonantSoundPrefixes =
        ["uni", "use", "usu", "uti", "uten", "uter", "ura", "ure", "uri", "uro", "uku", "ubi", "uvu", "eu", "ewe", "one", "once"];

    // ...except where "un-" is a negating prefix ("an unidentified", "an unimportant", "an uninvited").
    private static readonly string[] s_vowelSoundExceptions = ["unid", "unim", "unin"];

    // A silent h ("an hour", "an honest").
    private static readonly string[] s_silentH = ["hour", "honest", "honor", "honour", "heir"];

    /// <summary>
    /// "a" or "an" for <paramref name="phrase"/>, by sound rather than spelling: "an apple", "an hour",
    /// "an honest", "a unicorn", "a user", "a one-way", "an umbrella", initialisms by letter name
    /// ("an LED", "a TV", "an X-ray", "a U-turn") and digits by their spoken form ("an 8", "an 11", "a 110").
    /// </summary>
    public static string IndefiniteArticle(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = phrase.AsSpan().TrimStart();
        if (text.IsEmpty)
        {
            return "a";
        }
        if (char.IsAsciiDigit(text[0]))
        {
            return NumberTakesAn(text) ? "an" : "a";
        }
        var tokenLength = 0;
        while (tokenLength < text.Length && char.IsAsciiLetter(text[tokenLength]))
        {
            tokenLength++;
        }
        var token = text[..tokenLength];
        if (tokenLength == 1 || (tokenLength > 1 && Inflection.IsAcronym(token)))
        {
            return LetterNameTakesAn(token[0]) ? "an" : "a"; // read letter by letter
        }
        if (StartsWithAny(text, s_silentH))
        {
            return "an";
        }
        if (StartsWithAny(text, s_consonantSoundPrefixes) && !StartsWithAny(text, s_vowelSoundExceptions))
        {
            return "a";
        }
        return Inflection.IsVowel(text[0]) ? "an" : "a";
    }

    /// <summary><paramref name="phrase"/> with its indefinite article: "an apple", "a red ball".</summary>
    public static string WithIndefiniteArticle(string phrase) => IndefiniteArticle(phrase) + " " + phrase;

    /// <summary>
    /// A noun phrase as "one or some" of it reads (the template helper <c>{a(x)}</c>): with "a" or "an" before a
    /// singular count noun ("a dog", "an orange car"), bare when its head noun is plural or a mass noun ("leaves",
    /// "black glasses", "green grass"), since "a glasses" and "a grass" are not English.
    /// </summary>
    public static string WithIndefiniteArticleIfCountable(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return Inflection.IsPlural(phrase) || Inflection.IsMassNoun(phrase) ? phrase.Trim() : WithIndefiniteArticle(phrase);
    }

    /// <summary>The names of A, E, F, H, I, L, M, N, O, R, S and X start with a vowel sound ("an F", "an MRI").</summary>
    private static bool LetterNameTakesAn(char letter) =>
        char.ToUpperInvariant(letter) is 'A' or 'E' or 'F' or 'H' or 'I' or 'L' or 'M' or 'N' or 'O' or 'R' or 'S' or 'X';

    /// <summary>
    /// Numbers said starting with a vowel: anything starting with 8 ("an 80"), and 11 or 18 when read as
    /// "eleven"/"eighteen": 2, 5, 8, ... digits ("an 11", "an 18,000") or 4 digits ("an 1800s").
    /// </summary>
    private static bool NumberTakesAn(ReadOnlySpan<char> text)
    {
        if (text[0] == '8')
        {
            return true;
        }
        Span<char> digits = stackalloc char[24];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    break;
                }
                digits[count++] = c;
            }
            else if (c != ',')
            {
                break;
            }
        }
        return count >= 2 && digits[0] == '1' && digits[1] is '1' or '8' && (count % 3 == 2 || count == 4);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

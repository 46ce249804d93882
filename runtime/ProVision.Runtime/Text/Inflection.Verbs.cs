namespace ProVision.Runtime.Text;

public static partial class Inflection
{
    // Words ending in -s that are not a finite verb: prepositions and adverbs found in relation predicates.
    private static readonly WordSet s_notFiniteVerbs = new("across", "towards", "as", "besides", "upwards", "downwards", "afterwards");

    /// <summary>
    /// A relation predicate as it reads after its subject: most predicates are participles or prepositions and need
    /// "is" ("is holding", "is on", "is next to"); a finite verb ("has", "contains", "wears the") reads as it is.
    /// Pasting a finite verb after "is" ("which one is has the hat") or a participle after a noun ("shows a dog on
    /// a mat" is fine, "shows a dog contains a bone" is not) is what <c>{verb(x)}</c> avoids.
    /// </summary>
    public static string VerbPhrase(string predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var text = predicate.Trim();
        var first = text.Split(' ', 2)[0];
        var finite = first is "has" or "have" or "is" or "are"
            || (first.Length > 3 && first.EndsWith('s') && !first.EndsWith("ss", StringComparison.Ordinal)
                && !first.EndsWith("us", StringComparison.Ordinal) && !s_notFiniteVerbs.Contains(first));
        return finite ? text : "is " + text;
    }

    /// <summary>
    /// <see cref="VerbPhrase(string)"/> agreeing with a plural subject when <paramref name="plural"/>: "are on" after
    /// "glasses" or "leaves", "have", "wear", "contain" (the template helper <c>{verb(x, subject)}</c>).
    /// </summary>
    public static string VerbPhrase(string predicate, bool plural)
    {
        var phrase = VerbPhrase(predicate);
        if (!plural)
        {
            return phrase;
        }
        var cut = phrase.IndexOf(' ');
        var (first, rest) = cut < 0 ? (phrase, "") : (phrase[..cut], phrase[cut..]);
        return PluralVerb(first) + rest;
    }

    /// <summary>
    /// Predicates as one verb phrase after their subject, in list order: "is on and near" when each takes "is", else
    /// each its own ("has and is near"), agreeing with a plural subject when <paramref name="plural"/>. The template
    /// helper <c>{verb(x, subject)}</c> of a list and the query's <c>verb(predicates, subject)</c> both say it so.
    /// </summary>
    public static string VerbList(ReadOnlySpan<string> predicates, bool plural)
    {
        var eachTakesIs = true;
        foreach (var predicate in predicates)
        {
            eachTakesIs &= VerbPhrase(predicate) == "is " + predicate.Trim();
        }
        if (eachTakesIs)
        {
            return (plural ? "are " : "is ") + ListPhrases.JoinList(predicates);
        }
        var phrases = new string[predicates.Length];
        for (var i = 0; i < phrases.Length; i++)
        {
            phrases[i] = VerbPhrase(predicates[i], plural);
        }
        return ListPhrases.JoinList(phrases);
    }

    /// <summary><see cref="VerbList"/> agreeing with the subject noun (the query's <c>verb(predicates, subject)</c>).</summary>
    public static string VerbListFor(ReadOnlySpan<string> predicates, string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return VerbList(predicates, IsPlural(subject));
    }

    /// <summary>The plural of a third-person verb: "is" -> "are", "has" -> "have", "carries" -> "carry", "watches" -> "watch".</summary>
    private static string PluralVerb(string verb) => verb switch
    {
        "is" => "are",
        "has" => "have",
        "are" or "have" => verb,
        _ when verb.EndsWith("ies", StringComparison.Ordinal) && verb.Length > 4 => verb[..^3] + "y",
        _ when verb.EndsWith("ches", StringComparison.Ordinal) || verb.EndsWith("shes", StringComparison.Ordinal)
            || verb.EndsWith("xes", StringComparison.Ordinal) || verb.EndsWith("sses", StringComparison.Ordinal)
            || verb.EndsWith("oes", StringComparison.Ordinal) => verb[..^2],
        _ when verb.EndsWith('s') => verb[..^1],
        _ => verb,
    };
}

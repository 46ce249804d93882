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
}

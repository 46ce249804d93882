using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Linting;

/// <content>
/// Wording rules found on real data (issue 10): a count question with a singular noun (PV5014), "no a" (PV5015), one
/// property named twice (PV5016), "which object is the color of" (PV5017), a predicate pasted as a verb (PV5018)
/// and a doubled word (PV5025).
/// </content>
internal static partial class GrammarRules
{
    private static readonly HashSet<string> s_objectWords = new(StringComparer.OrdinalIgnoreCase) { "object", "one", "item", "thing" };
    private static readonly HashSet<string> s_countStops = new(StringComparer.OrdinalIgnoreCase)
        { "are", "is", "there", "do", "does", "can", "you", "appear", "exist", "in", "across" };
    private static readonly HashSet<string> s_showVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "shows", "show", "has", "have", "contains", "contain", "includes", "include", "see", "find" };
    private static readonly HashSet<string> s_articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    // Words that may stand twice in a row in good English.
    private static readonly HashSet<string> s_doubleable = new(StringComparer.OrdinalIgnoreCase) { "that", "had" };

    private static void CheckWording(string[] tokens, int i, Action<string, Func<TextSpan, Diagnostic>> hit)
    {
        var t = tokens[i];
        var next = Next(tokens, i);
        if (t.Equals("how", StringComparison.OrdinalIgnoreCase) && next.Equals("many", StringComparison.OrdinalIgnoreCase))
        {
            HowManyNoun(tokens, i, hit);
        }
        if (t.Equals("no", StringComparison.OrdinalIgnoreCase) && next is "a" or "an")
        {
            hit("PV5015", s => LintDiagnostics.LintNoWithArticle(s, $"no {next} {Next(tokens, i + 1)}".TrimEnd()));
        }
        if (IsWord(t) && next.Equals(t, StringComparison.OrdinalIgnoreCase) && !s_doubleable.Contains(t))
        {
            hit("PV5025", s => LintDiagnostics.LintDoubledWord(s, $"{t} {next}"));
        }
        if (t is "which" or "what" or "Which" or "What" && i + 5 < tokens.Length && s_objectWords.Contains(next)
            && tokens[i + 2].Equals("is", StringComparison.OrdinalIgnoreCase) && tokens[i + 3].Equals("the", StringComparison.OrdinalIgnoreCase)
            && SampleWords.CategoryWords.Contains(tokens[i + 4]) && tokens[i + 5].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            hit("PV5017", s => LintDiagnostics.LintObjectQuestionForAttribute(s, string.Join(' ', tokens[i..(i + 6)])));
        }
        if (SampleWords.FiniteVerbs.Contains(next) && IsPastedVerb(tokens, i))
        {
            hit("PV5018", s => LintDiagnostics.LintPredicateAsVerb(s, string.Join(' ', tokens[Math.Max(0, i - 2)..Math.Min(tokens.Length, i + 3)])));
        }
        if (IsWord(t) && ListNeighbour(tokens, i) is { } other && SameStem(t, tokens[other]))
        {
            hit("PV5016", s => LintDiagnostics.LintRedundantAttributes(s, string.Join(' ', tokens[i..(other + 1)]).Replace(" ,", ",", StringComparison.Ordinal)));
        }
    }

    // "how many red and small apple": skip the attributes up to the noun; a singular noun is the finding.
    private static void HowManyNoun(string[] tokens, int i, Action<string, Func<TextSpan, Diagnostic>> hit)
    {
        for (var j = i + 2; j < Math.Min(tokens.Length, i + 12); j++)
        {
            var word = tokens[j];
            if (IsMark(word) && word != "," || s_countStops.Contains(word) || SampleWords.Plurals.Contains(word))
            {
                return;
            }
            if (SampleWords.Singulars.Contains(word))
            {
                hit("PV5014", s => LintDiagnostics.LintHowManySingular(s, string.Join(' ', tokens[i..(j + 1)]).Replace(" ,", ",", StringComparison.Ordinal)));
                return;
            }
        }
    }

    // Token i is the word before a finite-verb predicate: "is has" (after "is"), or "shows a dog contains" (a noun that
    // is the object of another verb, so the predicate has no subject of its own).
    private static bool IsPastedVerb(string[] tokens, int i)
    {
        var t = tokens[i];
        if (s_verbsSingular.Contains(t) || s_verbsPlural.Contains(t))
        {
            return true;
        }
        if (!IsKnownWord(t) || i + 2 >= tokens.Length || !s_articles.Contains(tokens[i + 2]))
        {
            return false;
        }
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (s_showVerbs.Contains(tokens[k]))
            {
                return true;
            }
            if (IsMark(tokens[k]) || s_clauseOpeners.Contains(tokens[k]))
            {
                return false;
            }
        }
        return false;
    }

    // The next item of a list after token i: "wood and wooden", "wood, wooden", "wood, and wooden".
    private static int? ListNeighbour(string[] tokens, int i)
    {
        var j = i + 1;
        j += j < tokens.Length && tokens[j] == "," ? 1 : 0;
        j += j < tokens.Length && tokens[j].Equals("and", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return j > i + 1 && j < tokens.Length && IsWord(tokens[j]) ? j : null;
    }

    // "wood"/"wooden", "metal"/"metallic", "gold"/"golden": one word is the other with a derivational ending.
    private static bool SameStem(string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase) || Math.Min(a.Length, b.Length) < 3)
        {
            return false;
        }
        var (shorter, longer) = a.Length <= b.Length ? (a.ToLowerInvariant(), b.ToLowerInvariant()) : (b.ToLowerInvariant(), a.ToLowerInvariant());
        return longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length..] is "en" or "ic" or "lic" or "y" or "ish" or "ed" or "ny";
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using ProVision.Runtime.Text;

namespace ProVision.Compiler.Linting;

/// <summary>One rule violation in a rendered text: the diagnostic to report, made for the span it will point at.</summary>
internal readonly record struct RuleHit(string Code, Func<TextSpan, Diagnostic> Make);

/// <summary>
/// The grammar rules read over a finished text (a rendered question, description or answer): articles, counts,
/// "there is/are", subject-verb agreement, doubled punctuation, lower-case sentence starts and words left dangling
/// by an empty part. Nouns are recognised only from <see cref="SampleWords"/>, the words the lint itself puts in
/// slots, so a rule fires where a slot's value is known and never guesses at the author's own prose.
/// </summary>
internal static partial class GrammarRules
{
    private static readonly HashSet<string> s_verbsSingular = new(StringComparer.OrdinalIgnoreCase) { "is", "has", "was" };
    private static readonly HashSet<string> s_verbsPlural = new(StringComparer.OrdinalIgnoreCase) { "are", "have", "were" };
    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that" };
    private static readonly HashSet<string> s_clauseOpeners = new(StringComparer.OrdinalIgnoreCase)
        { "where", "what", "which", "how", "why", "when", "whether", "if", "that", "who", "because", "while" };
    private static readonly HashSet<string> s_danglers = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "and", "or" };
    private static readonly HashSet<string> s_imageWords = new(StringComparer.OrdinalIgnoreCase) { "image", "picture", "photo", "#" };

    /// <summary>Every rule violation in <paramref name="text"/>, at most one per rule.</summary>
    public static List<RuleHit> Check(string text)
    {
        var hits = new List<RuleHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Hit(string code, Func<TextSpan, Diagnostic> make)
        {
            if (seen.Add(code))
            {
                hits.Add(new RuleHit(code, make));
            }
        }

        var tokens = Tokens().Matches(text).Select(m => m.Value).ToArray();
        if (tokens.Length > 0 && tokens[0] is "," or ";" or ":" or ".")
        {
            Hit("PV5031", s => LintDiagnostics.LintDanglingWord(s, tokens[0] + " " + Next(tokens, 0)));
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var next = Next(tokens, i);
            var lower = t.ToLowerInvariant();
            if (lower is "a" or "an" && IsWord(next))
            {
                if (SampleWords.Plurals.Contains(next))
                {
                    Hit("PV5010", s => LintDiagnostics.LintArticleAgreement(s, t + " " + next, $"'{next}' is plural and takes no '{lower}'"));
                }
                else if (IsKnownWord(next) && Articles.IndefiniteArticle(next) is var article && article != lower)
                {
                    Hit("PV5010", s => LintDiagnostics.LintArticleAgreement(s, t + " " + next, $"say '{article} {next}'"));
                }
            }
            if (CountOf(tokens, i) is { } n && IsWord(next))
            {
                if (n == 1 && SampleWords.Plurals.Contains(next))
                {
                    Hit("PV5011", s => LintDiagnostics.LintNumberAgreement(s, t + " " + next, "one of a thing takes the singular"));
                }
                else if (n != 1 && SampleWords.Singulars.Contains(next))
                {
                    Hit("PV5011", s => LintDiagnostics.LintNumberAgreement(s, t + " " + next, $"{t} of a thing takes the plural"));
                }
            }
            CheckThere(tokens, i, Hit);
            CheckWording(tokens, i, Hit);
            CheckSubjectVerb(tokens, i, Hit);
            if (IsMark(t) && IsMark(next) && !(t == "." && next == "."))
            {
                Hit("PV5022", s => LintDiagnostics.LintDoubledPunctuation(s, t + next));
            }
            if (t is "." or "?" or "!" && IsWord(next) && char.IsLower(next[0]))
            {
                Hit("PV5024", s => LintDiagnostics.LintLowercaseSentenceStart(s, t + " " + next));
            }
            if (s_danglers.Contains(t) && (next.Length == 0 || IsMark(next)) && !(lower == "a" && next == "." && i == 0))
            {
                Hit("PV5031", s => LintDiagnostics.LintDanglingWord(s, (i > 0 ? tokens[i - 1] + " " : "") + t + next));
            }
        }
        return hits;
    }

    // "there is 2 dogs", "are there 1 dog"
    private static void CheckThere(string[] tokens, int i, Action<string, Func<TextSpan, Diagnostic>> hit)
    {
        string verb;
        int countAt;
        if (tokens[i].Equals("there", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Length)
        {
            verb = tokens[i + 1];
            countAt = i + 2;
        }
        else if (i + 2 < tokens.Length && tokens[i + 1].Equals("there", StringComparison.OrdinalIgnoreCase))
        {
            verb = tokens[i];
            countAt = i + 2;
        }
        else
        {
            return;
        }
        if (CountOf(tokens, countAt) is not { } n)
        {
            return;
        }
        var found = string.Join(' ', tokens[i..(countAt + 1)]);
        if (n == 1 && s_verbsPlural.Contains(verb))
        {
            hit("PV5012", s => LintDiagnostics.LintThereIsAgreement(s, found, "one takes 'is'"));
        }
        else if (n != 1 && s_verbsSingular.Contains(verb))
        {
            hit("PV5012", s => LintDiagnostics.LintThereIsAgreement(s, found, $"{tokens[countAt]} takes 'are'"));
        }
    }

    // "the dogs is ...", "2 dogs is ...", "where is the dogs?". The noun must open its clause: in "does the dog have",
    // "the cat and the dogs are" or "the colour of the dog is" the verb belongs to another subject.
    private static void CheckSubjectVerb(string[] tokens, int i, Action<string, Func<TextSpan, Diagnostic>> hit)
    {
        var t = tokens[i];
        if ((s_determiners.Contains(t) || CountOf(tokens, i) is not null) && i + 2 < tokens.Length && OpensClause(tokens, i))
        {
            Agree(tokens[i + 1], tokens[i + 2], $"{t} {tokens[i + 1]} {tokens[i + 2]}", hit);
        }
        if ((s_verbsSingular.Contains(t) || s_verbsPlural.Contains(t)) && i + 2 < tokens.Length && tokens[i + 1].Equals("the", StringComparison.OrdinalIgnoreCase)
            && (i + 3 == tokens.Length || tokens[i + 3] is "?" or "." or "!"))
        {
            Agree(tokens[i + 2], t, $"{t} the {tokens[i + 2]}", hit);
        }
    }

    private static bool OpensClause(string[] tokens, int i) =>
        i == 0 || IsMark(tokens[i - 1]) || s_clauseOpeners.Contains(tokens[i - 1]);

    private static void Agree(string noun, string verb, string found, Action<string, Func<TextSpan, Diagnostic>> hit)
    {
        if (SampleWords.Singulars.Contains(noun) && s_verbsPlural.Contains(verb))
        {
            hit("PV5013", s => LintDiagnostics.LintVerbAgreement(s, found, $"'{noun}' is singular"));
        }
        else if (SampleWords.Plurals.Contains(noun) && s_verbsSingular.Contains(verb))
        {
            hit("PV5013", s => LintDiagnostics.LintVerbAgreement(s, found, $"'{noun}' is plural"));
        }
    }

    /// <summary>The count written at token <paramref name="i"/> (digits or a number word), unless it names an image.</summary>
    private static long? CountOf(string[] tokens, int i)
    {
        if (i >= tokens.Length || (i > 0 && s_imageWords.Contains(tokens[i - 1])))
        {
            return null;
        }
        var t = tokens[i];
        if (t.Length > 0 && char.IsAsciiDigit(t[0]) && !t.Contains('.') && long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }
        return SampleWords.NumberWords.TryGetValue(t, out var word) && !t.Equals("one", StringComparison.Ordinal) ? word
            : t.Equals("one", StringComparison.Ordinal) && i + 1 < tokens.Length && IsKnownWord(tokens[i + 1]) ? 1 : null;
    }

    private static bool IsKnownWord(string word) =>
        SampleWords.Singulars.Contains(word) || SampleWords.Plurals.Contains(word) || SampleWords.Nouns.Contains(word, StringComparer.OrdinalIgnoreCase)
        || SampleWords.Attributes.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static string Next(string[] tokens, int i) => i + 1 < tokens.Length ? tokens[i + 1] : "";

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetter(token[0]);

    private static bool IsMark(string token) => token is "," or ";" or ":" or "." or "?" or "!";

    // Decimals ("0.5") are one token so their point is not read as a full stop.
    [GeneratedRegex(@"\d+(?:\.\d+)?|[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|[^\sA-Za-z\d]")]
    private static partial Regex Tokens();
}

using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV5xxx: the template lint (provision templates --lint). Spans point at the ask/tell template, the template text or
// the emit entry the finding comes from; the finding also carries the offending expansion.
// PV500x duplicates, PV501x agreement, PV502x spacing and punctuation, PV503x empty slots, PV504x items.
/// <summary>PV5xxx: the template lint; every code is listed by <see cref="DiagnosticCatalog"/>.</summary>
public static class LintDiagnostics
{
    /// <summary>PV5001: one phrasing produced twice (two templates, or <c>[a|a]</c> in one). Fix: remove one.</summary>
    public static Diagnostic LintDuplicateExpansion(TextSpan span, string expansion, string other) =>
        Error("PV5001", span, $"the phrasing '{expansion}' is produced twice ({other}); remove one of them so phrasings are drawn evenly");

    /// <summary>PV5002: phrasings that differ only in case or whitespace (<c>[How|how] many</c>). Fix: keep one.</summary>
    public static Diagnostic LintCaseOrSpaceDuplicate(TextSpan span, string expansion, string other) =>
        Error("PV5002", span, $"the phrasings '{expansion}' and '{other}' differ only in case or whitespace and render alike; keep one");

    /// <summary>PV5010: "a apple", "an dog", "a dogs". Fix: <c>{a(x)}</c> instead of <c>a {x}</c>.</summary>
    public static Diagnostic LintArticleAgreement(TextSpan span, string found, string fix) =>
        Error("PV5010", span, $"'{found}' is ungrammatical: {fix}; write '{{a(x)}}' instead of 'a {{x}}' so the article follows the word");

    /// <summary>PV5011: "1 dogs", "2 dog". Fix: <c>{plural(x, n)}</c>, or a slot that agrees with the count.</summary>
    public static Diagnostic LintNumberAgreement(TextSpan span, string found, string fix) =>
        Error("PV5011", span, $"'{found}' does not agree: {fix}; use '{{plural(x, n)}}' or a slot that follows the count");

    /// <summary>PV5012: "there is 2 ...", "are there 1 ...". Fix: <c>there {be(n)} {n} ...</c>.</summary>
    public static Diagnostic LintThereIsAgreement(TextSpan span, string found, string fix) =>
        Error("PV5012", span, $"'{found}' does not agree with the count: {fix}; write '{{be(n)}}' instead of 'is' or 'are'");

    /// <summary>PV5013: "the dogs is", "where is the dogs?" (the noun must open its clause). Fix: <c>{be(x)}</c>, <c>{has(x)}</c>.</summary>
    public static Diagnostic LintVerbAgreement(TextSpan span, string found, string fix) =>
        Error("PV5013", span, $"'{found}' does not agree with its subject: {fix}; write '{{be(x)}}' or '{{has(x)}}' so the verb follows the noun");

    /// <summary>PV5014: "how many red and small apple": a count question with a singular noun gives a count of one away. Fix: <c>{plural(x)}</c> always after "how many".</summary>
    public static Diagnostic LintHowManySingular(TextSpan span, string found) =>
        Error("PV5014", span, $"'{found}' asks 'how many' with a singular noun, which gives the answer one away; always write the plural ('{{plural(x)}}')");

    /// <summary>PV5015: "is there no a person": "no" with an article. Fix: "is there not {a(x)}", or "no {x}".</summary>
    public static Diagnostic LintNoWithArticle(TextSpan span, string found) =>
        Error("PV5015", span, $"'{found}' is ungrammatical: 'no' takes a bare noun; write 'no {{x}}' or 'not {{a(x)}}'");

    /// <summary>PV5016: "the wooden and wood floor": one list names one property twice (one word a derived form of the other: -en, -ic, -y, -ish, -ed). Fix: keep one of them.</summary>
    public static Diagnostic LintRedundantAttributes(TextSpan span, string found) =>
        Error("PV5016", span, $"'{found}' names one property twice (one word is a form of the other); keep one of them");

    /// <summary>PV5017: "which object is the color of ...": a question for an object answered by a property. Fix: "what is the color of ...".</summary>
    public static Diagnostic LintObjectQuestionForAttribute(TextSpan span, string found) =>
        Error("PV5017", span, $"'{found}' asks which object, but the answer is a property; ask 'what is the ... of'");

    /// <summary>PV5018: a relation predicate pasted as a verb: "which one is has the hat", "shows a person contains a cup" (the sample predicates include "has" and "contains"). Fix: <c>{verb(p)}</c> after the subject ("is on", "has"), with "that" after an object.</summary>
    public static Diagnostic LintPredicateAsVerb(TextSpan span, string found) =>
        Error("PV5018", span, $"'{found}' pastes a relation predicate where a verb phrase is needed; write '{{verb(p)}}' (\"is on\", \"has\") after the subject, with 'that' after an object");

    /// <summary>PV5025: one word twice in a row ("the object that the spoon is in in the image"). Fix: reorder, putting the place phrase first ("In this image, what is ...").</summary>
    public static Diagnostic LintDoubledWord(TextSpan span, string found) =>
        Error("PV5025", span, $"'{found}' repeats a word; a slot ending in the word the template continues with (a predicate 'in' before 'in the image') reads as a stutter: reorder the phrase");

    /// <summary>PV5032: a question for one relation ("what is the relation ...", "the connection") answered by several ("on and holding"). Fix: words that agree with the answer's number ("what are all the relations ...").</summary>
    public static Diagnostic LintOneRelationSeveralAnswers(TextSpan span, string found, string answer) =>
        Error("PV5032", span, $"'{found}' asks for one relation but sample item answers '{answer}'; word the question by the answer's number ('what {{be(answer)}} ...', \"all the relations\" for several)");
    /// <summary>PV5026: a sample item names a non-object label ("color", "spots", "picnic": vocabulary nonObjects) as an object. Fix: <c>where isThing(o.label)</c> (or <c>namesThings(e)</c>) on the objects the item names.</summary>
    public static Diagnostic LintNonThingNamed(TextSpan span, string label, string item) =>
        Error("PV5026", span, $"sample item '{item}' names '{label}' as an object, but the vocabulary lists it among nonObjects (no thing a person could be asked about); keep such objects out with 'where isThing(o.label)'");

    /// <summary>PV5020: doubled space inside template text. Fix: one space.</summary>
    public static Diagnostic LintDoubledSpace(TextSpan span, string text) =>
        Warning("PV5020", span, $"doubled space in the template text '{text}'; the renderer collapses it, but one space reads as intended");

    /// <summary>PV5021: space before <c>, ; : . ? !</c> inside template text. Fix: remove it.</summary>
    public static Diagnostic LintSpaceBeforePunctuation(TextSpan span, string text) =>
        Warning("PV5021", span, $"space before punctuation in the template text '{text}'; remove it");

    /// <summary>PV5022: two punctuation marks in a row once rendered (",?" after an appositive and an empty place phrase). Fix: a phrase that is never empty there.</summary>
    public static Diagnostic LintDoubledPunctuation(TextSpan span, string found) =>
        Error("PV5022", span, $"doubled punctuation '{found}' in a rendered phrasing; remove one mark or the empty part between them");

    /// <summary>PV5023: a question worded as a question ("what ...", "is ...") that ends with ".", or a description ending with "?". Fix: end it with "?" / ".".</summary>
    public static Diagnostic LintFinalPunctuation(TextSpan span, string expansion, string fix) =>
        Warning("PV5023", span, $"'{expansion}' {fix}");

    /// <summary>PV5024: a sentence inside a phrasing that starts in lower case ("... mat. it is red"). Fix: capitalise it.</summary>
    public static Diagnostic LintLowercaseSentenceStart(TextSpan span, string found) =>
        Error("PV5024", span, $"a sentence starts in lower case at '{found}'; capitalise it (the renderer capitalises only the first letter)");

    /// <summary>PV5030: a slot that renders empty in a sample item (an empty list, an empty string). Fix: <c>where count(xs) &gt; 0</c>, or phrase around it.</summary>
    public static Diagnostic LintEmptySlot(TextSpan span, string slot, string item) =>
        Error("PV5030", span, $"slot '{slot}' renders empty in sample item '{item}'; add a 'where' that skips empty values or use a phrase that reads well without it");

    /// <summary>PV5031: a word left dangling by an empty option or slot ("the ?", "and ." or a leading ","). Fix: move the word into the option.</summary>
    public static Diagnostic LintDanglingWord(TextSpan span, string found) =>
        Error("PV5031", span, $"'{found}' leaves a gap: an empty option or slot stands where a word is needed; move the word into the option or drop the empty alternative");

    /// <summary>PV5040: an answer leak: the open-ended question contains its own answer. Fix: ask without naming it, or offer it among other choices.</summary>
    public static Diagnostic LintAnswerLeak(TextSpan span, string answer, string item) =>
        Error("PV5040", span, $"the question gives away its answer '{answer}' (sample item '{item}'); ask without naming the answer, or offer it among other choices");

    /// <summary>PV5041: a multiple-choice item offers the same option twice (compared trimmed, case-insensitive). Fix: distinct candidates.</summary>
    public static Diagnostic LintRepeatedOption(TextSpan span, string option, string item) =>
        Error("PV5041", span, $"option '{option}' is offered twice in sample item '{item}'; make the candidates distinct from each other and from the answer");
}

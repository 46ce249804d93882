using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification;

/// <content>Answer kinds: counts, labels, sets of strings, image references.</content>
internal sealed partial class ItemCheck
{
    /// <summary>The answer must be the count <paramref name="expected"/> (digits or words); count options must be counts.</summary>
    public bool CountAnswer(long expected, string why)
    {
        if (!CountText.TryParse(Item.Answer, out var value, out var words))
        {
            return Fail($"answer '{Item.Answer}' is not a count (digits or number words)");
        }
        if (value != expected)
        {
            return Fail($"answer '{Item.Answer}' ({value}) but {why} is {expected}");
        }
        var seen = new Dictionary<long, string>();
        foreach (var choice in Item.Choices)
        {
            if (!CountText.TryParse(choice, out var option, out var optionWords))
            {
                return Fail($"choice '{choice}' is not a count");
            }
            if (optionWords != words)
            {
                return Fail($"choice '{choice}' is written in {(optionWords ? "words" : "digits")} but the answer '{Item.Answer}' in {(words ? "words" : "digits")}");
            }
            if (!seen.TryAdd(option, choice))
            {
                return Fail($"choices '{seen[option]}' and '{choice}' are the same count {option}");
            }
        }
        return true;
    }

    /// <summary>The answer must be exactly <paramref name="expected"/>.</summary>
    public bool TextAnswer(string expected, string why) =>
        Item.Answer == expected || Fail($"answer '{Item.Answer}' but {why}");

    /// <summary>
    /// The answer must list exactly <paramref name="expected"/> (any order). A multiple-choice item may instead
    /// answer with one member, the spec's "MC answer: one of them".
    /// </summary>
    public bool SetAnswer(IReadOnlyCollection<string> expected, string what)
    {
        if (expected.Count == 0)
        {
            return Fail($"{what} is empty, so the item has no answer");
        }
        if (ListText.IsJoinOf(Item.Answer, expected) || (IsMultipleChoice && expected.Contains(Item.Answer)))
        {
            return true;
        }
        var one = IsMultipleChoice ? " or one of them" : "";
        return Fail($"answer '{Item.Answer}' but {what} is {{{Quote(expected)}}} (expected all of them{one})");
    }

    /// <summary>
    /// An attribute answer lists <paramref name="expected"/> once per meaning (vocabulary synonym groups): each item is
    /// one of them, no two are synonyms ("wood and wooden" says one thing twice), and every meaning is there. A
    /// multiple-choice item may answer with one of them.
    /// </summary>
    public bool MeaningSetAnswer(IReadOnlyCollection<string> expected, string what)
    {
        if (expected.Count == 0)
        {
            return Fail($"{what} is empty, so the item has no answer");
        }
        if (IsMultipleChoice && expected.Contains(Item.Answer))
        {
            return true;
        }
        var parts = ListText.Split(Item.Answer);
        var ok = true;
        foreach (var part in parts.Where(p => !expected.Contains(p)))
        {
            ok = Fail($"answer '{Item.Answer}' names '{part}', which is not among {what} {{{Quote(expected)}}}");
        }
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var earlier in parts.Take(i).Where(e => Vocabulary.AreSynonyms(e, parts[i])))
            {
                ok = Fail($"answer '{Item.Answer}' names '{earlier}' and '{parts[i]}', one meaning twice; list one attribute per meaning");
            }
        }
        foreach (var missing in expected.Where(e => !parts.Any(p => Vocabulary.AreSynonyms(p, e))))
        {
            ok = Fail($"answer '{Item.Answer}' misses '{missing}' of {what} {{{Quote(expected)}}} (no synonym of it either)");
        }
        return ok;
    }

    /// <summary>
    /// Every distractor, read as a list, must consist only of wrong items: <paramref name="whyRight"/> returns why
    /// an item would be right (or not allowed), or null when it is a fair distractor.
    /// </summary>
    public bool DistractorItems(Func<string, string?> whyRight)
    {
        var ok = true;
        foreach (var choice in Distractors)
        {
            foreach (var part in ListText.Split(choice))
            {
                if (whyRight(part) is { } reason)
                {
                    ok = Fail($"choice '{choice}' is not a valid distractor: '{part}' {reason}");
                    break;
                }
            }
        }
        return ok;
    }

    /// <summary>Every option must be one of <paramref name="allowed"/> (e.g. the labels the question names).</summary>
    public bool ChoicesWithin(IReadOnlyCollection<string> allowed, string what)
    {
        var ok = true;
        foreach (var choice in Item.Choices.Where(c => !allowed.Contains(c)))
        {
            ok = Fail($"choice '{choice}' is not among {what} {{{Quote(allowed)}}}");
        }
        return ok;
    }
}

using System.Globalization;

namespace ProVision.Generators.Tests.Verification;

/// <content>Rules every item obeys: the answer is set, options are distinct and hold the answer once, the response names it.</content>
internal sealed partial class ItemCheck
{
    /// <summary>The options other than the answer (empty for an open-ended item).</summary>
    public IEnumerable<string> Distractors => Item.Choices.Where(c => c != Item.Answer);

    /// <summary>
    /// The shape rules shared by all generators. False only when the answer is empty: a malformed option list does
    /// not stop the generator's own rules, so one run reports everything wrong with the item.
    /// </summary>
    public bool CheckAnswerShape()
    {
        if (Item.Answer.Trim().Length == 0)
        {
            return Fail("the answer is empty");
        }
        _ = IsMultipleChoice ? CheckChoices() : CheckOpenResponse();
        return true;
    }

    private bool CheckOpenResponse()
    {
        // Descriptions (empty prompt) are sentences that may rephrase freely; a QA response must state the answer.
        if (Item.Prompt.Length == 0 || !Options.RequireAnswerInResponse)
        {
            return true;
        }
        // A finite predicate agrees with a plural subject: "The bananas have the bench." states the answer "has".
        return Item.Response.Contains(Item.Answer, StringComparison.OrdinalIgnoreCase)
            || (Reading.VerbWords.IsFinite(Item.Answer) && Item.Response.Contains(Reading.VerbWords.After(Item.Answer, pluralSubject: true), StringComparison.OrdinalIgnoreCase))
            || Fail($"response '{Item.Response}' does not contain the answer '{Item.Answer}'");
    }

    private bool CheckChoices()
    {
        var choices = Item.Choices;
        var ok = true;
        if (choices.Length < 2 || choices.Length > Options.MaxChoices)
        {
            ok = Fail($"has {choices.Length} choices; a multiple-choice item needs 2 to {Options.MaxChoices}");
        }
        foreach (var duplicate in choices.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            ok = Fail($"duplicate choice '{duplicate.Key}' ({duplicate.Count()} times in [{Quote(choices)}])");
        }
        var copies = choices.Count(c => c == Item.Answer);
        if (copies != 1)
        {
            return Fail($"answer '{Item.Answer}' appears {copies} times among choices [{Quote(choices)}]; it must appear exactly once");
        }
        return CheckResponseOption() && ok;
    }

    /// <summary>The response must be the correct option as shown: "B. dog", "(B) dog", "2. dog" or "(2) dog".</summary>
    private bool CheckResponseOption()
    {
        var response = Item.Response;
        string label, value;
        if (response.StartsWith('(') && response.IndexOf(") ", StringComparison.Ordinal) is var close and > 1)
        {
            (label, value) = (response[1..close], response[(close + 2)..]);
        }
        else if (response.IndexOf(". ", StringComparison.Ordinal) is var dot and > 0)
        {
            (label, value) = (response[..dot], response[(dot + 2)..]);
        }
        else
        {
            return Fail($"response '{response}' is not an option like 'B. x' or '(B) x'");
        }
        var index = label.Length == 1 && char.IsAsciiLetterUpper(label[0]) ? label[0] - 'A'
            : int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number - 1 : -1;
        if (index < 0 || index >= Item.Choices.Length)
        {
            return Fail($"response '{response}' names option '{label}', which does not exist among {Item.Choices.Length} choices");
        }
        if (Item.Choices[index] != Item.Answer)
        {
            return Fail($"response '{response}' names option '{label}' = '{Item.Choices[index]}' but the answer is '{Item.Answer}'");
        }
        return value == Item.Answer || Fail($"response '{response}' shows '{value}' but option '{label}' is '{Item.Answer}'");
    }
}

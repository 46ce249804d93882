using ProVision.Generators.Tests.Support;

namespace ProVision.Generators.Tests.VerifierTests;

/// <summary>For every QA generator: its correct multiple-choice item verifies, and the generic ways of breaking it fail.</summary>
public sealed class CommonRulesTests
{
    public static TheoryData<string> Generators => Catalogue.Generators;

    [Theory]
    [MemberData(nameof(Generators))]
    public void The_correct_multiple_choice_item_verifies(string generator)
    {
        var (item, graphs) = Catalogue.Correct(generator);
        Verdict.Passes(item, graphs);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void A_duplicated_distractor_fails(string generator)
    {
        var (item, graphs) = Catalogue.Correct(generator);
        var choices = item.Build().Choices;
        var distractor = choices.First(c => c != item.Build().Answer);
        Verdict.Fails(item.Choices([.. choices, distractor]), $"duplicate choice '{distractor}'", graphs);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void A_response_naming_a_distractor_fails(string generator)
    {
        var (item, graphs) = Catalogue.Correct(generator);
        var built = item.Build();
        var index = built.Choices.IndexOf(built.Choices.First(c => c != built.Answer));
        Verdict.Fails(item.Response($"{(char)('A' + index)}. {built.Choices[index]}"), $"names option '{(char)('A' + index)}'", graphs);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Answering_with_a_distractor_fails(string generator)
    {
        var (item, graphs) = Catalogue.Correct(generator);
        var built = item.Build();
        var wrong = built.Choices.First(c => c != built.Answer);
        var result = Verdict.Of(item.Answer(wrong).Response($"{(char)('A' + built.Choices.IndexOf(wrong))}. {wrong}"), graphs);
        Assert.False(result.Passed, $"{generator}: answering '{wrong}' instead of '{built.Answer}' verified");
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Choices_without_the_answer_fail(string generator)
    {
        var (item, graphs) = Catalogue.Correct(generator);
        var built = item.Build();
        var others = built.Choices.Where(c => c != built.Answer).ToArray();
        var choices = others.Length >= 2 ? others : [.. others, others[0] + " x"];
        Verdict.Fails(item.Choices(choices).Response($"A. {choices[0]}"), $"answer '{built.Answer}' appears 0 times", graphs);
    }
}

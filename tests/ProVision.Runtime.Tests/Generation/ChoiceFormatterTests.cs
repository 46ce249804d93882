using System.Text.RegularExpressions;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>Every test draws from fixed keys, so the statistical bounds either always hold or always fail.</summary>
public sealed partial class ChoiceFormatterTests
{
    private static DeterministicRandom Random(long i) => new RandomKey(11, "ChoiceFormatterTests", "item", i).CreateRandom();

    [GeneratedRegex(@"^(?:\(([A-Z]|\d+)\)|([A-Z]|\d+)\.) (.*)$", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();

    [Fact]
    public void Options_are_distinct_and_hold_the_answer_exactly_once()
    {
        string[] candidates = ["dog", "cat", "dog", "", "bird", "cat", "dog"];
        for (var i = 0; i < 500; i++)
        {
            Assert.True(ChoiceFormatter.TryFormat("What is it?", "dog", candidates, 4, Random(i), out var mc));
            Assert.Equal(3, mc!.Choices.Length); // dog, cat, bird
            Assert.Equal(mc.Choices.Length, mc.Choices.Distinct().Count());
            Assert.Single(mc.Choices, c => c == "dog");
            Assert.Equal("dog", mc.Choices[mc.CorrectIndex]);
            Assert.Equal(mc.Options[mc.CorrectIndex], mc.Response);
        }
    }

    [Fact]
    public void The_response_is_the_correct_labelled_option()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.True(ChoiceFormatter.TryFormat("Which animal?", "dog", ["cat", "bird", "cow", "horse"], 4, Random(i), out var mc));
            var match = OptionPattern().Match(mc!.Response);
            Assert.True(match.Success, mc.Response);
            var label = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            var expectedLabel = char.IsAsciiDigit(label[0]) ? (mc.CorrectIndex + 1).ToString() : ((char)('A' + mc.CorrectIndex)).ToString();
            Assert.Equal(expectedLabel, label);
            Assert.Equal("dog", match.Groups[3].Value);
            Assert.EndsWith(mc.Options[^1], mc.Prompt);
            Assert.StartsWith("Which animal?", mc.Prompt);
        }
    }

    [Fact]
    public void Too_few_distinct_candidates_leave_the_item_open_ended_without_drawing()
    {
        var random = Random(0);
        Assert.False(ChoiceFormatter.TryFormat("Q?", "dog", [], 4, random, out var none));
        Assert.False(ChoiceFormatter.TryFormat("Q?", "dog", ["dog", "dog", ""], 4, random, out none));
        Assert.False(ChoiceFormatter.TryFormat("Q?", "", ["cat"], 4, random, out none));
        Assert.Null(none);
        Assert.Equal(0UL, random.Position);
        Assert.True(ChoiceFormatter.TryFormat("Q?", "dog", ["dog", "cat"], 4, random, out var two));
        Assert.Equal(2, two!.Choices.Length);
    }

    [Fact]
    public void The_answer_position_is_uniform()
    {
        const int trials = 4000;
        var positions = new int[4];
        for (var i = 0; i < trials; i++)
        {
            ChoiceFormatter.TryFormat("Q?", "a", ["b", "c", "d", "e", "f", "g"], 4, Random(i), out var mc);
            positions[mc!.CorrectIndex]++;
        }
        Assert.All(positions, p => Assert.InRange(p, 880, 1120)); // expected 1000 each; about 4.4 sigma
    }

    [Fact]
    public void At_most_max_choices_options_and_every_distractor_gets_picked()
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < 300; i++)
        {
            ChoiceFormatter.TryFormat("Q?", "a", ["b", "c", "d", "e", "f", "g"], 3, Random(i), out var mc);
            Assert.Equal(3, mc!.Choices.Length);
            seen.UnionWith(mc.Choices);
        }
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g"], seen.Order());
    }

    [Fact]
    public void Every_style_lead_in_and_layout_occurs()
    {
        var leadIns = new HashSet<string>();
        var styles = new HashSet<string>();
        for (var i = 0; i < 400; i++)
        {
            ChoiceFormatter.TryFormat("Q?", "dog", ["cat", "cow"], 4, Random(i), out var mc);
            var separator = mc!.Prompt[2].ToString();
            Assert.True(separator is " " or "\n");
            var rest = mc.Prompt[3..];
            var lead = ChoiceFormatter.LeadIns.Skip(1).FirstOrDefault(l => rest.StartsWith(l + separator, StringComparison.Ordinal)) ?? "";
            leadIns.Add(lead);
            var options = lead.Length == 0 ? rest : rest[(lead.Length + 1)..];
            Assert.Equal(string.Join(separator, mc.Options), options);
            styles.Add((mc.Options[0].StartsWith('(') ? "paren-" : "dot-") + (char.IsAsciiDigit(mc.Options[0][mc.Options[0].StartsWith('(') ? 1 : 0]) ? "digit" : "letter") + separator);
        }
        Assert.Equal(ChoiceFormatter.LeadIns.Order(), leadIns.Order());
        Assert.Equal(8, styles.Count); // 2 label styles x 2 option styles x 2 layouts
    }

    [Fact]
    public void Numbers_are_never_labelled_with_numbers()
    {
        for (var i = 0; i < 200; i++)
        {
            ChoiceFormatter.TryFormat("How many?", "3", ["2", "4", "5"], 4, Random(i), out var mc);
            Assert.All(mc!.Options, o => Assert.Matches(@"^(\([A-D]\)|[A-D]\.) \d$", o));
        }
    }

    [Fact]
    public void Same_stream_formats_identically()
    {
        ChoiceFormatter.TryFormat("Q?", "a", ["b", "c", "d"], 4, Random(3), out var first);
        ChoiceFormatter.TryFormat("Q?", "a", ["b", "c", "d"], 4, Random(3), out var second);
        Assert.Equal(first!.Prompt, second!.Prompt);
        Assert.Equal(first.Response, second.Response);
    }

    [Fact]
    public void Kept_option_labels_are_the_labels_made_for_each_position_in_every_style()
    {
        foreach (var numbers in new[] { false, true })
        {
            foreach (var parenthesised in new[] { false, true })
            {
                for (var position = 0; position < ChoiceFormatter.MaxChoices; position++)
                {
                    var label = numbers ? (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : ((char)('A' + position)).ToString();
                    Assert.Equal(parenthesised ? "(" + label + ") " : label + ". ", ChoiceFormatter.OptionPrefix(numbers, parenthesised, position));
                }
            }
        }
    }

    [Fact]
    public void Candidates_kept_on_the_stack_and_in_an_array_give_the_same_question()
    {
        // Up to 16 candidates are kept on the stack, more in an array (and then checked with a set). Empty candidates and
        // repeats are dropped, so padding a short list past 16 with them asks the same question by the other path.
        string[] words = ["cat", "dog", "bird", "fish", "cow", "horse", "sheep", "goat", "duck", "hen", "pig", "fox", "owl", "bee", "ant", "elk"];
        for (var count = 1; count <= words.Length; count++)
        {
            var candidates = words[..count];
            string[] padded = [.. candidates, .. Enumerable.Repeat("", 10), .. candidates];
            for (var i = 0; i < 20; i++)
            {
                Assert.True(ChoiceFormatter.TryFormat("Which animal?", "yak", candidates, 4, Random(i), out var onStack));
                Assert.True(ChoiceFormatter.TryFormat("Which animal?", "yak", padded, 4, Random(i), out var inArray));
                Assert.Equal((inArray!.Prompt, string.Join("|", inArray.Options), inArray.CorrectIndex), (onStack!.Prompt, string.Join("|", onStack.Options), onStack.CorrectIndex));
            }
        }
    }
}

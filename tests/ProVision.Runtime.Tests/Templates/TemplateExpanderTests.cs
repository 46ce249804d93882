using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Templates;

public sealed class TemplateExpanderTests
{
    [Theory]
    [InlineData("How many dogs?", 1)]
    [InlineData("[how many|count the] {name} [are there|can you see]?", 4)]
    [InlineData("[a|b|c] [d|e]", 6)]
    [InlineData("[a]? b", 2)]
    [InlineData("[a [b]?]? c", 3)] // "a b c", "a c", "c"
    [InlineData("[[a]?]?", 2)] // "a" and "" ("" twice before deduplication)
    [InlineData("[a|a|b]", 2)]
    [InlineData("[x |x] y", 1)] // "x  y" and "x y" normalise alike
    [InlineData("[a b|a] [b|]", 3)] // "a b b", "a b" (twice), "a"
    [InlineData("{name}[,| ,] yes", 1)] // no space before a comma either way
    [InlineData("[{a}|{b}] [{be(n)}|{be(n)}]", 2)]
    [InlineData("[tell me|identify|determine|can you tell|] how many {name} [exist|are there|are visible|can you see|do you see]?", 25)]
    public void Count_is_the_number_of_distinct_expansions(string template, int expected)
    {
        var node = TemplateText.Parse(template);
        var counted = TemplateExpander.Count(node);
        var expanded = TemplateExpander.Expand(node);
        Assert.True(counted.Succeeded, counted.Error);
        Assert.Equal(expected, counted.Count);
        Assert.Equal(expected, expanded.Count);
        Assert.Equal(expected, expanded.Expansions.Length);
        Assert.Equal(expected, expanded.Expansions.Select(e => e.Text).Distinct().Count());
    }

    [Fact]
    public void Expansions_come_in_source_order_with_earlier_parts_varying_slowest()
    {
        var result = TemplateExpander.Expand(TemplateText.Parse("[how many|count the] {name} [are there|can you see]?"));
        Assert.Equal(
            [
                "how many {name} are there?",
                "how many {name} can you see?",
                "count the {name} are there?",
                "count the {name} can you see?",
            ],
            result.Expansions.Select(e => e.Text));
        Assert.Equal([0, 1, 2, 3], result.Expansions.Select(e => e.Index));
    }

    [Fact]
    public void First_appearance_wins_when_duplicates_are_removed()
    {
        var result = TemplateExpander.Expand(TemplateText.Parse("[a b|a] [b|]"));
        Assert.Equal(["a b b", "a b", "a"], result.Expansions.Select(e => e.Text));
    }

    [Fact]
    public void Segments_are_merged_literals_and_slots_with_normalised_spacing()
    {
        var result = TemplateExpander.Expand(TemplateText.Parse("  [{lead}|]  how   many {plural(name, n)} , {list(xs, \"or\")}?  "));
        var first = result.Expansions[0];
        Assert.Equal("{lead} how many {plural(name, n)}, {list(xs, \"or\")}?", first.Text);
        Assert.Equal(6, first.Segments.Length);
        Assert.True(first.Segments[0].IsSlot);
        Assert.Equal(" how many ", first.Segments[1].Text);
        Assert.Equal(SlotHelper.Plural, first.Segments[2].Slot.Helper);
        Assert.Equal("n", first.Segments[2].Slot.Arguments[0].Text);
        Assert.Equal(", ", first.Segments[3].Text);
        Assert.Equal("or", first.Segments[4].Slot.Arguments[0].Text);
        Assert.Equal("?", first.Segments[5].Text);
        Assert.False(first.Segments[4].Slot.Arguments[0].IsSlot);
        var second = result.Expansions[1];
        Assert.Equal("how many {plural(name, n)}, {list(xs, \"or\")}?", second.Text);
        Assert.Equal("how many ", second.Segments[0].Text);
    }

    [Fact]
    public void Literal_braces_never_collide_with_slots()
    {
        var node = TemplateNode.Alt(TemplateNode.Lit("{name}"), TemplateNode.Slot("name"));
        Assert.Equal(2, TemplateExpander.Count(node).Count);
    }

    [Fact]
    public void A_huge_product_is_an_error_result_not_an_allocation()
    {
        // 10 alternatives in each of 8 parts: 10^8 raw expansions.
        var parts = Enumerable.Range(0, 8)
            .Select(p => (TemplateNode)TemplateNode.Alt(Enumerable.Range(0, 10).Select(i => (TemplateNode)TemplateNode.Lit($" w{p}x{i}")).ToArray()))
            .ToArray();
        var node = TemplateNode.Seq(parts);
        Assert.Equal(100_000_000, TemplateExpander.UpperBound(node));
        var result = TemplateExpander.Count(node);
        Assert.False(result.Succeeded);
        Assert.Contains("more than 100,000 distinct expansions", result.Error);
        Assert.Equal(0, result.Count);
        Assert.False(TemplateExpander.Expand(node, limit: 99_999).Succeeded);
        Assert.Equal(100_000, TemplateExpander.Count(TemplateNode.Seq(parts[..5])).Count);
    }

    [Fact]
    public void UpperBound_is_the_raw_product_of_sums()
    {
        Assert.Equal(3, TemplateExpander.UpperBound(TemplateText.Parse("[[a]?]?")));
        Assert.Equal(4, TemplateExpander.UpperBound(TemplateText.Parse("[a b|a] [b|]")));
        Assert.Equal(1, TemplateExpander.UpperBound(TemplateText.Parse("plain {slot}")));
    }

    [Fact]
    public void Nodes_print_in_template_syntax()
    {
        Assert.Equal("[a|b] {be(n)} [c]?", TemplateText.Parse("[a|b] {be(n)} [c]?").ToString());
    }

    [Fact]
    public void Unknown_helpers_and_argument_without_helper_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new SlotNode("x", "shout"));
        Assert.Throws<ArgumentException>(() => new SlotNode("x", null, [TemplateArgument.SlotRef("n")]));
        Assert.True(SlotHelpers.TryParse("ordinal", out var helper));
        Assert.Equal(SlotHelper.Ordinal, helper);
        Assert.False(SlotHelpers.TryParse("Ordinal", out _));
    }

    [Fact]
    public void CompiledTemplates_flatten_asks_in_clause_order()
    {
        var templates = new CompiledTemplates(
            [
                new AskTemplate(TemplateText.Parse("[how many|count the] {name}?"), TemplateText.Parse("[{count}|there are {count}]")),
                new AskTemplate(TemplateText.Parse("what number of {name}?"), TemplateText.Parse("{count}")),
            ],
            [TemplateText.Parse("There {be(n)} {count} {name}."), TemplateText.Parse("[I see|I count] {count} {name}.")]);
        Assert.Equal(3, templates.Questions.Length);
        Assert.Equal([0, 0, 1], templates.Questions.Select(q => q.AskIndex));
        Assert.Equal([0, 1, 2], templates.Questions.Select(q => q.Index));
        Assert.Equal(2, templates.Questions[0].Answers.Length);
        Assert.Equal(["There {be(n)} {count} {name}.", "I see {count} {name}.", "I count {count} {name}."], templates.Descriptions.Select(d => d.Text));
        Assert.Equal([0, 1, 2], templates.Descriptions.Select(d => d.Index));
    }

    [Fact]
    public void CompiledTemplates_throw_for_a_template_over_the_limit()
    {
        var exception = Assert.Throws<TemplateExpansionException>(() =>
            new CompiledTemplates([new AskTemplate(TemplateText.Parse("[a|b|c] [d|e|f]"), TemplateText.Parse("x"))], [], limit: 5));
        Assert.Contains("question template of ask #1", exception.Message);
    }
}

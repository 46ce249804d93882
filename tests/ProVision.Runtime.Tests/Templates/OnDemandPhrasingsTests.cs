using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Templates;

/// <summary>
/// Phrasings expanded one by one as items draw them (<see cref="TemplateExpander.ExpansionAt"/>,
/// <see cref="CompiledTemplates.OnDemand"/>) are those the full expansion lists at the same numbers, for templates whose
/// raw expansions are distinct.
/// </summary>
public sealed class OnDemandPhrasingsTests
{
    [Theory]
    [InlineData("How many dogs?")]
    [InlineData("[how many|count the] {name} [are there|can you see]?")]
    [InlineData("[a|b|c] [d|e]")]
    [InlineData("[a]? b")]
    [InlineData("[a [b]?]? c")]
    [InlineData("  [{lead}|]  how   many {plural(name, n)} , {list(xs, \"or\")}?  ")]
    [InlineData("{name}[,|;] [yes|no] [.|!]")]
    [InlineData("[tell me|identify|determine|can you tell|] how many {name} [exist|are there|are visible|can you see|do you see]?")]
    [InlineData("")]
    // Literal neighbours across nested parts, spaces and punctuation at the junctions: merged left to right, they must
    // read as the full expansion merges them part by part.
    [InlineData("[a [b|c ,] d|e] , [f]? .")]
    [InlineData("[x , |y .] [ ; z| w] [\n v|]  ?")]
    [InlineData("{a}[ ,|] [[ b|]? , {c}| d ] [ .|!]")]
    public void ExpansionAt_is_the_expansion_listed_at_that_number(string template)
    {
        var node = TemplateText.Parse(template);
        var listed = TemplateExpander.Expand(node).Expansions;
        Assert.Equal(listed.Length, TemplateExpander.UpperBound(node)); // distinct as written

        for (var i = 0; i < listed.Length; i++)
        {
            var drawn = TemplateExpander.ExpansionAt(node, i);
            Assert.Equal(listed[i].Index, drawn.Index);
            Assert.Equal(listed[i].Text, drawn.Text);
            Assert.Equal(listed[i].Segments.Select(s => (s.IsSlot, s.ToString())), drawn.Segments.Select(s => (s.IsSlot, s.ToString())));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => TemplateExpander.ExpansionAt(node, listed.Length));
    }

    [Fact]
    public void OnDemand_templates_number_phrasings_as_the_full_expansion_does()
    {
        var asks = System.Collections.Immutable.ImmutableArray.Create(
            new AskTemplate(TemplateText.Parse("[how many|count the] {name}?"), TemplateText.Parse("[{count}|there are {count}]")),
            new AskTemplate(TemplateText.Parse("what number of {name} [are there|do you see]?"), TemplateText.Parse("{count}")));
        System.Collections.Immutable.ImmutableArray<TemplateNode> tells =
            [TemplateText.Parse("There {be(n)} {count} {name}."), TemplateText.Parse("[I see|I count] {count} {name}.")];
        var full = new CompiledTemplates(asks, tells);
        var onDemand = CompiledTemplates.OnDemand(asks, tells);

        Assert.Equal(full.QuestionCount, onDemand.QuestionCount);
        Assert.Equal(full.DescriptionCount, onDemand.DescriptionCount);
        // Drawn out of order, as items draw them.
        foreach (var i in new[] { 3, 0, 2, 1, 3 })
        {
            var question = onDemand.Question(i);
            Assert.Equal((full.Questions[i].Index, full.Questions[i].AskIndex, full.Questions[i].Question.Text), (question.Index, question.AskIndex, question.Question.Text));
            Assert.Equal(full.Questions[i].Answers.Select(a => a.Text), question.Answers.Select(a => a.Text));
        }
        Assert.Equal(full.Descriptions.Select(d => (d.Index, d.Text)), Enumerable.Range(0, 3).Select(onDemand.Description).Select(d => (d.Index, d.Text)));
        Assert.Equal(full.Questions.Select(q => q.Question.Text), onDemand.Questions.Select(q => q.Question.Text));
    }

    [Fact]
    public void A_template_over_the_limit_fails_on_demand_as_it_does_expanded()
    {
        var node = TemplateText.Parse("[a|b|c] [d|e|f]");
        Assert.Throws<TemplateExpansionException>(() => CompiledTemplates.OnDemand([new AskTemplate(node, TemplateText.Parse("{x}"))], [], limit: 8));
    }
}

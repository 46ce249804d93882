using System.Text;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Templates;

public sealed class TemplateRendererTests
{
    [Theory]
    [InlineData("how many dogs are there", TextForm.Question, "How many dogs are there?")]
    [InlineData("  how   many dogs  ", TextForm.Question, "How many dogs?")]
    [InlineData("how many dogs ?", TextForm.Question, "How many dogs?")]
    [InlineData("a , b ; c : d ! e .", TextForm.Fragment, "a, b; c: d! e.")]
    [InlineData("is it red?", TextForm.Question, "Is it red?")]
    [InlineData("stop!", TextForm.Question, "Stop!")]
    [InlineData("there are three dogs", TextForm.Description, "There are three dogs.")]
    [InlineData("there are three dogs.", TextForm.Description, "There are three dogs.")]
    [InlineData("among a, b, and c,", TextForm.Question, "Among a, b, and c?")]
    [InlineData("which point, (0.38, 0.26) or (0.38, 0.82)", TextForm.Question, "Which point, (0.38, 0.26) or (0.38, 0.82)?")]
    [InlineData("he said \"hi.\"", TextForm.Description, "He said \"hi.\"")]
    [InlineData("\"quoted\" start", TextForm.Description, "\"Quoted\" start.")]
    [InlineData("3 dogs", TextForm.Description, "3 dogs.")]
    [InlineData("three", TextForm.Fragment, "three")]
    [InlineData("line one \n  line two", TextForm.Description, "Line one\nline two.")]
    [InlineData("   ", TextForm.Question, "")]
    [InlineData("", TextForm.Description, "")]
    public void Finish_fixes_spacing_capitalisation_and_final_punctuation(string raw, TextForm form, string expected)
    {
        Assert.Equal(expected, TemplateRenderer.Finish(raw, form));
    }

    [Fact]
    public void Render_fills_slots_and_cleans_up_around_empty_values()
    {
        var expansion = TemplateExpander.Expand(TemplateText.Parse("{lead} how many {name} [are there]?")).Expansions[0];
        var slots = new MapResolver(new() { ["lead"] = "", ["name"] = "red balls" });
        Assert.Equal("How many red balls are there?", TemplateRenderer.Render(expansion, slots, TextForm.Question));
        slots = new MapResolver(new() { ["lead"] = "tell me", ["name"] = "dogs" });
        Assert.Equal("Tell me how many dogs are there?", TemplateRenderer.Render(expansion, slots, TextForm.Question));
    }

    [Fact]
    public void Texts_finished_on_the_stack_and_in_a_pooled_array_read_alike()
    {
        // Around the length where Finish moves from its stack buffer to a pooled array: with spaces to collapse and a
        // space before a comma to drop, and without (the terminator then goes one past the raw text's last character).
        for (var length = TemplateRenderer.StackLength - 8; length <= TemplateRenderer.StackLength + 8; length++)
        {
            var words = new string('x', length - 12);
            var raw = "  how " + words + " ,  b ";
            Assert.Equal("How " + words + ", b?", TemplateRenderer.Finish(raw, TextForm.Question));
            Assert.Equal("how " + words + ", b", TemplateRenderer.Finish(raw, TextForm.Fragment));
            Assert.Equal("How " + words + ", b.", TemplateRenderer.Finish(raw.TrimEnd() + ",", TextForm.Description));
            var tight = "how " + words + ", bb";
            Assert.Equal("How " + words + ", bb?", TemplateRenderer.Finish(tight, TextForm.Question));
        }
    }

    private sealed class MapResolver(Dictionary<string, string> values) : ISlotResolver
    {
        public void AppendSlot(StringBuilder builder, SlotNode slot) => builder.Append(values[slot.Name]);
    }
}

using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Text;

public sealed class CountabilityTests
{
    [Theory]
    [InlineData("dogs", true)]
    [InlineData("shoes", true)]
    [InlineData("people", true)]
    [InlineData("women", true)]
    [InlineData("firemen", true)]
    [InlineData("children", true)]
    [InlineData("stairs", true)]
    [InlineData("jeans", true)]
    [InlineData("glasses", true)]
    [InlineData("skis", true)]
    [InlineData("menus", true)]
    [InlineData("pairs of shoes", true)]
    [InlineData("tennis shoes", true)]
    [InlineData("dog", false)]
    [InlineData("bus", false)]
    [InlineData("glass", false)]
    [InlineData("grass", false)]
    [InlineData("cactus", false)]
    [InlineData("lens", false)]
    [InlineData("tennis", false)]
    [InlineData("analysis", false)]
    [InlineData("specimen", false)]
    [InlineData("sheep", false)]
    [InlineData("pair of shoes", false)]
    [InlineData("baseball glove", false)]
    [InlineData("", false)]
    public void IsPlural_reads_the_head_noun(string noun, bool expected)
    {
        Assert.Equal(expected, Inflection.IsPlural(noun));
    }

    [Theory]
    [InlineData("grass", true)]
    [InlineData("tall grass", true)]
    [InlineData("water", true)]
    [InlineData("sky", true)]
    [InlineData("snow", true)]
    [InlineData("sand", true)]
    [InlineData("hair", true)]
    [InlineData("furniture", true)]
    [InlineData("food", true)]
    [InlineData("silverware", true)]
    [InlineData("darkness", true)]
    [InlineData("dog", false)]
    [InlineData("grass field", false)]
    [InlineData("cup of coffee", false)]
    [InlineData("glass", false)]
    public void IsMassNoun_uses_the_list_and_suffixes(string noun, bool expected)
    {
        Assert.Equal(expected, Inflection.IsMassNoun(noun));
    }

    [Theory]
    [InlineData("dog", true)]
    [InlineData("baseball glove", true)]
    [InlineData("pair of shoes", true)]
    [InlineData("sheep", true)]
    [InlineData("bus", true)]
    [InlineData("people", false)]
    [InlineData("stairs", false)]
    [InlineData("grass", false)]
    [InlineData("water", false)]
    [InlineData("clouds", false)]
    [InlineData(" ", false)]
    public void IsCountableByForm_accepts_singular_count_nouns_only(string noun, bool expected)
    {
        Assert.Equal(expected, Inflection.IsCountableByForm(noun));
    }
}

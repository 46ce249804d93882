using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Text;

public sealed class ArticleTests
{
    [Theory]
    [InlineData("dog", "a")]
    [InlineData("apple", "an")]
    [InlineData("elephant", "an")]
    [InlineData("orange", "an")]
    [InlineData("umbrella", "an")]
    [InlineData("hour", "an")]
    [InlineData("hourglass", "an")]
    [InlineData("honest man", "an")]
    [InlineData("heir", "an")]
    [InlineData("house", "a")]
    [InlineData("unicorn", "a")]
    [InlineData("uniform", "a")]
    [InlineData("unidentified object", "an")]
    [InlineData("user", "a")]
    [InlineData("utensil", "a")]
    [InlineData("urinal", "a")]
    [InlineData("euro", "a")]
    [InlineData("one-way sign", "a")]
    [InlineData("onion", "an")]
    [InlineData("LED", "an")]
    [InlineData("LED light", "an")]
    [InlineData("MRI machine", "an")]
    [InlineData("SUV", "an")]
    [InlineData("TV", "a")]
    [InlineData("UFO", "a")]
    [InlineData("USB cable", "a")]
    [InlineData("x-ray", "an")]
    [InlineData("U-turn", "a")]
    [InlineData("t-shirt", "a")]
    [InlineData("8", "an")]
    [InlineData("80", "an")]
    [InlineData("11", "an")]
    [InlineData("18", "an")]
    [InlineData("110", "a")]
    [InlineData("1800s", "an")]
    [InlineData("11,000", "an")]
    [InlineData("1", "a")]
    [InlineData("yellow cab", "a")]
    [InlineData("", "a")]
    public void IndefiniteArticle_goes_by_sound(string phrase, string expected)
    {
        Assert.Equal(expected, Articles.IndefiniteArticle(phrase));
    }

    [Fact]
    public void WithIndefiniteArticle_prefixes_the_phrase()
    {
        Assert.Equal("an old red car", Articles.WithIndefiniteArticle("old red car"));
        Assert.Equal("a red ball", Articles.WithIndefiniteArticle("red ball"));
    }

    [Theory]
    [InlineData(0, "are", "have")]
    [InlineData(1, "is", "has")]
    [InlineData(2, "are", "have")]
    public void Be_and_Have_agree_with_counts(long count, string be, string have)
    {
        Assert.Equal(be, Inflection.Be(count));
        Assert.Equal(have, Inflection.Have(count));
    }

    [Theory]
    [InlineData("dog", "is", "has")]
    [InlineData("dogs", "are", "have")]
    [InlineData("people", "are", "have")]
    [InlineData("grass", "is", "has")]
    [InlineData("pair of shoes", "is", "has")]
    public void Be_and_Have_agree_with_nouns(string noun, string be, string have)
    {
        Assert.Equal(be, Inflection.Be(noun));
        Assert.Equal(have, Inflection.Have(noun));
    }

    [Theory]
    [InlineData("dog", "Dog")]
    [InlineData("Dog", "Dog")]
    [InlineData("3 dogs", "3 dogs")]
    [InlineData("", "")]
    public void Capitalize_upper_cases_a_leading_letter(string text, string expected)
    {
        Assert.Equal(expected, Inflection.Capitalize(text));
    }
}

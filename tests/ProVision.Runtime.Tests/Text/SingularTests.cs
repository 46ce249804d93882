using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Text;

public sealed class SingularTests
{
    [Theory]
    [InlineData("bananas", "banana")]
    [InlineData("bikes", "bike")]
    [InlineData("shoes", "shoe")]
    [InlineData("trees", "tree")]
    [InlineData("tree trunks", "tree trunk")]
    [InlineData("people", "person")]
    [InlineData("men", "man")]
    [InlineData("women", "woman")]
    [InlineData("children", "child")]
    [InlineData("leaves", "leaf")]
    [InlineData("knives", "knife")]
    [InlineData("boxes", "box")]
    [InlineData("buses", "bus")]
    [InlineData("benches", "bench")]
    [InlineData("berries", "berry")]
    [InlineData("pies", "pie")]
    [InlineData("tomatoes", "tomato")]
    [InlineData("feet", "foot")]
    [InlineData("Bananas", "Banana")]
    public void Plurals_become_their_singular(string plural, string singular) => Assert.Equal(singular, Inflection.Singular(plural));

    [Theory]
    [InlineData("banana")]
    [InlineData("bus")]
    [InlineData("grass")]
    [InlineData("glasses")]
    [InlineData("jeans")]
    [InlineData("pants")]
    [InlineData("scissors")]
    [InlineData("species")]
    [InlineData("sheep")]
    [InlineData("dress")]
    [InlineData("")]
    [InlineData("   ")]
    public void Singulars_and_words_that_only_look_plural_stay(string word) => Assert.Equal(word, Inflection.Singular(word));

    [Theory]
    [InlineData("dog")]
    [InlineData("baseball glove")]
    [InlineData("knife")]
    [InlineData("person")]
    [InlineData("box")]
    [InlineData("leaf")]
    public void Singular_undoes_plural(string noun) => Assert.Equal(noun, Inflection.Singular(Inflection.Plural(noun)));
}

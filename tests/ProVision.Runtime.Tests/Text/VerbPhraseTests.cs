using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Text;

/// <summary><c>{verb(p)}</c>: a predicate after its subject reads as a verb phrase, whatever form the data stores.</summary>
public sealed class VerbPhraseTests
{
    [Theory]
    [InlineData("on", "is on")]
    [InlineData("holding", "is holding")]
    [InlineData("next to", "is next to")]
    [InlineData("in", "is in")]
    [InlineData("across", "is across")]
    [InlineData("has", "has")]
    [InlineData("has a", "has a")]
    [InlineData("contains", "contains")]
    [InlineData("wears", "wears")]
    [InlineData("is on", "is on")]
    [InlineData("glass", "is glass")]
    [InlineData("  near ", "is near")]
    public void Predicates_read_as_verb_phrases(string predicate, string phrase) => Assert.Equal(phrase, Inflection.VerbPhrase(predicate));
}

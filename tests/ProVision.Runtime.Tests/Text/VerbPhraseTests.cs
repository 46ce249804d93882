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

    [Theory]
    [InlineData("a dog", "on", "is on")]
    [InlineData("glasses", "on", "are on")]
    [InlineData("leaves", "next to", "are next to")]
    [InlineData("grass", "under", "is under")]
    [InlineData("a man", "has", "has")]
    [InlineData("jeans", "has", "have")]
    [InlineData("people", "wears", "wear")]
    [InlineData("people", "watches", "watch")]
    [InlineData("people", "carries", "carry")]
    [InlineData("people", "goes to", "go to")]
    [InlineData("people", "is on", "are on")]
    [InlineData("people", "holding", "are holding")]
    public void Predicates_agree_with_their_subject(string subject, string predicate, string phrase) =>
        Assert.Equal(phrase, Inflection.VerbPhraseAfter(subject, predicate));
}

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
    [InlineData("on", false, "is on")]
    [InlineData("on", true, "are on")]
    [InlineData("next to", true, "are next to")]
    [InlineData("has", false, "has")]
    [InlineData("has", true, "have")]
    [InlineData("wears", true, "wear")]
    [InlineData("watches", true, "watch")]
    [InlineData("carries", true, "carry")]
    [InlineData("goes to", true, "go to")]
    [InlineData("is on", true, "are on")]
    [InlineData("holding", true, "are holding")]
    public void Predicates_agree_with_a_plural_subject(string predicate, bool plural, string phrase) =>
        Assert.Equal(phrase, Inflection.VerbPhrase(predicate, plural));

    [Theory]
    [InlineData("man", "on", "is on")]
    [InlineData("man", "on|near", "is on and near")]
    [InlineData("shoes", "on|next to", "are on and next to")]
    [InlineData("man", "has|near", "has and is near")]
    [InlineData("men", "has|near", "have and are near")]
    [InlineData("ground", "has", "has")]
    [InlineData("bowl", "contains|on|near", "contains, is on, and is near")]
    public void A_predicate_list_reads_as_one_verb_phrase_after_its_subject(string subject, string predicates, string phrase) =>
        // "The ground has the banana", never "the ground is has the banana" (CompareRelation's sentences).
        Assert.Equal(phrase, Inflection.VerbListFor(predicates.Split('|'), subject));

    [Theory]
    [InlineData("dog", "a dog")]
    [InlineData("apple", "an apple")]
    [InlineData("orange car", "an orange car")]
    [InlineData("sheep", "a sheep")]
    [InlineData("bus", "a bus")]
    [InlineData("bananas", "bananas")]
    [InlineData("leaves", "leaves")]
    [InlineData("people", "people")]
    [InlineData("glasses", "glasses")]
    [InlineData("black glasses", "black glasses")]
    [InlineData("jeans", "jeans")]
    [InlineData("grass", "grass")]
    [InlineData("green grass", "green grass")]
    [InlineData("beach", "a beach")]
    public void An_article_only_before_a_singular_count_noun(string phrase, string expected) =>
        Assert.Equal(expected, Articles.WithIndefiniteArticleIfCountable(phrase));
}

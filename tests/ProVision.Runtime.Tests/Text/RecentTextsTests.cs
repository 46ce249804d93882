using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Text;

/// <summary>
/// The remembered inflections the template helpers use (<see cref="RecentTexts"/>) answer what the plain function
/// answers, whichever texts were asked before, and texts that share a slot never get each other's value.
/// </summary>
public sealed class RecentTextsTests
{
    private static readonly string[] s_labels =
    [
        "dog", "apple", "hour", "uber", "user", "glasses", "grass", "bananas", "shirt", "short", "box", "man", "men",
        "orange car", "LED light", "umbrella", "people", "leaf", "", " dog ", "Dog", "8 ball", "euro coin", "fish",
    ];

    [Fact]
    public void Every_ask_answers_what_the_function_answers()
    {
        var withArticles = new RecentTexts<string>(Articles.WithIndefiniteArticleIfCountable);
        var plurals = new RecentTexts<string>(Inflection.Plural);
        // Asked three times in changing orders, so that some answers come from the slots and some are computed again.
        for (var round = 0; round < 3; round++)
        {
            foreach (var label in round == 1 ? s_labels.Reverse() : s_labels)
            {
                // A copy, not the same string object: the slots compare texts, not references.
                var asked = new string(label.AsSpan());
                Assert.Equal(Articles.WithIndefiniteArticleIfCountable(label), withArticles.Of(asked));
                Assert.Equal(Inflection.Plural(label), plurals.Of(asked));
            }
        }
    }

    [Fact]
    public void Texts_that_share_a_slot_keep_their_own_values()
    {
        // Same length, first, middle and last characters: one slot, and "an uber" against "a user".
        Assert.Equal(RecentTextSlot.Of("uber"), RecentTextSlot.Of("user"));
        var withArticles = new RecentTexts<string>(Articles.WithIndefiniteArticleIfCountable);
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("an uber", withArticles.Of("uber"));
            Assert.Equal("a user", withArticles.Of("user"));
        }
    }
}

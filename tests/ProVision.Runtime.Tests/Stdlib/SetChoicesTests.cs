using ProVision.Runtime.Randomness;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class SetChoicesTests
{
    private static readonly string[] s_pool = ["behind", "under", "wearing", "above", "inside"];

    private static string[] Choices(string[] answer, string[] pool, ulong seed = 7)
    {
        var destination = new ScratchList<string>();
        destination.Add("left over from an earlier call");
        SetChoices.AppendSetChoices(answer, pool, new DeterministicRandom(new RandomKey(seed, "g", "img", 0)), destination);
        return destination.Span.ToArray();
    }

    [Fact]
    public void A_set_answer_gets_disjoint_sets_of_its_size()
    {
        var options = Choices(["on", "holding"], s_pool);
        Assert.Equal(2, options.Length); // five pool words fill two pairs
        var words = options.SelectMany(o => o.Split(" and ")).ToList();
        Assert.Equal(4, words.Count);
        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.All(words, w => Assert.Contains(w, s_pool));
        Assert.Equal(options, Choices(["on", "holding"], s_pool)); // the item's stream decides, deterministically
    }

    [Fact]
    public void Three_words_are_joined_as_a_list()
    {
        var option = Assert.Single(Choices(["on", "holding", "near"], s_pool));
        Assert.Matches("^[a-z]+, [a-z]+, and [a-z]+$", option);
    }

    [Fact]
    public void A_one_word_answer_gets_the_pool_itself() => Assert.Equal(s_pool, Choices(["on"], s_pool));

    [Fact]
    public void Too_small_a_pool_or_no_answer_gives_no_options()
    {
        Assert.Empty(Choices(["on", "holding", "near"], ["behind", "under"]));
        Assert.Empty(Choices(["on", "holding"], []));
        Assert.Empty(Choices([], s_pool));
    }
}

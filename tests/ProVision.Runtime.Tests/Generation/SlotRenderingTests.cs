using ProVision.Runtime.Generation;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Generation;

public sealed class SlotRenderingTests
{
    private static ItemDraft Draft(bool words = false, long listSeed = -1)
    {
        var context = new GeneratorContext("G", TestGraphs.Kitchen(), GenerationOptions.Default, new ListItemCollector());
        var draft = context.BeginItem();
        if (listSeed >= 0)
        {
            draft.PrepareRendering(words, RandomKey.FromValue((ulong)listSeed));
        }
        else
        {
            draft.UseNumberWords = words;
        }
        return draft;
    }

    private static string Render(ItemDraft draft, string template, TextForm form = TextForm.Fragment) =>
        TemplateRenderer.Render(TemplateExpander.Expand(TemplateText.Parse(template)).Expansions[0], draft, form);

    [Theory]
    [InlineData("{plural(name)}", "dog", 1, "dogs")]
    [InlineData("{plural(name, n)}", "dog", 1, "dog")]
    [InlineData("{plural(name, n)}", "dog", 3, "dogs")]
    [InlineData("{plural(name, n)}", "dog", 0, "dogs")]
    [InlineData("{a(name)}", "apple", 1, "an apple")]
    [InlineData("{a(name)}", "unicorn", 1, "a unicorn")]
    [InlineData("{a(name)}", "glasses", 1, "glasses")]
    [InlineData("{a(name)}", "leaves", 1, "leaves")]
    [InlineData("{a(name)}", "green grass", 1, "green grass")]
    [InlineData("{a(name)}", "sheep", 1, "a sheep")]
    [InlineData("{the(name)}", "dog", 1, "the dog")]
    [InlineData("{be(n)} {name}", "dog", 1, "is dog")]
    [InlineData("{be(n)}", "dog", 2, "are")]
    [InlineData("{be(name)}", "dogs", 1, "are")]
    [InlineData("{be(name)}", "grass", 1, "is")]
    [InlineData("{has(n)}", "dog", 1, "has")]
    [InlineData("{has(n)}", "dog", 5, "have")]
    [InlineData("{capitalize(name)}", "dog", 1, "Dog")]
    [InlineData("{number(n)}", "dog", 3, "3")]
    [InlineData("{ordinal(n)}", "dog", 3, "3rd")]
    [InlineData("{n}", "dog", 21, "21")]
    public void Helpers_render_text_and_numbers(string template, string name, long n, string expected)
    {
        var draft = Draft();
        draft.Set("name", SlotValue.FromText(name));
        draft.Set("n", SlotValue.FromInteger(n));
        Assert.Equal(expected, Render(draft, template));
    }

    [Theory]
    [InlineData("dog", "on", "a dog that is on")]
    [InlineData("glasses", "on", "glasses that are on")]
    [InlineData("leaves", "next to", "leaves that are next to")]
    [InlineData("dog", "has", "a dog that has")]
    [InlineData("people", "has", "people that have")]
    public void Verb_agrees_with_its_subject_slot(string subject, string predicate, string expected)
    {
        var draft = Draft();
        draft.Set("subject", SlotValue.FromText(subject));
        draft.Set("predicate", SlotValue.FromText(predicate));
        Assert.Equal(expected, Render(draft, "{a(subject)} that {verb(predicate, subject)}"));
    }

    [Fact]
    public void Number_mode_decides_counts_and_ordinals()
    {
        var words = Draft(words: true);
        words.Set("n", SlotValue.FromInteger(21));
        words.Set("c", SlotValue.FromCount(3));
        Assert.Equal("twenty-one 21 three twenty-first third", Render(words, "{number(n)} {n} {c} {ordinal(n)} {ordinal(c)}"));
        var digits = Draft(words: false);
        digits.Set("n", SlotValue.FromInteger(21));
        digits.Set("c", SlotValue.FromCount(3));
        Assert.Equal("21 21 3 21st 3rd", Render(digits, "{number(n)} {n} {c} {ordinal(n)} {ordinal(c)}"));
    }

    [Fact]
    public void Lists_join_and_inflect_each_item()
    {
        var draft = Draft();
        draft.Set("xs", SlotValue.FromList(["apple", "ball", "egg"]));
        draft.Set("one", SlotValue.FromList(["hat"]));
        Assert.Equal("apple, ball, and egg", Render(draft, "{xs}"));
        Assert.Equal("apple, ball, or egg", Render(draft, "{list(xs, \"or\")}"));
        Assert.Equal("an apple, a ball, and an egg", Render(draft, "{a(xs)}"));
        Assert.Equal("the apple, the ball, and the egg", Render(draft, "{the(xs)}"));
        Assert.Equal("are is", Render(draft, "{be(xs)} {be(one)}"));
    }

    [Fact]
    public void Reals_render_like_python_and_the_answer_slot_is_reserved()
    {
        var draft = Draft();
        draft.Set("r", SlotValue.FromReal(0.5));
        draft.Set("one", SlotValue.FromReal(1));
        draft.Answer = SlotValue.FromText("dog");
        Assert.Equal("0.5 1.0 dog", Render(draft, "{r} {one} {answer}"));
    }

    [Fact]
    public void A_missing_slot_names_itself()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Render(Draft(), "how many {name}?"));
        Assert.Contains("'name'", error.Message);
    }

    [Fact]
    public void List_order_is_random_per_item_but_a_function_of_the_contents()
    {
        var orders = new HashSet<string>();
        for (var seed = 0; seed < 60; seed++)
        {
            var draft = Draft(listSeed: seed);
            draft.Set("a", SlotValue.FromList(["red", "green", "blue"]));
            draft.Set("b", SlotValue.FromList(["blue", "red", "green"]));
            var a = Render(draft, "{a}");
            Assert.Equal(a, Render(draft, "{b}"));
            Assert.Equal(["blue", "green", "red"], a.Replace(", and ", ", ").Split(", ").Order());
            orders.Add(a);
        }
        Assert.Equal(6, orders.Count); // all 3! orders occur
    }

    [Fact]
    public void Draft_random_is_the_item_key_stream()
    {
        var context = new GeneratorContext("Gen", TestGraphs.Kitchen(), new GenerationOptions { Seed = 3 }, new ListItemCollector());
        context.BeginItem();
        var draft = context.BeginItem();
        Assert.Equal(1, draft.Index);
        Assert.Equal(new RandomKey(3, "Gen", "kitchen_1", 1), draft.Key);
        Assert.Equal(new RandomKey(3, "Gen", "kitchen_1", 1).CreateRandom().NextUInt64(), draft.Random.NextUInt64());
        Assert.Equal(new RandomKey(3, "Gen", "kitchen_1", -1), context.Key);
    }

    [Fact]
    public void SlotValue_equality_and_plain_rendering()
    {
        Assert.Equal(SlotValue.FromList(["a", "b"]), SlotValue.FromList(["a", "b"]));
        Assert.NotEqual(SlotValue.FromCount(2), SlotValue.FromInteger(2));
        Assert.NotEqual(SlotValue.FromText("2"), SlotValue.FromInteger(2));
        Assert.Equal("a, b, and c", SlotValue.FromList(["a", "b", "c"]).ToString());
        Assert.Equal("0.25", SlotValue.FromReal(0.25).ToString());
        Assert.True(default(SlotValue).IsNone);
        Assert.Equal(2.5, SlotValue.FromReal(2.5).Real);
        Assert.Equal(7, SlotValue.FromCount(7).Integer);
    }
}

using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>The built-in attribute-family generators on hand-made graphs, checked item by item.</summary>
public sealed class AttributeFamilyTests
{
    private static SceneObject O(string label, double x1, params string[] attributes) =>
        new(label, new Box(x1, 10, x1 + 8, 40), attributes: [.. attributes]);

    // Two chairs share {white, blue} (in different orders), one is only white, one has none; grass is not
    // countable; the dog has a color and a size; 'zorbly' has no category (other).
    private static SceneGraph Yard() => new("yard", "images/yard.jpg", 200, 100,
        [
            O("chair", 0, "white", "blue"),
            O("chair", 10, "blue", "white"),
            O("chair", 20, "white"),
            O("chair", 30),
            O("grass", 40, "green"),
            O("dog", 50, "brown", "large"),
            O("cup", 60, "zorbly"),
        ],
        []);

    private static SceneGraph Bare() => new("bare", "images/bare.jpg", 100, 100, [O("chair", 0), O("dog", 20)], []);

    private static SceneGraph[] All() => [Yard(), Bare()];

    // The yard's chairs with a black one for the chair without attributes, and a red and white one for the white one.
    private static SceneGraph Chairs() => new("chairs", "images/chairs.jpg", 200, 100,
        [
            O("chair", 0, "white", "blue"),
            O("chair", 10, "blue", "white"),
            O("chair", 20, "white", "red"),
            O("chair", 30, "black"),
            O("grass", 40, "green"),
            O("dog", 50, "brown", "large"),
        ],
        []);

    [Fact]
    public void ExistsAttribute_counts_every_object_of_the_noun_with_the_attributes()
    {
        var items = BuiltinPack.Run("ExistsAttributeGenerator", Chairs(), BuiltinPack.Options(mcRatio: 0));
        Assert.Equal([2L, 1L, 1L, 1L], items.Select(i => i.Tags.Single(t => t.Key == "count").Value[0].AsNumber));
        Assert.Equal([0, 1], items[0].Evidence.PerImage[0].Objects.ToArray());
        Assert.Equal("white and blue chairs", items[0].Slots.Single(s => s.Key == "name").Value);
        Assert.Equal([2], items[1].Evidence.PerImage[0].Objects.ToArray()); // the blue chairs are not red, nor the black one
        Assert.Equal("white and red chairs", items[1].Slots.Single(s => s.Key == "name").Value);
        Assert.Equal([3], items[2].Evidence.PerImage[0].Objects.ToArray());
        Assert.DoesNotContain(items, i => i.Prompt.Contains("grass", StringComparison.Ordinal));
        BuiltinPack.AssertVerified(items, [Chairs()]);
    }

    [Fact]
    public void ExistsAttribute_does_not_count_where_an_object_of_the_noun_may_have_the_attribute_unsaid()
    {
        // The yard's fourth chair has no attributes: it may be white, or blue, so no count of its chairs is asked. Nor
        // is "white and blue chairs" beside a chair only "white", which may be blue too.
        var items = BuiltinPack.Run("ExistsAttributeGenerator", Yard(), BuiltinPack.Options(mcRatio: 0));
        Assert.DoesNotContain(items, i => i.Prompt.Contains("chair", StringComparison.Ordinal));
        var noBare = Chairs();
        var whiteOnly = new SceneGraph("white", "images/white.jpg", 200, 100, [O("chair", 0, "white", "blue"), O("chair", 10, "white")], []);
        var counted = BuiltinPack.Run("ExistsAttributeGenerator", whiteOnly, BuiltinPack.Options(mcRatio: 0));
        Assert.Equal(["white chairs"], counted.Select(i => i.Slots.Single(s => s.Key == "name").Value));
        Assert.Equal([0, 1], counted[0].Evidence.PerImage[0].Objects.ToArray()); // white-and-blue chairs are white chairs too
        BuiltinPack.AssertVerified(counted, [whiteOnly]);
        Assert.NotEmpty(BuiltinPack.Run("ExistsAttributeGenerator", noBare, BuiltinPack.Options(mcRatio: 0)));
    }

    [Fact]
    public void TypedAttributeBBox_agrees_with_a_plural_label_and_calls_no_one_it()
    {
        // "What is the color of the leaves that are at ...", "what are the leaves ... like", and "what is the size?"
        // rather than "its size" of a man (his) or of leaves (their).
        var graph = new SceneGraph("yard", "images/yard.jpg", 200, 100, [O("leaves", 0, "green", "small"), O("man", 50, "tall")], []);
        var prompts = Enumerable.Range(0, 40).SelectMany(seed => BuiltinPack.Run("TypedAttributeBBoxGenerator", graph, BuiltinPack.Options((ulong)seed, mcRatio: 0)))
            .Select(i => i.Prompt).ToList();

        Assert.Contains(prompts, p => p.Contains("leaves that are", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.Contains("What are the leaves", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.Contains("leaves that is", StringComparison.Ordinal) || p.Contains("is the leaves", StringComparison.Ordinal)
            || p.Contains(" its ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shade_is_no_colour()
    {
        // The annotation pipeline names a light blue car "blue" and "light", a dark red one "red" and "dark": neither is
        // a white or a black car ("other" attributes: never asked or offered as a colour).
        var graph = new SceneGraph("cars", "images/cars.jpg", 200, 100,
            [O("car", 0, "blue", "light"), O("car", 10, "white"), O("car", 20, "red", "dark"), O("car", 30, "black")], []);
        var items = BuiltinPack.Run("ExistsAttributeGenerator", graph, BuiltinPack.Options(mcRatio: 0));
        var counts = items.ToDictionary(i => i.Slots.Single(s => s.Key == "name").Value, i => i.Evidence.PerImage[0].Objects.ToArray());
        Assert.Equal([1], counts["white cars"]);
        Assert.Equal([3], counts["black cars"]);
        BuiltinPack.AssertVerified(items, [graph]);
        var vocabulary = BuiltinPack.Pack.Vocabulary;
        Assert.All(["light", "dark", "pale", "bright"], shade => Assert.Equal("other", vocabulary.CategoryOf(shade)));
    }

    // Synonyms (vocabulary groups large/big/huge, wood/wooden): three chairs a reader calls large, one of them white,
    // and three tables of wood, one labelled with both words.
    private static SceneGraph Porch() => new("porch", "images/porch.jpg", 200, 100,
        [
            O("chair", 0, "big"),
            O("chair", 10, "large"),
            O("chair", 20, "huge", "white"),
            O("table", 30, "wood"),
            O("table", 40, "wood", "wooden"),
            O("table", 50, "wooden"),
        ],
        []);

    [Fact]
    public void ExistsAttribute_counts_over_an_attributes_meaning()
    {
        var items = BuiltinPack.Run("ExistsAttributeGenerator", Porch(), BuiltinPack.Options(mcRatio: 0));
        var byName = items.ToDictionary(i => i.Slots.Single(s => s.Key == "name").Value, i => i.Evidence.PerImage[0].Objects.ToArray());
        // Different words of one meaning on the counted objects: the meaning's general word names them all.
        Assert.Equal([0, 1, 2], byName["large chairs"]);
        Assert.Equal([3, 4, 5], byName["wood tables"]);
        // Not "huge and white chairs": the big and the large chair have no colour named, and may be white.
        Assert.Equal(2, items.Count);
        BuiltinPack.AssertVerified(items, [Porch()]);
    }

    [Fact]
    public void AttributeBBox_asks_about_every_attributed_object()
    {
        var items = BuiltinPack.Run("AttributeBBoxGenerator", Yard(), BuiltinPack.Options(mcRatio: 0));
        Assert.Equal([0, 1, 2, 4, 5, 6], items.Select(i => i.Evidence.PerImage[0].Objects[0]));
        Assert.Equal("(0.0, 0.1, 0.04, 0.4)", items[0].Slots.Single(s => s.Key == "box").Value);
        BuiltinPack.AssertVerified(items, [Yard()]);
        Assert.Empty(BuiltinPack.Run("AttributeBBoxGenerator", Bare()));
    }

    [Fact]
    public void TypedAttributeBBox_asks_per_object_and_category_except_other()
    {
        var items = BuiltinPack.Run("TypedAttributeBBoxGenerator", Yard(), BuiltinPack.Options(mcRatio: 0));
        Assert.Equal([0, 1, 2, 4, 5, 5], items.Select(i => i.Evidence.PerImage[0].Objects[0]));
        Assert.Equal(["color", "color", "color", "color", "color", "size"], items.Select(i => i.Slots.Single(s => s.Key == "category").Value));
        Assert.Equal("large", items[5].Answer);
        BuiltinPack.AssertVerified(items, [Yard()]);
    }

    [Theory]
    [InlineData("ExistsAttributeGenerator")]
    [InlineData("AttributeBBoxGenerator")]
    [InlineData("TypedAttributeBBoxGenerator")]
    public void Items_verify_for_many_seeds_open_and_multiple_choice(string generator)
    {
        BuiltinPack.AssertVerifiedOverSeeds(generator, All());
    }

    [Theory]
    [InlineData("ExistsAttributeGenerator", 175)]
    [InlineData("AttributeBBoxGenerator", 80)]
    [InlineData("TypedAttributeBBoxGenerator", 80)]
    public void Offers_at_least_the_reference_number_of_phrasings(string generator, int reference)
    {
        Assert.True(BuiltinPack.Generator(generator).Templates.Questions.Length >= reference,
            $"{generator}: {BuiltinPack.Generator(generator).Templates.Questions.Length} < {reference}");
    }
}

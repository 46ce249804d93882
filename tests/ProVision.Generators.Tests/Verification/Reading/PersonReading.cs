namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// Person nouns as a reader takes them (docs/evidence.md#persons): "the person" may be the man, a skier a woman, so an
/// item that names a person noun is read over every person of its images.
/// </summary>
internal static class PersonReading
{
    /// <summary>
    /// A person noun the item names (in <paramref name="slots"/>) may name any person of its images: every person there
    /// must go by one of the nouns the item names, or "which picture does not contain a person?" is disputed by the man
    /// of the image it answers, and "how many people?" by the man beside them.
    /// </summary>
    public static void Named(Reader reader, params string[] slots) =>
        NamedNouns(reader, [.. slots.Select(reader.Check.Item.Slot).OfType<string>()]);

    /// <summary>
    /// <see cref="Named"/> for nouns read out of the item's words, not whole slots: an option list, a name after its
    /// attributes, the neighbour of a referring expression ("the object that the tall man is holding" names "man"; each
    /// expression on its own, as "the person" of one may be the man another one names).
    /// </summary>
    public static void NamedNouns(Reader reader, params IReadOnlyList<string> named)
    {
        var vocabulary = reader.Check.Vocabulary;
        if (!named.Any(vocabulary.IsPerson))
        {
            return;
        }
        var lemmas = named.Select(n => reader.Noun(n).Lemma).ToHashSet(StringComparer.Ordinal);
        foreach (var image in Enumerable.Range(0, reader.Check.Graphs.Count))
        {
            foreach (var label in PersonLabels(reader, image).Where(l => !lemmas.Contains(reader.Noun(l).Lemma)))
            {
                reader.Fail(ReadingRule.Persons, $"'{string.Join("/", named)}' may name the '{label}'{(reader.Check.Graphs.Count > 1 ? $" in Image {image + 1}" : "")}");
            }
        }
    }

    /// <summary>
    /// HeadRelation: a person option may name the answer's person ("among the man and the person, which one is holding
    /// the bat?" when the man holds it), so a person answer is offered beside no other person noun.
    /// </summary>
    public static void OneAmongOptions(Reader reader, IReadOnlyList<string> options)
    {
        var vocabulary = reader.Check.Vocabulary;
        if (!vocabulary.IsPerson(reader.Answer))
        {
            return;
        }
        foreach (var option in options.Where(o => o != reader.Answer && vocabulary.IsPerson(o)))
        {
            reader.Fail(ReadingRule.Persons, $"option '{option}' may name the answer's '{reader.Answer}'");
        }
    }

    /// <summary>
    /// The generators that offer objects or nouns by label (extremes, frequency, depth): each offered person noun and the
    /// anchor must name every person of the image by itself, or "the person" beside a man may be the man, and two offered
    /// person nouns may name one person ("among the man and the person, which is furthest left?").
    /// </summary>
    public static void EachOffered(Reader reader)
    {
        foreach (var noun in (reader.Check.ListSlot("names") ?? []).Append(reader.Check.Item.Slot("anchor")).OfType<string>())
        {
            NamedNouns(reader, noun);
        }
    }

    /// <summary>CommonObject: when every image shows a person, a person noun some image lacks may still name a person there.</summary>
    public static void InEveryImage(Reader reader)
    {
        var nouns = Enumerable.Range(0, reader.Check.Graphs.Count).Select(i => PersonLabels(reader, i).Select(l => reader.Noun(l).Lemma).ToHashSet(StringComparer.Ordinal)).ToList();
        if (nouns.All(n => n.Count > 0) && nouns.Any(n => !n.SetEquals(nouns[0])))
        {
            reader.Fail(ReadingRule.Persons, $"every image shows a person, by different nouns ({string.Join(" | ", nouns.Select(n => string.Join(", ", n.Order(StringComparer.Ordinal))))})");
        }
    }

    private static IEnumerable<string> PersonLabels(Reader reader, int image) =>
        reader.Check.Graphs[image].Objects.Select(o => o.Label).Where(reader.Check.Vocabulary.IsPerson).Distinct(StringComparer.Ordinal);
}

using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// "How many bananas ...", "which is the most frequent", "which image has the most dogs": every count is over the
/// noun group the words name, in the whole image, with the attributes the words give, each read by its meaning: an
/// object labelled "big" is one of the "large chairs" (vocabulary synonyms).
/// </summary>
internal static class CountReading
{
    /// <summary>ExistsObject ("how many {name}") and ExistsAttribute ("how many {attributes} {name}").</summary>
    public static void HowMany(Reader reader)
    {
        if (reader.Check.Slot("name") is not { } name || NameWords.Split(reader, name) is not var (attributes, noun))
        {
            return;
        }
        reader.PluralForCount(noun);
        if (!reader.Countable(noun) || reader.AnswerCount() is not { } answer)
        {
            return;
        }
        var graph = reader.Check.Graph;
        var counted = reader.Group(noun).Where(i => attributes.All(a => reader.Has(graph.Objects[i], a))).ToList();
        NoneBoxedTwice(reader, counted, noun);
        WornReading.NotClaimed(reader, noun, 0, "its count");
        if (counted.Count != answer)
        {
            var what = attributes.Count == 0 ? $"'{noun}'" : $"'{noun}' that are {string.Join(" and ", attributes)}";
            reader.Fail(ReadingRule.Count, $"the answer is {answer} but the image has {counted.Count} {what}: objects {ItemCheck.Show(counted)}");
        }
    }

    /// <summary>ExistsAttribute: "how many tall people?" counts the noun's own group, so no person may go by another noun.</summary>
    public static void PersonsCounted(Reader reader)
    {
        if (reader.Check.Slot("name") is { } name && NameWords.Split(reader, name) is var (_, noun))
        {
            PersonReading.NamedNouns(reader, [noun]);
        }
    }

    /// <summary>
    /// Two counted objects of one image whose boxes nest (at least 80% of the smaller inside the other) may be one thing
    /// boxed twice (the baseball fixture's catcher: once whole, once below the waist), so a reader may count one where the
    /// words say two. Boxes of different images are never compared: each image has its own pixels.
    /// </summary>
    private static void NoneBoxedTwice(Reader reader, IReadOnlyCollection<int> counted, string noun, int image = 0)
    {
        if (Boxes.BoxedTwice(reader.Check.Graphs[image].Objects, counted) is var (i, j, share))
        {
            var where = reader.Check.Graphs.Count > 1 ? $" in image {image + 1}" : "";
            reader.Fail(ReadingRule.Count, $"objects {i} and {j} of '{noun}'{where} may be one thing boxed twice ({(int)Math.Round(100 * share)}% of the smaller box inside the other)");
        }
    }

    /// <summary>CountObjectMulti / CountAttributeObjectMulti: the total over every image.</summary>
    public static void HowManyAcross(Reader reader)
    {
        if (reader.Check.Slot("label") is not { } label || reader.AnswerCount() is not { } answer)
        {
            return;
        }
        var attribute = reader.Check.Item.Slot("attribute");
        var total = 0;
        for (var image = 0; image < reader.Check.Graphs.Count; image++)
        {
            if (!reader.Countable(label, image))
            {
                return;
            }
            var objects = reader.Check.Graphs[image].Objects;
            var counted = reader.Group(label, image).Where(i => attribute is null || reader.Has(objects[i], attribute)).ToList();
            NoneBoxedTwice(reader, counted, label, image);
            WornReading.NotClaimed(reader, label, image, "its count");
            total += counted.Count;
        }
        if (total != answer)
        {
            reader.Fail(ReadingRule.Count, $"the answer is {answer} but the images hold {total} '{(attribute is null ? "" : attribute + " ")}{label}' in all (counted over the noun group)");
        }
    }

    /// <summary>Most/LeastObject: the answer's noun is strictly the most (least) frequent of the offered nouns.</summary>
    public static void Frequency(Reader reader, bool most)
    {
        if (reader.Check.ListSlot("names") is not { } names || !reader.DistinctNouns(names, "offered names"))
        {
            return;
        }
        if (!names.All(n => reader.Countable(n)))
        {
            return;
        }
        foreach (var name in names)
        {
            NoneBoxedTwice(reader, reader.Group(name), name);
            WornReading.NotClaimed(reader, name, 0, "its count");
        }
        var counts = names.ToDictionary(n => n, n => reader.Group(n).Count);
        if (!counts.TryGetValue(reader.Answer, out var answered))
        {
            return;
        }
        foreach (var other in names.Where(n => n != reader.Answer && (most ? counts[n] >= answered : counts[n] <= answered)))
        {
            reader.Fail(ReadingRule.OneRight, $"the answer '{reader.Answer}' appears {answered} time(s) but '{other}' {counts[other]}, so it is not strictly the {(most ? "most" : "least")} frequent (whole noun groups counted)");
        }
    }

    /// <summary>HasMost/HasLeastObjectMulti: one image strictly holds the most (fewest) of the noun.</summary>
    public static void ImageWithExtremeCount(Reader reader, bool most)
    {
        if (reader.Check.Slot("label") is not { } label)
        {
            return;
        }
        var counts = new List<int>();
        for (var image = 0; image < reader.Check.Graphs.Count; image++)
        {
            if (!reader.Countable(label, image))
            {
                return;
            }
            var group = reader.Group(label, image);
            NoneBoxedTwice(reader, group, label, image);
            WornReading.NotClaimed(reader, label, image, "its count");
            counts.Add(group.Count);
        }
        var extreme = most ? counts.Max() : counts.Min();
        ImageReading.Select(reader, [.. counts.Select(c => c == extreme)], $"has the {(most ? "most" : "fewest")} '{label}' (noun-group counts {ItemCheck.Show(counts)})");
    }
}

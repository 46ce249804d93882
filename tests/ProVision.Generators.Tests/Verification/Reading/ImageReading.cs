using ProVision.Generators.Tests.Verification.MultiImageFamily;
using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// Multi-image questions read over noun groups: "which image has a banana" is true of an image with a "bananas"
/// object too; "the dog" in each image must be one dog there.
/// </summary>
internal static class ImageReading
{
    /// <summary>Exactly one image has the property the words ask for, and the answer names it.</summary>
    public static void Select(Reader reader, IReadOnlyList<bool> holds, string property)
    {
        var images = Enumerable.Range(0, holds.Count).Where(i => holds[i]).ToList();
        if (images.Count != 1)
        {
            reader.Fail(ReadingRule.OneRight, $"read over noun groups, images {ItemCheck.Show(images)} are the one that {property}; exactly one must be");
        }
        else if (ImageRules.Parse(reader.Answer, holds.Count) is { } answered && answered != images[0])
        {
            reader.Fail(ReadingRule.OneRight, $"the answer is Image {answered} but Image {images[0]} is the one that {property}");
        }
    }

    /// <summary>HasObject / HasNotObject: "which image has a {label}".</summary>
    public static void HasObject(Reader reader, bool has)
    {
        if (reader.Check.Slot("label") is not { } label || !Indefinite(reader, label))
        {
            return;
        }
        WornReading.NoneSaidToLack(reader, label, [.. Images(reader).Select(i => reader.Group(label, i).Count == 0)]);
        Select(reader, [.. Images(reader).Select(i => reader.Group(label, i).Count > 0 == has)], $"{(has ? "has" : "has no")} '{label}'");
    }

    /// <summary>HasAttributed / HasNotAttributed: "which image has a {attribute} {label}".</summary>
    public static void HasAttributed(Reader reader, bool has)
    {
        if (reader.Check.Slot("label") is not { } label || reader.Check.Slot("attribute") is not { } attribute || !Indefinite(reader, label, attribute))
        {
            return;
        }
        var shows = Images(reader).Select(i => reader.Group(label, i).Any(o => reader.Has(reader.Check.Graphs[i].Objects[o], attribute))).ToList();
        WornReading.NoneSaidToLack(reader, label, [.. shows.Select(s => !s)]);
        Select(reader, [.. shows.Select(s => s == has)], $"{(has ? "has" : "has no")} {attribute} '{label}'");
    }

    /// <summary>HasRelation / HasNotRelation: "which image shows a {subject} {predicate} a {object}".</summary>
    public static void HasRelation(Reader reader, bool has)
    {
        if (reader.Check.Slot("subject") is not { } subject || reader.Check.Slot("predicate") is not { } predicate
            || reader.Check.Slot("object") is not { } obj || !Indefinite(reader, subject) || !Indefinite(reader, obj))
        {
            return;
        }
        var shows = Images(reader).Select(i => ImageRules.ShowsRelation(reader.Check, i, reader.Group(subject, i), predicate, reader.Group(obj, i))).ToList();
        foreach (var image in Images(reader).Where(i => !shows[i]))
        {
            if (ImageRules.ImpliedRelations(reader.Check, image, reader.Group(subject, image), predicate, reader.Group(obj, image)) is [var implied, ..])
            {
                reader.Fail(ReadingRule.OneRight, $"Image {image + 1} relates them by '{implied}', which '{predicate}' implies: a reader may see '{subject}' {predicate} '{obj}' there too");
            }
        }
        Select(reader, [.. shows.Select(s => s == has)], $"{(has ? "shows" : "does not show")} '{subject}' {predicate} '{obj}'");
    }

    /// <summary>CommonObject: each answered noun is in every image; each distractor's noun misses some image.</summary>
    public static void CommonObject(Reader reader)
    {
        var images = Images(reader).ToList();
        bool InAll(string noun) => images.All(i => reader.Group(noun, i).Count > 0);
        // A list answer ("dog and person"), an option's too, names each of its nouns.
        var parts = ListText.Split(reader.Answer);
        var answered = parts.All(InAll) ? parts : [reader.Answer];
        reader.DistinctNouns(reader.Check.Item.Choices, "options");
        foreach (var noun in answered.Where(n => reader.Check.IsMultipleChoice && !InAll(n)))
        {
            reader.Fail(ReadingRule.OneRight, $"the answer '{noun}' is missing from some image (read over its noun group)");
        }
        reader.Check.DistractorItems(part => InAll(part) ? "is in every image when read over its noun group (either number)" : null);
        // A noun some image has and another lacks is said not to be common: no image that lacks it may show a person.
        var seen = images.SelectMany(i => reader.Check.Graphs[i].Objects.Select(o => reader.Noun(o.Label).Lemma)).Distinct(StringComparer.Ordinal);
        foreach (var noun in seen.Where(reader.Check.Vocabulary.IsOnPerson))
        {
            WornReading.NoneSaidToLack(reader, noun, [.. images.Select(i => reader.Members(noun, i).Count == 0)]);
        }
        PersonReading.InEveryImage(reader);
    }

    /// <summary>CommonAttribute, CompareAttribute, CompareRelation: "the {label}" is one object in every image.</summary>
    public static void TheInEveryImage(Reader reader, params string[] slots)
    {
        foreach (var slot in slots)
        {
            if (reader.Check.Slot(slot) is not { } noun)
            {
                return;
            }
            // "do the dogs share" reads over all of them; only "the dog" claims one per image.
            foreach (var image in Images(reader).Where(_ => reader.Says($"the {noun}")))
            {
                reader.One(noun, $"'the {noun}'", image);
            }
        }
    }

    /// <summary>"a {noun}" or "a {modifier} {noun}" needs a singular noun ("a bananas", "a black glasses" are not English; the first reads as one bunch).</summary>
    private static bool Indefinite(Reader reader, string noun, string? modifier = null)
    {
        var words = modifier is null ? noun : $"{modifier} {noun}";
        return reader.Noun(noun).Number is NounNumber.Singular or NounNumber.Either
            || !(reader.Says($"a {words}") || reader.Says($"an {words}"))
            || reader.Fail(ReadingRule.Number, $"the question says 'a {words}', an article with a plural noun");
    }

    private static IEnumerable<int> Images(Reader reader) => Enumerable.Range(0, reader.Check.Graphs.Count);
}

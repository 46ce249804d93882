namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// What a person shows on the body (clothing, gear, body parts: the vocabulary's onPersons) is often left without a box of
/// its own (the baseball fixture's catcher wears a uniform no box labels), so a reader who sees a person in an image may
/// find one there the annotations do not list (docs/evidence.md#worn-by-persons). No item may count such a noun in an image
/// that shows a person, or say that such an image lacks it; and "the {noun}" names no one object where the image's persons
/// show more than one of it between them ("the shoe" beside a man: he has two).
/// </summary>
internal static class WornReading
{
    /// <summary>
    /// The item counts <paramref name="noun"/> in image <paramref name="image"/>, or says that image lacks it
    /// (<paramref name="claim"/>: which of the two, for the message).
    /// </summary>
    public static void NotClaimed(Reader reader, string noun, int image, string claim)
    {
        var vocabulary = reader.Check.Vocabulary;
        if (!vocabulary.IsOnPerson(noun))
        {
            return;
        }
        if (reader.Check.Graphs[image].Objects.FirstOrDefault(o => vocabulary.IsPerson(o.Label)) is { } person)
        {
            var where = reader.Check.Graphs.Count > 1 ? $"Image {image + 1}" : "the image";
            reader.Fail(ReadingRule.Worn, $"{where} shows a '{person.Label}', who may wear or show '{noun}' with no box of its own, so {claim} there is not one a reader agrees on");
        }
    }

    /// <summary>
    /// "The {noun}" (<paramref name="role"/>) reads as the one object of its noun group in image <paramref name="image"/>:
    /// where the persons there show more than one of it between them (how many one person shows, times the persons, a
    /// plural person label counting as two), another may lack a box.
    /// </summary>
    public static void TheOne(Reader reader, string noun, string role, int image)
    {
        var perPerson = reader.Check.Vocabulary.PerPerson(noun);
        if (perPerson == 0)
        {
            return;
        }
        var persons = reader.Check.Graphs[image].Objects.Where(o => reader.Check.Vocabulary.IsPerson(o.Label))
            .Sum(o => reader.Noun(o.Label).Number == NounNumber.Plural ? 2 : 1);
        if (perPerson * persons > 1)
        {
            var where = reader.Check.Graphs.Count > 1 ? $" in Image {image + 1}" : "";
            reader.Fail(ReadingRule.Worn, $"{role} 'the {noun}'{where} reads as one object, but {persons} person(s) there show {perPerson} each, and one may have no box");
        }
    }

    /// <summary>
    /// "The object that the man is wearing" (or "has", "is with"): he may wear more than is boxed (a hat, shoes), so the
    /// words may name any of it, not one object.
    /// </summary>
    public static void NotWornByNeighbor(Reader reader, ExpressionWords words, string phrase)
    {
        var vocabulary = reader.Check.Vocabulary;
        if (words is { ObjectIsSubject: false, Neighbor: { } neighbor, Predicate: { } predicate } && vocabulary.IsPerson(neighbor)
            && (vocabulary.AreSynonyms(predicate, "wearing") || vocabulary.Implies("wearing", predicate)))
        {
            reader.Fail(ReadingRule.Worn, $"'the {phrase.Trim().TrimEnd(',')}' finds its object as what the {neighbor} is '{predicate}', and a person may wear more than has boxes");
        }
    }

    /// <summary>"Which image has (does not have) a {label}", "a {attribute} {label}": every image the answer says lacks it.</summary>
    public static void NoneSaidToLack(Reader reader, string noun, IReadOnlyList<bool> lacks)
    {
        for (var image = 0; image < lacks.Count; image++)
        {
            if (lacks[image])
            {
                NotClaimed(reader, noun, image, "its absence");
            }
        }
    }
}

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// What a person shows on the body (clothing, gear, body parts: the vocabulary's onPersons) is often left without a box of
/// its own (the baseball fixture's catcher wears a uniform no box labels), so a reader who sees a person in an image may
/// find one there the annotations do not list (docs/evidence.md#worn-by-persons). No item may count such a noun in an image
/// that shows a person, or say that such an image lacks it.
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

using System.Globalization;
using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// Rules shared by the multi-image generators: answers and options name images as "Image k" (k = 1-based position in the
/// item's image list), select questions have exactly one image with the asked property, and per-image evidence lists
/// the objects the property was read from.
/// </summary>
internal static class ImageRules
{
    /// <summary>The 0-based position that "Image k" names (a person counts images from 1: "Image 1" is the first), or null.</summary>
    public static int? Parse(string text, int imageCount) =>
        text.StartsWith("Image ", StringComparison.Ordinal)
        && int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1 && k <= imageCount
        && text == $"Image {k.ToString(CultureInfo.InvariantCulture)}"
            ? k - 1 : null;

    /// <summary>How a person names the image at 0-based <paramref name="position"/>: "Image 1" for the first.</summary>
    public static string Name(int position) => $"Image {(position + 1).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Exactly one image must have <paramref name="special"/> set, and the answer (and the response's option) must
    /// name it; every option must name an image of the item.
    /// </summary>
    public static void SelectAnswer(ItemCheck check, IReadOnlyList<bool> special, string property)
    {
        var n = check.Graphs.Count;
        foreach (var choice in check.Item.Choices.Where(c => Parse(c, n) is null))
        {
            check.Fail($"choice '{choice}' does not name an image of the item ('Image 1' .. 'Image {n}')");
        }
        var images = Enumerable.Range(0, n).Where(i => special[i]).ToList();
        if (images.Count != 1)
        {
            check.Fail($"exactly one image must be the one that {property}, but images {ItemCheck.Show(images)} are");
            return;
        }
        if (Parse(check.Item.Answer, n) is not { } answered)
        {
            check.Fail($"answer '{check.Item.Answer}' does not name an image ('Image 1' .. 'Image {n}')");
        }
        else if (answered != images[0])
        {
            check.Fail($"answer '{check.Item.Answer}' but {Name(images[0])} is the one that {property}");
        }
    }

    /// <summary>The objects of each image that the noun of <paramref name="label"/> denotes (either number: "banana", "bananas").</summary>
    public static List<SortedSet<int>> WithLabel(ItemCheck check, string label) =>
        [.. check.Graphs.Select(g => new SortedSet<int>(Enumerable.Range(0, g.Objects.Length)
            .Where(i => string.Equals(check.Vocabulary.NounOf(g.Objects[i].Label), check.Vocabulary.NounOf(label), StringComparison.OrdinalIgnoreCase))))];

    /// <summary>
    /// The attribute sets of the objects the item shows (<paramref name="objects"/>, per image): the carriers
    /// <see cref="AttributeContrast"/> reads to tell whether one word rules another out.
    /// </summary>
    public static List<IEnumerable<string>> AttributeSets(ItemCheck check, IReadOnlyList<SortedSet<int>> objects) =>
        [.. objects.SelectMany((set, i) => set.Select(o => (IEnumerable<string>)check.Graphs[i].Objects[o].Attributes))];

    /// <summary>
    /// "The &lt;label&gt;" names one thing in every image: exactly one object of the label's noun there, labelled in the
    /// singular (a "leaves" or "bananas" box is a bunch, not "the leaf"). Fails the item otherwise.
    /// </summary>
    public static bool OneThingEach(ItemCheck check, IReadOnlyList<SortedSet<int>> objects, string label)
    {
        if (objects.Any(o => o.Count != 1))
        {
            check.Fail($"label '{label}' must occur exactly once in every image, but the counts are {ItemCheck.Show(objects.Select(o => o.Count))}");
            return false;
        }
        for (var i = 0; i < objects.Count; i++)
        {
            var written = check.Graphs[i].Objects[objects[i].Single()].Label;
            if (check.Vocabulary.IsPluralLabel(written))
            {
                check.Fail($"'the {label}' names one thing, but {Name(i)}'s object of it is labelled '{written}', in the plural");
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether image <paramref name="image"/> shows a <paramref name="subjects"/> object <paramref name="predicate"/> an
    /// <paramref name="objects"/> object as a reader sees it: annotated (the predicate, a synonym, or a predicate that
    /// implies it: a man "wearing" a hat "has" it, vocabulary implies), or the boxes bear
    /// the predicate out by its documented definition against the image, margins included (annotations miss many "to
    /// the left of" and "near"; <c>SpatialPredicates.CouldHold</c> of the two objects), as the generators decide it.
    /// </summary>
    public static bool ShowsRelation(ItemCheck check, int image, IReadOnlyCollection<int> subjects, string predicate, IReadOnlyCollection<int> objects)
    {
        var graph = check.Graphs[image];
        return GraphFacts.Relations(graph).Any(p => (check.Vocabulary.AreSynonyms(p.Relation.Predicate, predicate) || check.Vocabulary.Implies(p.Relation.Predicate, predicate))
                && subjects.Contains(p.Relation.Subject) && objects.Contains(p.Relation.Object))
            || subjects.Any(a => objects.Any(b => a != b && ProVision.Runtime.Stdlib.SpatialPredicates.CouldHold(graph, a, predicate, b)));
    }

    /// <summary>
    /// The predicates by which image <paramref name="image"/> relates a <paramref name="subjects"/> object to an
    /// <paramref name="objects"/> object that <paramref name="predicate"/> implies: the image relates them by "has" where
    /// "wearing" is asked, so a reader may see the relation there too, or may not.
    /// </summary>
    public static List<string> ImpliedRelations(ItemCheck check, int image, IReadOnlyCollection<int> subjects, string predicate, IReadOnlyCollection<int> objects) =>
        [.. GraphFacts.Relations(check.Graphs[image]).Where(p => subjects.Contains(p.Relation.Subject) && objects.Contains(p.Relation.Object)
            && check.Vocabulary.Implies(predicate, p.Relation.Predicate)).Select(p => p.Relation.Predicate).Distinct()];

    /// <summary>Each image's evidence objects must be exactly <paramref name="expected"/>[i].</summary>
    public static bool EvidenceObjects(ItemCheck check, IReadOnlyList<IReadOnlyCollection<int>> expected, string what)
    {
        var ok = true;
        for (var i = 0; i < expected.Count; i++)
        {
            var listed = check.EvidenceObjects(i);
            if (!listed.ToHashSet().SetEquals(expected[i]))
            {
                ok = check.Fail($"evidence of {Name(i)} lists objects {ItemCheck.Show(listed)} but {what} are {ItemCheck.Show(expected[i].Order())}");
            }
        }
        return ok;
    }

    /// <summary>The label must be countable (a "how many" or "most/fewest" question).</summary>
    public static bool Countable(ItemCheck check, string label) =>
        check.Vocabulary.IsCountable(label) || check.Fail($"label '{label}' is not countable");
}

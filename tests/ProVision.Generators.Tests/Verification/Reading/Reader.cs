using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// Reads an item's words the way a person does: a noun denotes every object of the image whose label is that noun
/// in either number (its <b>noun group</b>), whatever the evidence says. Failures name the reading rule they break
/// (<see cref="ReadingRule"/>), so a corpus run can tally them.
/// </summary>
internal sealed class Reader
{
    private readonly HashSet<string> _known;
    private readonly List<(string Lemma, NounNumber Number)[]> _labels;
    private readonly HashSet<string> _nonThingsReported = [];

    public Reader(ItemCheck check)
    {
        Check = check;
        Forms = check.Options.Nouns;
        _known = [.. Forms.KnownNouns, .. check.Graphs.SelectMany(g => g.Objects).Select(o => o.Label.Trim().ToLowerInvariant())];
        _labels = [.. check.Graphs.Select(g => g.Objects.Select(o => Noun(o.Label)).ToArray())];
    }

    public ItemCheck Check { get; }

    public NounForms Forms { get; }

    public string Answer => Check.Item.Answer;

    /// <summary>A noun's lemma and the number it is written in.</summary>
    public (string Lemma, NounNumber Number) Noun(string noun) => Forms.Read(noun, _known);

    /// <summary>Whether two nouns are one noun ("banana", "bananas").</summary>
    public bool SameNoun(string a, string b) => Noun(a).Lemma == Noun(b).Lemma;

    /// <summary>
    /// Every object of image <paramref name="image"/> the noun denotes. The words name it as an object (an option,
    /// "the X", a counted noun, a neighbour), so it must be a thing (<see cref="Thing"/>).
    /// </summary>
    public SortedSet<int> Group(string noun, int image = 0)
    {
        Thing(noun);
        return Members(noun, image);
    }

    /// <summary>Every object of image <paramref name="image"/> whose label is the noun in either number, with no reading of the words.</summary>
    public SortedSet<int> Members(string noun, int image = 0)
    {
        var lemma = Noun(noun).Lemma;
        return [.. Enumerable.Range(0, _labels[image].Length).Where(i => _labels[image][i].Lemma == lemma)];
    }

    /// <summary>Whether the object has the attribute as a reader sees it: the word or a synonym ("big" is "large").</summary>
    public bool Has(ProVision.Runtime.SceneGraphs.SceneObject o, string attribute) =>
        o.Attributes.Any(b => Check.Vocabulary.AreSynonyms(attribute, b));

    /// <summary>
    /// A noun the words name as an object must be a thing: "how many colors", "left of the spots" or an option "meal"
    /// name a region no person can be asked about as an object (vocabulary nonObjects). Each noun fails once.
    /// </summary>
    public bool Thing(string noun, string role = "the words name")
    {
        // The verifier's own lemma as well as the vocabulary's: either reading of "spots" finds "spot".
        var lemma = Noun(noun).Lemma;
        if (Check.Vocabulary.IsThing(noun) && Check.Vocabulary.IsThing(lemma))
        {
            return true;
        }
        if (_nonThingsReported.Add(lemma))
        {
            Fail(ReadingRule.Thing, $"{role} '{noun}' as an object, but it is no thing (vocabulary nonObjects)");
        }
        return false;
    }

    /// <summary>The number object <paramref name="index"/>'s label is written in.</summary>
    public NounNumber NumberOf(int index, int image = 0) => _labels[image][index].Number;

    /// <summary>
    /// Whether "how many" can count the noun in image <paramref name="image"/>: each object must be one thing (a
    /// singular label; "bananas" is a bunch of unknown size), and the vocabulary data must not call it a mass noun.
    /// </summary>
    public bool Countable(string noun, int image = 0)
    {
        var (lemma, _) = Noun(noun);
        var group = Group(noun, image);
        // "jeans", "glasses": one thing each only where the vocabulary data says the noun is countable.
        var pluralOnlyCounts = Check.Vocabulary.ExplicitCountable(lemma) == true;
        var bunches = group.Where(i => NumberOf(i, image) is NounNumber.Plural || (NumberOf(i, image) is NounNumber.PluralOnly && !pluralOnlyCounts)).ToList();
        if (bunches.Count > 0)
        {
            return Fail(ReadingRule.Countable, $"'{noun}' cannot be counted: object(s) {ItemCheck.Show(bunches)} of its noun group {ItemCheck.Show(group)} " +
                $"are labelled in the plural ({ItemCheck.Quote(bunches.Select(i => Check.Label(i, image)).Distinct())}), each a bunch of unknown size{ImageSuffix(image)}");
        }
        return Check.Vocabulary.ExplicitCountable(lemma) != false
            || Fail(ReadingRule.Countable, $"'{lemma}' is a mass noun in the vocabulary, so 'how many' cannot count it");
    }

    /// <summary>
    /// A noun the words use for one object ("the cup", an option "cup") must denote exactly one object of the image.
    /// Returns that object, or null after the failure.
    /// </summary>
    public int? One(string noun, string role, int image = 0)
    {
        var group = Group(noun, image);
        if (group.Count == 1)
        {
            WornReading.TheOne(this, noun, role, image);
            return group.Min;
        }
        Fail(ReadingRule.Number, group.Count == 0
            ? $"{role} '{noun}' denotes no object{ImageSuffix(image)}"
            : $"{role} '{noun}' reads as one object but its noun group is objects {ItemCheck.Show(group)} ({ItemCheck.Quote(group.Select(i => Check.Label(i, image)).Distinct())}){ImageSuffix(image)}");
        return null;
    }

    /// <summary>No two options (or offered names) may be one noun: "banana" and "bananas" are the same objects.</summary>
    public bool DistinctNouns(IEnumerable<string> names, string what)
    {
        var ok = true;
        foreach (var same in names.Distinct().GroupBy(n => Noun(n).Lemma).Where(g => g.Count() > 1))
        {
            ok = Fail(ReadingRule.OneRight, $"{what} {ItemCheck.Quote(same)} name one noun ('{same.Key}'), so they denote the same objects");
        }
        return ok;
    }

    /// <summary>The item's count answer, or null after a failure (the evidence checks report the form).</summary>
    public long? AnswerCount() => CountText.TryParse(Answer, out var value, out _) ? value : null;

    /// <summary>"how many" names its noun in the plural; the singular gives a count of one away.</summary>
    public bool PluralForCount(string noun) =>
        Noun(noun).Number is NounNumber.Plural or NounNumber.Either or NounNumber.PluralOnly
        || Fail(ReadingRule.Number, $"'how many' asks about '{noun}', a singular noun, which gives the answer away");

    /// <summary>Whether the prompt contains <paramref name="phrase"/> as whole words, ignoring case.</summary>
    public bool Says(string phrase)
    {
        var text = Check.Item.Prompt;
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }
        return false;
    }

    public bool Fail(string rule, string message) => Check.Fail($"reading [{rule}]: {message}");

    private string ImageSuffix(int image) => Check.Graphs.Count > 1 ? $" in Image {image + 1}" : "";
}

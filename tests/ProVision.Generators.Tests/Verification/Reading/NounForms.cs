using System.Text.Json;
using System.Text.RegularExpressions;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>The grammatical number a label is written in, as a reader takes it.</summary>
public enum NounNumber
{
    /// <summary>"banana": one thing.</summary>
    Singular,

    /// <summary>"bananas", "people": several things (a bunch, a crowd), so it cannot be counted as one.</summary>
    Plural,

    /// <summary>"sheep", "deer": the same word either way; read as one thing per object.</summary>
    Either,

    /// <summary>"jeans", "scissors": one thing written in the plural; never counted with "how many".</summary>
    PluralOnly,
}

/// <summary>
/// The verifier's own lemmatizer: maps a noun to its dictionary form and number, so that "banana", "bananas" and
/// "banana" read as one noun. Written independently of the runtime's inflection: a small table of irregular plurals
/// and words that only look plural, regular English endings, and a preference for a candidate lemma the data knows
/// (a label of the graph or a noun of the vocabulary), which settles "shoes" (shoe) against "boxes" (box).
/// Extra irregular forms can come from the pack vocabulary's data (<see cref="WithVocabularyFile"/>).
/// </summary>
public sealed class NounForms
{
    private static readonly Dictionary<string, string> s_irregular = new(StringComparer.Ordinal)
    {
        ["people"] = "person", ["persons"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child",
        ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["oxen"] = "ox",
        ["leaves"] = "leaf", ["knives"] = "knife", ["wives"] = "wife", ["lives"] = "life", ["shelves"] = "shelf",
        ["wolves"] = "wolf", ["loaves"] = "loaf", ["halves"] = "half", ["calves"] = "calf", ["scarves"] = "scarf",
        ["thieves"] = "thief", ["hooves"] = "hoof", ["cacti"] = "cactus", ["fungi"] = "fungus", ["buses"] = "bus", ["lenses"] = "lens",
        ["tomatoes"] = "tomato", ["potatoes"] = "potato", ["mangoes"] = "mango", ["heroes"] = "hero",
    };

    // Nouns whose plural is the same word.
    private static readonly HashSet<string> s_either = new(StringComparer.Ordinal)
    {
        "sheep", "deer", "fish", "moose", "bison", "aircraft", "salmon", "trout", "shrimp", "squid", "elk", "buffalo",
        "species", "series",
    };

    // One thing written in the plural, and plural-only collectives.
    private static readonly HashSet<string> s_pluralOnly = new(StringComparer.Ordinal)
    {
        "glasses", "sunglasses", "eyeglasses", "goggles", "jeans", "pants", "trousers", "shorts", "scissors", "pliers",
        "tongs", "binoculars", "leggings", "overalls", "pajamas", "tights", "cattle", "police", "clothes",
    };

    // Singular nouns that end like a plural.
    private static readonly HashSet<string> s_singularLooking = new(StringComparer.Ordinal)
    {
        "bus", "gas", "lens", "canvas", "news", "tennis", "chassis", "plus", "iris", "axis", "hummus", "asparagus",
        "octopus", "walrus", "cactus", "circus", "campus", "virus", "bonus", "atlas", "bias", "christmas", "mattress",
    };

    private readonly Dictionary<string, string> _extraIrregular;

    private NounForms(Dictionary<string, string> extraIrregular, HashSet<string> knownNouns)
    {
        _extraIrregular = extraIrregular;
        KnownNouns = knownNouns;
    }

    /// <summary>The built-in tables only.</summary>
    public static NounForms Default { get; } = new([], []);

    /// <summary>Nouns the vocabulary data lists (its countable labels), preferred as lemmas.</summary>
    public IReadOnlySet<string> KnownNouns { get; }

    /// <summary>
    /// The tables plus irregular forms from a vocabulary file: an object <c>"plurals"</c> (singular to plural) or
    /// <c>"lemmas"</c> (form to lemma) when the file has one. Data only; no code of the generators is used.
    /// </summary>
    public static NounForms WithVocabularyFile(string path)
    {
        var text = string.Join('\n', File.ReadLines(path).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        using var document = JsonDocument.Parse(text);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("countable", out var countable) && countable.ValueKind == JsonValueKind.Object)
        {
            known.UnionWith(countable.EnumerateObject().Select(p => p.Name.ToLowerInvariant()));
        }
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var lemmaToForm = property.NameEquals("plurals");
            if ((lemmaToForm || property.NameEquals("lemmas")) && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var pair in property.Value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    var (form, lemma) = lemmaToForm ? (pair.Value.GetString()!, pair.Name) : (pair.Name, pair.Value.GetString()!);
                    if (form != lemma) extra[form.ToLowerInvariant()] = lemma.ToLowerInvariant();
                }
            }
        }
        return new NounForms(extra, known);
    }

    /// <summary>
    /// The lemma of a (possibly multi-word) noun, inflecting its last word, and the number it is written in.
    /// <paramref name="known"/> holds nouns the data knows; a candidate lemma found there wins over the default rule.
    /// </summary>
    internal (string Lemma, NounNumber Number) Read(string noun, IReadOnlySet<string> known)
    {
        var text = Regex.Replace(noun.Trim().ToLowerInvariant(), @"\s+", " ");
        var cut = text.LastIndexOf(' ');
        var (head, last) = cut < 0 ? ("", text) : (text[..(cut + 1)], text[(cut + 1)..]);
        var (lemma, number) = ReadWord(last, head, known);
        return (head + lemma, number);
    }

    private (string, NounNumber) ReadWord(string word, string head, IReadOnlySet<string> known)
    {
        if (_extraIrregular.TryGetValue(word, out var extra)) return (extra, NounNumber.Plural);
        if (s_irregular.TryGetValue(word, out var irregular)) return (irregular, NounNumber.Plural);
        if (s_pluralOnly.Contains(word)) return (word, NounNumber.PluralOnly);
        if (s_either.Contains(word)) return (word, NounNumber.Either);
        if (s_singularLooking.Contains(word) || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal) || !word.EndsWith('s') || word.Length < 3)
        {
            return (word, NounNumber.Singular);
        }
        var candidates = Candidates(word);
        var lemma = candidates.FirstOrDefault(c => known.Contains(head + c)) ?? candidates[0];
        return (lemma, NounNumber.Plural);
    }

    /// <summary>Singular candidates of a word ending in s, the default first.</summary>
    private static List<string> Candidates(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal)) return [word[..^3] + "y", word[..^1]];
        if (word.EndsWith("ves", StringComparison.Ordinal)) return [word[..^3] + "f", word[..^3] + "fe", word[..^1]];
        if (Regex.IsMatch(word, "(ches|shes|xes|zes|sses)$")) return [word[..^2], word[..^1]];
        return [word[..^1], word[..^2]];
    }
}

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// Whether a rendered name is an acceptable plural of a label. Deliberately lenient (any one word of the label
/// inflected by a regular English rule or a small irregular table), because the point is to catch a missing or
/// misplaced plural ("3 dog"), not to re-implement the runtime's inflection.
/// </summary>
internal static class PluralText
{
    private static readonly Dictionary<string, string> s_irregular = new(StringComparer.Ordinal)
    {
        ["person"] = "people", ["man"] = "men", ["woman"] = "women", ["child"] = "children", ["tooth"] = "teeth",
        ["foot"] = "feet", ["mouse"] = "mice", ["goose"] = "geese", ["ox"] = "oxen", ["cactus"] = "cacti",
        ["leaf"] = "leaves", ["knife"] = "knives", ["shelf"] = "shelves", ["wolf"] = "wolves", ["loaf"] = "loaves",
    };

    // Words whose plural is the word itself, and nouns that are already plural.
    private static readonly HashSet<string> s_invariant = new(StringComparer.Ordinal)
    {
        "sheep", "deer", "fish", "moose", "bison", "aircraft", "series", "species", "salmon", "trout", "shrimp",
        "squid", "elk", "buffalo", "cattle", "people", "police", "equipment", "glasses", "pants", "jeans", "shorts",
    };

    /// <summary>True when <paramref name="name"/> is <paramref name="label"/> with one word pluralised (or the label is invariant).</summary>
    public static bool IsPluralOf(string name, string label)
    {
        var labelWords = label.Split(' ');
        var nameWords = name.Split(' ');
        if (labelWords.Length != nameWords.Length)
        {
            return false;
        }
        if (name == label)
        {
            return labelWords.Any(w => s_invariant.Contains(w.ToLowerInvariant()) || w.EndsWith('s'));
        }
        var differing = Enumerable.Range(0, labelWords.Length).Where(i => labelWords[i] != nameWords[i]).ToList();
        return differing.Count == 1 && Forms(labelWords[differing[0]]).Contains(nameWords[differing[0]]);
    }

    /// <summary>The label and every plural the rules allow for it (one word inflected), for finding it in text.</summary>
    public static HashSet<string> Mentions(string label)
    {
        var words = label.Split(' ');
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { label };
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var form in Forms(words[i]))
            {
                result.Add(string.Join(' ', words.Take(i).Append(form).Concat(words.Skip(i + 1))));
            }
        }
        return result;
    }

    /// <summary>Every plural form the rules allow for one word.</summary>
    private static HashSet<string> Forms(string word)
    {
        var lower = word.ToLowerInvariant();
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { word + "s", word + "es" };
        if (word.EndsWith('y'))
        {
            forms.Add(word[..^1] + "ies");
        }
        if (word.EndsWith('f'))
        {
            forms.Add(word[..^1] + "ves");
        }
        if (word.EndsWith("fe", StringComparison.Ordinal))
        {
            forms.Add(word[..^2] + "ves");
        }
        if (word.EndsWith("man", StringComparison.Ordinal))
        {
            forms.Add(word[..^3] + "men");
        }
        foreach (var (singular, plural) in s_irregular)
        {
            if (lower.EndsWith(singular, StringComparison.Ordinal))
            {
                forms.Add(word[..^singular.Length] + plural);
            }
        }
        return forms;
    }
}

using System.Collections.Immutable;

namespace ProVision.Runtime.Loading;

/// <summary>
/// Normalises attribute strings the way the reference engine does on load: "a and b" splits into two
/// attributes, "grey" becomes "gray", blanks and duplicates go. Unlike the reference we keep first-seen
/// order (it dedups through a Python set, whose order depends on the hash seed) and we do not drop words
/// outside a vocabulary here: vocabularies belong to packs, not to the data.
/// </summary>
public static class AttributeNormalizer
{
    private static readonly string[] s_separator = [" and "];

    public static ImmutableArray<string> Normalize(IEnumerable<string> raw)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var entry in raw)
        {
            if (IsPlainWord(entry))
            {
                // Nothing to split, trim, collapse or respell: the common case, without allocating.
                if (!result.Contains(entry)) result.Add(entry);
                continue;
            }
            foreach (var piece in entry.Split(s_separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var word = NormalizeWord(piece);
                if (word.Length > 0 && !result.Contains(word)) result.Add(word);
            }
        }
        return result.ToImmutable();
    }

    // An entry that normalises to itself: no " and " to split at, no outer white space to trim, no doubled space to
    // collapse, no "grey" to respell.
    private static bool IsPlainWord(string entry) =>
        entry.Length > 0 && !char.IsWhiteSpace(entry[0]) && !char.IsWhiteSpace(entry[^1])
        && RelationFilter.IsSingleSpaced(entry)
        && !entry.Contains(" and ", StringComparison.Ordinal) && !entry.Contains("grey", StringComparison.Ordinal);

    public static string NormalizeWord(string word)
    {
        var trimmed = string.Join(' ', word.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return trimmed switch
        {
            "grey" => "gray",
            "greyish" => "grayish",
            _ => trimmed.Replace("grey ", "gray ", StringComparison.Ordinal),
        };
    }
}

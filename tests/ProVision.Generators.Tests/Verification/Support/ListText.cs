namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// Lists as templates render them: "a", "a and b", "a, b, and c" (the serial comma is optional here), in any order.
/// </summary>
internal static class ListText
{
    /// <summary>
    /// True when <paramref name="text"/> joins exactly the items of <paramref name="items"/> (a multiset) in some
    /// order. Matching against the expected items, rather than splitting, keeps items that contain " and " intact.
    /// </summary>
    public static bool IsJoinOf(string text, IReadOnlyCollection<string> items)
    {
        if (items.Count == 0)
        {
            return text.Length == 0;
        }
        return Match(text, 0, [.. items], 0, items.Count);
    }

    /// <summary>
    /// Splits a rendered list into its items ("" gives none). Used where the expected items are unknown
    /// (distractors, slot lists); items that themselves contain " and " are split too.
    /// </summary>
    public static List<string> Split(string text)
    {
        if (text.Trim().Length == 0)
        {
            return [];
        }
        var parts = new List<string>();
        foreach (var piece in text.Split(", ", StringSplitOptions.None))
        {
            var item = piece.StartsWith("and ", StringComparison.Ordinal) ? piece[4..] : piece;
            parts.AddRange(item.Split(" and ", StringSplitOptions.None));
        }
        return [.. parts.Select(p => p.Trim())];
    }

    /// <summary>Joins with the serial comma, for messages and tests.</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };

    private static bool Match(string text, int position, List<string> left, int index, int total)
    {
        if (left.Count == 0)
        {
            return position == text.Length;
        }
        foreach (var separator in Separators(index, total))
        {
            if (!At(text, position, separator))
            {
                continue;
            }
            var start = position + separator.Length;
            for (var i = 0; i < left.Count; i++)
            {
                var item = left[i];
                if (!At(text, start, item))
                {
                    continue;
                }
                left.RemoveAt(i);
                var ok = Match(text, start + item.Length, left, index + 1, total);
                left.Insert(i, item);
                if (ok)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool At(string text, int position, string part) =>
        position + part.Length <= text.Length && string.CompareOrdinal(text, position, part, 0, part.Length) == 0;

    private static string[] Separators(int index, int total) =>
        index == 0 ? [""]
        : total == 2 ? [" and "]
        : index < total - 1 ? [", "]
        : [", and ", " and "];
}

namespace ProVision.Runtime.Stdlib;

/// <summary>Helpers of the object, attribute and relation generator families.</summary>
public static class ObjectFamily
{
    /// <summary>A canonical text for a set of strings (ordinal sort, repeats removed, joined by U+001F): a group key.</summary>
    public static string SetKey(ReadOnlySpan<string> items)
    {
        var sorted = items.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var distinct = new List<string>(sorted.Length);
        foreach (var item in sorted)
        {
            if (distinct.Count == 0 || !string.Equals(distinct[^1], item, StringComparison.Ordinal))
            {
                distinct.Add(item);
            }
        }
        return string.Join('\u001f', distinct);
    }
}

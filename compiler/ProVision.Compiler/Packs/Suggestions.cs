namespace ProVision.Compiler.Packs;

/// <summary>"Did you mean" for keys and names: the closest candidate by edit distance, if close enough.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidate nearest to <paramref name="word"/> (case, '-' and '_' ignored), or "" when none is within
    /// a third of the word's length (at least 1, at most 3 edits).
    /// </summary>
    public static string Closest(string word, IEnumerable<string> candidates)
    {
        var normalized = Normalize(word);
        var limit = Math.Clamp(normalized.Length / 3, 1, 3);
        var best = "";
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(normalized, Normalize(candidate));
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static string Normalize(string text) => text.ToLowerInvariant().Replace('-', '_');

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}

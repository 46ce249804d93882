namespace ProVision.Compiler.Binding;

/// <summary>"Did you mean" for misspelled names: the closest candidate by edit distance, when it is close enough.</summary>
internal static class NameSuggestions
{
    /// <summary>
    /// <c>"; did you mean 'x'?"</c> for the candidate closest to <paramref name="name"/> (case-insensitive
    /// Damerau-Levenshtein distance at most a third of the name's length, at least 1 and at most 3; 0 for names
    /// shorter than 3), or "".
    /// </summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var best = Closest(name, candidates);
        return best is null ? "" : $"; did you mean '{best}'?";
    }

    /// <summary>The closest candidate, or null when none is close enough.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        // Names of one or two characters are too short to guess from: only a difference in case is suggested.
        var limit = name.Length < 3 ? 0 : Math.Clamp(name.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == name)
            {
                continue;
            }
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    // Optimal string alignment distance (adjacent transpositions count as one edit).
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

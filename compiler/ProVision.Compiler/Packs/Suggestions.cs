using ProVision.Compiler.Text;

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
            var distance = EditDistance.Between(normalized, Normalize(candidate));
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static string Normalize(string text) => text.ToLowerInvariant().Replace('-', '_');
}

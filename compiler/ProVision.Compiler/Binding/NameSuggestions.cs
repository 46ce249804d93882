using ProVision.Compiler.Text;

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
            var distance = EditDistance.Between(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}

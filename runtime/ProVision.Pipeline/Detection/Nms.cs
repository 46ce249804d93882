namespace ProVision.Pipeline.Detection;

/// <summary>Greedy non-maximum suppression.</summary>
public static class Nms
{
    /// <summary>
    /// Keeps the best-scoring candidates, dropping any whose IoU with an already kept one exceeds
    /// <paramref name="iouThreshold"/>. Class-aware by default: boxes of different classes never suppress each other.
    /// Ties in score keep input order, so the result is deterministic. Returns the kept candidates, best first.
    /// </summary>
    public static List<Candidate> Apply(IReadOnlyList<Candidate> candidates, double iouThreshold, bool classAware = true, int maxKeep = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var order = Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => candidates[i].Score)
            .ThenBy(i => i)
            .ToArray();
        var kept = new List<Candidate>();
        foreach (var index in order)
        {
            if (kept.Count >= maxKeep) break;
            var candidate = candidates[index];
            var suppressed = false;
            foreach (var k in kept)
            {
                if (classAware && k.ClassId != candidate.ClassId) continue;
                if (k.Box.IoU(candidate.Box) > iouThreshold)
                {
                    suppressed = true;
                    break;
                }
            }
            if (!suppressed) kept.Add(candidate);
        }
        return kept;
    }
}

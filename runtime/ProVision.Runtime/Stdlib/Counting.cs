using System.Collections.Immutable;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Stdlib;

/// <summary>Candidate answers for "how many" questions.</summary>
public static class Counting
{
    /// <summary>The default number of count candidates.</summary>
    public const int DefaultChoices = 4;

    /// <summary>
    /// Writes <paramref name="k"/> consecutive counts containing <paramref name="n"/> to <paramref name="destination"/>
    /// in ascending order and returns <paramref name="k"/>. The window <c>[lo, lo + k - 1]</c> has
    /// <c>lo</c> drawn uniformly from <c>[max(floor, n - k + 1), n]</c>, where <c>floor</c> is 1 when n ≥ 1 and 0
    /// when n is 0; so the true count's rank among the options is uniform over all k positions once
    /// n ≥ k - 1 + floor, and uniform over the ranks the floor allows below that.
    /// </summary>
    /// <remarks>
    /// <para>The reference offers <c>[n, n-1, n+1, n+2]</c> (or <c>[1, 2, 3, 4]</c> for 1), which makes the answer the
    /// second smallest option almost always, a shortcut a model learns. The Fix randomises the window.</para>
    /// <para>Zero is offered only when the true count is zero: generators ask about objects that are present, so
    /// "0" would be a give-away distractor. For n = 1 the result is <c>[1, 2, 3, 4]</c>, as in the reference.</para>
    /// <para>Uses exactly one bounded draw from <paramref name="random"/>, even when the window cannot move.</para>
    /// </remarks>
    /// <exception cref="Generation.PackFaultException">n is negative or int.MaxValue (the pack's fault).</exception>
    /// <exception cref="ArgumentOutOfRangeException">k is less than 1, or the destination is shorter than k.</exception>
    public static int CountChoices(int n, DeterministicRandom random, Span<int> destination, int k = DefaultChoices)
    {
        if (n is < 0 or int.MaxValue)
        {
            throw new Generation.PackFaultException($"countChoices(n) needs 0 <= n < {int.MaxValue}, found {n}");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentNullException.ThrowIfNull(random);
        if (destination.Length < k)
        {
            throw new ArgumentOutOfRangeException(nameof(destination), destination.Length, $"Destination must hold k = {k} counts.");
        }
        var floor = n >= 1 ? 1 : 0;
        var lowest = Math.Max(floor, n - k + 1);
        var low = random.NextInt(lowest, n + 1);
        for (var i = 0; i < k; i++)
        {
            destination[i] = low + i;
        }
        return k;
    }

    /// <summary>Allocating form of <see cref="CountChoices(int, DeterministicRandom, Span{int}, int)"/>.</summary>
    public static ImmutableArray<int> CountChoices(int n, DeterministicRandom random, int k = DefaultChoices)
    {
        var result = new int[k];
        CountChoices(n, random, result, k);
        return [.. result];
    }

    /// <summary>
    /// The same counts appended to <paramref name="destination"/> (cleared first) as 64-bit values, the form compiled
    /// generators hold a <c>List&lt;Count&gt;</c> in; one bounded draw, exactly like the span overload.
    /// </summary>
    /// <exception cref="Generation.PackFaultException"><paramref name="n"/> is negative or int.MaxValue (the pack's fault).</exception>
    public static void CountChoices(int n, DeterministicRandom random, ScratchList<long> destination, int k = DefaultChoices)
    {
        ArgumentNullException.ThrowIfNull(destination);
        Span<int> counts = k <= 64 ? stackalloc int[k] : new int[k];
        CountChoices(n, random, counts, k);
        destination.Clear();
        foreach (var count in counts)
        {
            destination.Add(count);
        }
    }
}

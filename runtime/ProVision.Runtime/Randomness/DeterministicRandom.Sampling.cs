namespace ProVision.Runtime.Randomness;

/// <content>Choosing, weighting, shuffling and sampling, all built on the bounded draws of the core file.</content>
public sealed partial class DeterministicRandom
{
    // Below this population size sampling uses a stack array instead of a dictionary; both run the same
    // algorithm with the same draws, so the threshold never changes a result.
    private const int DenseSampleLimit = 256;

    /// <summary>A uniformly chosen element (uses one output).</summary>
    /// <exception cref="ArgumentException"><paramref name="items"/> is empty.</exception>
    public T Choice<T>(ReadOnlySpan<T> items)
    {
        if (items.IsEmpty)
        {
            throw new ArgumentException("Cannot choose from an empty sequence.", nameof(items));
        }
        return items[NextInt(items.Length)];
    }

    /// <summary>A uniformly chosen element (uses one output).</summary>
    /// <exception cref="ArgumentException"><paramref name="items"/> is empty.</exception>
    public T Choice<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("Cannot choose from an empty list.", nameof(items));
        }
        return items[NextInt(items.Count)];
    }

    /// <summary>
    /// An index chosen with probability proportional to its weight (uses one output). A zero-weight index
    /// is never returned, even under floating-point rounding.
    /// </summary>
    /// <exception cref="ArgumentException">A weight is negative, NaN or infinite, or the weights do not sum to a positive finite value.</exception>
    public int WeightedChoice(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (!(weights[i] >= 0) || !double.IsFinite(weights[i]))
            {
                throw new ArgumentException($"weights[{i}] is {weights[i]}; weights must be finite and non-negative.", nameof(weights));
            }
            total += weights[i];
        }
        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new ArgumentException($"Weights must sum to a positive finite value; they sum to {total}.", nameof(weights));
        }
        var target = NextDouble() * total;
        var cumulative = 0.0;
        var last = -1;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] == 0)
            {
                continue;
            }
            last = i;
            cumulative += weights[i];
            if (target < cumulative)
            {
                return i;
            }
        }
        // Reached only when rounding leaves target at the final sum: take the last positive weight.
        return last;
    }

    /// <summary>Shuffles in place with Fisher-Yates (back to front; uses one bounded draw per position after the first).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>
    /// Writes <paramref name="k"/> distinct indices of <c>[0, n)</c>, in random order, to the first
    /// <paramref name="k"/> entries of <paramref name="destination"/>: a partial Fisher-Yates shuffle of the
    /// virtual array <c>0..n-1</c> (one bounded draw per index), O(k) time whatever <paramref name="n"/> is.
    /// Every ordered selection is equally likely.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative, k is outside [0, n], or destination is shorter than k.</exception>
    public void SampleWithoutReplacement(int n, int k, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        if (destination.Length < k)
        {
            throw new ArgumentOutOfRangeException(nameof(destination), destination.Length, $"Destination must hold at least k = {k} values.");
        }
        if (n <= DenseSampleLimit)
        {
            SampleDense(n, k, destination);
        }
        else
        {
            SampleSparse(n, k, destination);
        }
    }

    /// <summary>Allocating convenience form of <see cref="SampleWithoutReplacement(int, int, Span{int})"/>.</summary>
    public int[] SampleWithoutReplacement(int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var result = new int[k];
        SampleWithoutReplacement(n, k, result);
        return result;
    }

    internal void SampleDense(int n, int k, Span<int> destination)
    {
        Span<int> pool = n <= DenseSampleLimit ? stackalloc int[DenseSampleLimit] : new int[n];
        for (var i = 0; i < n; i++)
        {
            pool[i] = i;
        }
        for (var i = 0; i < k; i++)
        {
            var j = NextInt(i, n);
            (pool[i], pool[j]) = (pool[j], pool[i]);
            destination[i] = pool[i];
        }
    }

    /// <summary>The same shuffle with only the displaced entries stored: entry x holds x unless the map says otherwise.</summary>
    internal void SampleSparse(int n, int k, Span<int> destination)
    {
        if (k <= FewDisplacedLimit)
        {
            SampleSparseFew(n, k, destination);
            return;
        }
        var displaced = new Dictionary<int, int>(k);
        for (var i = 0; i < k; i++)
        {
            var j = NextInt(i, n);
            var atI = displaced.TryGetValue(i, out var vi) ? vi : i;
            destination[i] = displaced.TryGetValue(j, out var vj) ? vj : j;
            // Position i is never read again (later draws are > i), so only j needs recording.
            displaced[j] = atI;
        }
    }

    // Up to this k the displaced entries (at most k) live in two short stack arrays searched in order: a multi-image
    // draw samples two of thousands of images on every draw, where a dictionary per draw cost more than the draw.
    private const int FewDisplacedLimit = 8;

    // SampleSparse with the map as two arrays: the same draws, the same values.
    private void SampleSparseFew(int n, int k, Span<int> destination)
    {
        Span<int> keys = stackalloc int[FewDisplacedLimit];
        Span<int> values = stackalloc int[FewDisplacedLimit];
        var count = 0;
        for (var i = 0; i < k; i++)
        {
            var j = NextInt(i, n);
            var atI = keys[..count].IndexOf(i) is var fromI and >= 0 ? values[fromI] : i;
            var fromJ = keys[..count].IndexOf(j);
            destination[i] = fromJ >= 0 ? values[fromJ] : j;
            // Position i is never read again (later draws are > i), so only j needs recording.
            if (fromJ >= 0)
            {
                values[fromJ] = atI;
            }
            else
            {
                keys[count] = j;
                values[count++] = atI;
            }
        }
    }
}

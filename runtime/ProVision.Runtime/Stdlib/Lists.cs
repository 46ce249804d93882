using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// List helpers for compiled generators. A <c>.pvg</c> list is a <see cref="ReadOnlySpan{T}"/> at run time; these
/// helpers take spans and write into <see cref="ScratchList{T}"/> buffers, so no call allocates once the buffers
/// have grown, and none takes a delegate (the emitter inlines lambdas into loops instead).
/// </summary>
public static class Lists
{
    private static int[] s_range = CreateRange(64);

    /// <summary>The integers <c>0 .. n-1</c> (object indices of a graph, positions of a draw), from a shared array.</summary>
    public static ReadOnlySpan<int> Range(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var range = Volatile.Read(ref s_range);
        if (range.Length < n)
        {
            // Racing threads may each grow it; any copy is correct and one wins.
            range = CreateRange(Math.Max(n, range.Length * 2));
            Volatile.Write(ref s_range, range);
        }
        return range.AsSpan(0, n);
    }

    /// <summary>True when <paramref name="items"/> holds <paramref name="value"/> (<see cref="EqualityComparer{T}.Default"/>; ordinal for strings).</summary>
    public static bool Contains<T>(ReadOnlySpan<T> items, T value)
    {
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in items)
        {
            if (comparer.Equals(item, value))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Appends the elements of <paramref name="items"/> that <paramref name="destination"/> does not hold yet, keeping first appearances in order.</summary>
    /// <remarks>
    /// Short lists are searched linearly; from <see cref="HashedDistinctThreshold"/> elements on, a per-thread hash
    /// set (same equality) keeps this linear instead of quadratic: distractor pools drawn from the vocabulary have
    /// hundreds of entries.
    /// </remarks>
    public static void AppendDistinct<T>(ReadOnlySpan<T> items, ScratchList<T> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.Count + items.Length < HashedDistinctThreshold)
        {
            foreach (var item in items)
            {
                if (!Contains(destination.Span, item))
                {
                    destination.Add(item);
                }
            }
            return;
        }
        var seen = DistinctSet<T>.Rent();
        foreach (var item in destination.Span)
        {
            seen.Add(item);
        }
        foreach (var item in items)
        {
            if (seen.Add(item))
            {
                destination.Add(item);
            }
        }
        seen.Clear();
    }

    /// <summary>The combined length from which <see cref="AppendDistinct"/> hashes instead of searching.</summary>
    internal const int HashedDistinctThreshold = 32;

    /// <summary>One reusable set per element type and thread (AppendDistinct clears it after use).</summary>
    private static class DistinctSet<T>
    {
        [ThreadStatic]
        private static HashSet<T>? t_set;

        public static HashSet<T> Rent() => t_set ??= new HashSet<T>(EqualityComparer<T>.Default);
    }

    /// <summary>
    /// Sorts <paramref name="items"/> by <paramref name="keys"/> (ascending, stable: equal keys keep their order);
    /// both buffers hold the same number of elements, the keys computed by the caller's inlined lambda.
    /// </summary>
    public static void SortByKeys<T>(ScratchList<T> items, ScratchList<double> keys)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keys);
        if (items.Count != keys.Count)
        {
            throw new ArgumentException($"{items.Count} items but {keys.Count} keys.", nameof(keys));
        }
        var values = items.WritableSpan;
        var order = keys.WritableSpan;
        // Insertion sort: stable, allocation-free, and lists in generators are short.
        for (var i = 1; i < values.Length; i++)
        {
            var key = order[i];
            var value = values[i];
            var j = i - 1;
            while (j >= 0 && order[j] > key)
            {
                order[j + 1] = order[j];
                values[j + 1] = values[j];
                j--;
            }
            order[j + 1] = key;
            values[j + 1] = value;
        }
    }

    /// <summary>
    /// Keeps a uniform random subset of at most <paramref name="k"/> of the elements of <paramref name="items"/>, in
    /// their original order (one partial Fisher-Yates shuffle of the positions). Used by <c>sample k</c> (on the
    /// iteration numbers that reached it) and by <c>pick(xs, k)</c>.
    /// </summary>
    /// <exception cref="Generation.PackFaultException"><paramref name="k"/> is negative (the pack's fault).</exception>
    public static void KeepSample<T>(ScratchList<T> items, long k, DeterministicRandom random)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(random);
        if (k < 0)
        {
            throw new Generation.PackFaultException($"pick(xs, k) and 'sample k' need k >= 0, found {k}");
        }
        var n = items.Count;
        var keep = (int)Math.Min(k, n);
        if (keep == n)
        {
            return;
        }
        Span<int> chosen = keep <= 256 ? stackalloc int[keep] : new int[keep];
        random.SampleWithoutReplacement(n, keep, chosen);
        chosen.Sort();
        var values = items.WritableSpan;
        for (var i = 0; i < keep; i++)
        {
            values[i] = values[chosen[i]];
        }
        items.Truncate(keep);
    }

    /// <summary>
    /// Sorts the positions a random order kept (<see cref="RandomOrder"/>, <c>sample k</c>), so that the kept elements
    /// run in list order.
    /// </summary>
    public static void SortPositions(ScratchList<long> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        positions.WritableSpan.Sort();
    }

    private static int[] CreateRange(int n)
    {
        var range = new int[n];
        for (var i = 0; i < n; i++)
        {
            range[i] = i;
        }
        return range;
    }
}

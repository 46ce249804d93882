namespace ProVision.Runtime.Generation;

/// <summary>
/// The label pairs (subject label id &lt;&lt; 32 | object label id) that one image's relations other than "of" join, in
/// order of the first such relation (<see cref="RelationFacts.RelatedPairs"/>), and the test of a pair against them. A
/// draw asks each related pair of one image of the others (<c>relatedPairs</c>, <c>relatedTriples</c>) and two drawn
/// images share few pairs, so most answers are "no": a 256-bit filter of the pairs' hashes gives most of them without
/// reading the pairs (docs/performance.md, session 11).
/// </summary>
/// <remarks>
/// Made once per image and kept with its relation facts (<see cref="ImageSummaries.RelationFactsOfImages"/>). One
/// object, so a thread that reads the set another thread made sees its pairs and its filter together.
/// </remarks>
internal sealed class RelatedPairSet
{
    /// <summary>
    /// Up to this many pairs, a pair that passes the filter is looked for by a scan (a vectorised compare of a few longs
    /// at a time) rather than by a binary search of the pairs sorted: most drawn images relate a few dozen pairs and are
    /// asked about a few, so a sort cost more than the scans it saved (docs/performance.md, session 9).
    /// </summary>
    internal const int ScannedPairsLimit = 64;

    // Bit FilterBit(p) is set for every pair p of the set: a clear bit proves a pair absent. Held in the object itself,
    // so the test reads no second array.
    private Filter _filter;
    private long[]? _sorted;

    public RelatedPairSet(long[] pairs)
    {
        Pairs = pairs;
        foreach (var pair in pairs)
        {
            var bit = FilterBit(pair);
            _filter[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>The pairs, in order of the image's first relation other than "of" that joins each.</summary>
    public long[] Pairs { get; }

    /// <summary>Whether <paramref name="pair"/> is one of <see cref="Pairs"/>.</summary>
    public bool Contains(long pair)
    {
        var bit = FilterBit(pair);
        if ((_filter[bit >> 6] & (1UL << (bit & 63))) == 0) return false;
        // A race only sorts the same pairs twice.
        return Pairs.Length <= ScannedPairsLimit ? Pairs.AsSpan().Contains(pair) : Array.BinarySearch(_sorted ??= [.. Pairs.Order()], pair) >= 0;
    }

    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct Filter
    {
        private ulong _bits;
    }

    // The top 8 bits of the pair times 2^64 over the golden ratio (Fibonacci hashing): label ids that differ in a few
    // low bits, as the ids of one data set's labels do, land on unrelated bits.
    private static int FilterBit(long pair) => (int)(((ulong)pair * 0x9E3779B97F4A7C15UL) >> 56);
}

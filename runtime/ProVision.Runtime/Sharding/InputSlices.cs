namespace ProVision.Runtime.Sharding;

/// <summary>The part of one JSON Lines input that a shard owns: the lines that start in [Start, End).</summary>
public sealed record FileSlice(string Path, long Start, long End, long Length)
{
    public bool IsWhole => Start == 0 && End == Length;
}

/// <summary>
/// Which bytes of the JSON Lines inputs a shard reads, decided before anything is parsed so that a shard never pays
/// for graphs it does not own. With at least as many files as shards (a folder of <c>graphs-*.jsonl</c>), files are
/// assigned whole: shard k of n takes files [m(k-1)/n, mk/n) of m. Otherwise the inputs are seen as one byte stream
/// of S bytes and shard k takes the lines that start in [S(k-1)/n, Sk/n); a shard seeks to its first line and stops
/// after its last. Either way shards 1..n, concatenated, hold every line once and in input order.
/// </summary>
public static class InputSlices
{
    /// <summary>The slices of <paramref name="files"/> (in input order) that <paramref name="shard"/> reads; files it does not own are left out.</summary>
    public static IReadOnlyList<FileSlice> For(IReadOnlyList<string> files, ShardSpec shard)
    {
        var lengths = files.Select(f => new FileInfo(f).Length).ToArray();
        var slices = new List<FileSlice>();
        if (files.Count >= shard.Count)
        {
            long m = files.Count;
            for (var j = m * (shard.Index - 1) / shard.Count; j < m * shard.Index / shard.Count; j++)
                slices.Add(new FileSlice(files[(int)j], 0, lengths[j], lengths[j]));
            return slices;
        }

        var total = lengths.Sum();
        var (from, to) = (Split(total, shard.Index - 1, shard.Count), Split(total, shard.Index, shard.Count));
        long fileStart = 0;
        for (var j = 0; j < files.Count; j++)
        {
            var fileEnd = fileStart + lengths[j];
            var start = Math.Max(from, fileStart);
            var end = Math.Min(to, fileEnd);
            if (start < end) slices.Add(new FileSlice(files[j], start - fileStart, end - fileStart, lengths[j]));
            fileStart = fileEnd;
        }
        return slices;
    }

    private static long Split(long total, int part, int parts) => (long)((System.Numerics.BigInteger)total * part / parts);
}

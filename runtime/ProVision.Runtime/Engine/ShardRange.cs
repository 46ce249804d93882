namespace ProVision.Runtime.Engine;

/// <summary>
/// Shard <c>i</c> of <c>n</c> (1-based) of a sequence of <c>total</c> graphs: a contiguous range, so that
/// concatenating the outputs of shards 1..n reproduces the unsharded output byte for byte.
/// </summary>
public readonly record struct ShardRange(long Start, long End)
{
    public static ShardRange Of(long total, int index, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "a run has at least one shard");
        if (index < 1 || index > count) throw new ArgumentOutOfRangeException(nameof(index), index, $"shard index must be 1..{count}");
        return new ShardRange(total * (index - 1) / count, total * index / count);
    }

    /// <summary>Parses "i/n" as written on the command line.</summary>
    public static bool TryParse(string text, out int index, out int count)
    {
        index = count = 0;
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out index) && int.TryParse(parts[1], out count)
            && count >= 1 && index >= 1 && index <= count;
    }

    public bool Contains(long position) => position >= Start && position < End;
}

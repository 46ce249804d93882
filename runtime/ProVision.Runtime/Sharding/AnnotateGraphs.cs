namespace ProVision.Runtime.Sharding;

/// <summary>
/// Puts the graph lines of sharded <c>annotate</c> runs back into one run's order. Images go to shards by a hash of
/// their id (<see cref="ImageShards"/>), so each shard holds an ordered subsequence; its manifest records each line's
/// position in the unsharded image order, and the lines are merged by that position.
/// </summary>
internal static class AnnotateGraphs
{
    public static void Interleave(ShardSet set, Stream output)
    {
        var readers = new List<(IEnumerator<byte[]> Lines, IReadOnlyList<long> Order, string Name)>();
        try
        {
            var queue = new PriorityQueue<int, long>();
            foreach (var shard in set.Shards)
            {
                var order = shard.Manifest.Order ?? throw new ShardMergeException($"{shard.Manifest.Output}: the manifest has no image order (not written by `provision annotate --shard`)");
                var lines = ReadLines(shard.OutputPath).GetEnumerator();
                readers.Add((lines, order, shard.Manifest.Output));
            }
            var next = new int[readers.Count];
            for (var r = 0; r < readers.Count; r++) Advance(readers[r], next, r, queue);
            var seen = new HashSet<long>();
            while (queue.TryDequeue(out var r, out var position))
            {
                if (!seen.Add(position)) throw new ShardMergeException($"{readers[r].Name}: image #{position} is in two shards; re-run the shards with one shard count");
                output.Write(readers[r].Lines.Current);
                output.WriteByte((byte)'\n');
                next[r]++;
                Advance(readers[r], next, r, queue);
            }
        }
        finally
        {
            foreach (var reader in readers) reader.Lines.Dispose();
        }
    }

    private static void Advance((IEnumerator<byte[]> Lines, IReadOnlyList<long> Order, string Name) reader, int[] next, int r, PriorityQueue<int, long> queue)
    {
        var hasLine = reader.Lines.MoveNext();
        if (hasLine != next[r] < reader.Order.Count)
            throw new ShardMergeException($"{reader.Name}: {(hasLine ? "more" : "fewer")} graph lines than its manifest's order lists ({reader.Order.Count})");
        if (hasLine) queue.Enqueue(r, reader.Order[next[r]]);
    }

    private static IEnumerable<byte[]> ReadLines(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        var line = new MemoryStream();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b != '\n') { line.WriteByte((byte)b); continue; }
            yield return line.ToArray();
            line.SetLength(0);
        }
        if (line.Length > 0) yield return line.ToArray();
    }
}

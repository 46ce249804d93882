using ProVision.Runtime.Writing;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Sharding;

/// <summary>What a merge wrote.</summary>
public sealed record MergeResult(string Output, long Items, long Bytes);

/// <summary>
/// Joins a checked <see cref="ShardSet"/> into one file, byte-identical to what one unsharded run writes:
/// JSON Lines (items, LLaVA lines) concatenate; a LLaVA JSON array is re-framed; Parquet rows are re-written through
/// the same writer, so row groups fall where one run puts them; <c>annotate</c> graphs are interleaved back into the
/// image order their manifests record. The output appears atomically, and only after every shard has been read.
/// </summary>
public static class ShardMerger
{
    public const string AnnotateFormat = "graphs-jsonl";

    public static MergeResult Merge(ShardSet set, string output)
    {
        var identity = set.Identity;
        long items = set.Shards.Sum(s => s.Manifest.Items);
        if (identity.Command == "annotate")
        {
            if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(output)), set.Folder, StringComparison.Ordinal))
                throw new ShardMergeException($"annotate graphs name their images and depth maps relative to their folder: write the merged file into {set.Folder} (e.g. --out {set.UnshardedOutput})");
            items = set.Shards.Sum(s => s.Manifest.Graphs);
            using var file = AtomicFile.Create(output);
            AnnotateGraphs.Interleave(set, file.Stream);
            return Commit(file, output, items);
        }
        switch (identity.Format)
        {
            case ItemWriterFactory.JsonLines or ItemWriterFactory.LlavaJsonLines or ItemWriterFactory.Messages:
            {
                using var file = AtomicFile.Create(output);
                foreach (var shard in set.Shards)
                {
                    using var input = File.OpenRead(shard.OutputPath);
                    input.CopyTo(file.Stream);
                }
                return Commit(file, output, items);
            }
            case ItemWriterFactory.Llava:
            {
                using var file = AtomicFile.Create(output);
                LlavaArray.Join(set.Shards.Select(s => s.OutputPath), file.Stream);
                return Commit(file, output, items);
            }
            case ItemWriterFactory.Parquet:
            {
                // Rows are re-buffered (not row groups copied), so the groups fall where an unsharded run puts them.
                using var writer = new ParquetItemWriter(output, ParquetItemReader.Layout(set.Shards[0].OutputPath));
                foreach (var shard in set.Shards) writer.WriteRowsOf(shard.OutputPath);
                writer.Complete();
                return new MergeResult(Path.GetFullPath(output), items, new FileInfo(output).Length);
            }
            default:
                throw new ShardMergeException($"the shards' manifests name the format '{identity.Format}', which this version cannot merge");
        }
    }

    private static MergeResult Commit(AtomicFile file, string output, long items)
    {
        var bytes = file.Stream.Length;
        file.Commit();
        return new MergeResult(Path.GetFullPath(output), items, bytes);
    }
}

using System.Text.Json;
using ProVision.Pipeline.Imaging;
using ProVision.Runtime.Sharding;

namespace ProVision.Cli.Commands;

/// <summary>
/// A sharded <c>annotate</c> run: which job it belongs to (the image list, the pipeline file, the device), and the
/// image order its manifest records so that <c>provision merge</c> can restore one run's order.
/// </summary>
internal static class AnnotateShard
{
    public static ShardJob Begin(IReadOnlyList<string> inputs, string output, IReadOnlyList<ImageInput> images, ShardSpec shard, string? pipeline, string device, string? registry)
    {
        var pipelineHash = pipeline is not null && File.Exists(pipeline) ? FileHashes.Sha256(pipeline) : "built-in";
        var identity = new ShardIdentity("annotate", ShardMerger.AnnotateFormat, null, null, null,
            [new("--pipeline", pipeline ?? ""), new("--pipeline-sha256", pipelineHash), new("--device", device), new("--registry", registry ?? "")],
            null, [ShardOptions.ImageList(inputs, images.Select(i => (i.ImageId, i.Path)))]);
        return ShardJob.Begin(output, shard, identity);
    }

    /// <summary>Writes the manifest with each graph line's position in the unsharded image order.</summary>
    public static void Complete(ShardJob job, IReadOnlyList<ImageInput> allImages)
    {
        var position = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < allImages.Count; i++) position[allImages[i].ImageId] = i;
        var order = new List<long>();
        foreach (var line in File.ReadLines(job.OutputPath))
        {
            if (line.Length == 0) continue;
            using var document = JsonDocument.Parse(line);
            var id = document.RootElement.GetProperty("image_id").GetString()!;
            order.Add(position.TryGetValue(id, out var p) ? p : throw new IOException($"{job.OutputPath}: image {id} is not among this job's images (an output of another run?); delete it and re-run the shard"));
        }
        job.Complete(order.Count, order.Count, order);
    }
}

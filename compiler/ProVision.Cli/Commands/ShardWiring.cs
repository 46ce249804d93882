using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Sharding;

namespace ProVision.Cli.Commands;

/// <summary>
/// The <c>--shard</c> and <c>--shard-count</c> options of <c>generate</c> and <c>annotate</c>, and what a sharded run
/// records in its manifest. The rules live in <see cref="ShardEnvironment"/> and <see cref="ShardJob"/>; see
/// docs/scale-out.md.
/// </summary>
public sealed class ShardOptions
{
    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "i/n: write shard i of n as OUT-0000i-of-0000n.EXT plus a manifest; 'auto' takes it from a Slurm array or a Kubernetes Indexed Job (the default when their variables are set).",
    };

    public NumberOption<int> Count { get; } = new("--shard-count", $"The number of shards when the job engine does not say (Kubernetes: the Job's completions; also ${ShardEnvironment.CountVariable}).");

    public void AddTo(Command command)
    {
        command.Add(Shard);
        command.Add(Count.Option);
    }

    /// <summary>The shard this run is (null: unsharded); false after printing the error.</summary>
    public static bool TryResolve(CliConsole console, string? option, int? count, out ShardSpec? shard)
    {
        var resolution = ShardEnvironment.Resolve(option, count, Environment.GetEnvironmentVariable);
        shard = resolution.Shard;
        if (resolution.Error is { } error)
        {
            console.Error.WriteLine($"error: {error}");
            return false;
        }
        if (resolution.Announcement is { } line) console.Error.WriteLine(line);
        return true;
    }

    /// <summary>Says that an earlier attempt already finished the shard (an idempotent retry).</summary>
    public static void WriteAlreadyDone(CliConsole console, ShardJob job) =>
        console.Out.WriteLine($"shard {job.Shard} is already done: {job.OutputPath} matches its manifest ({job.Finished!.Items} items, finished {job.Finished.Finished:u}); nothing to do");

    /// <summary>Fingerprints of the graph inputs (folders stand for their .jsonl files, as the loaders read them).</summary>
    public static IReadOnlyList<InputFingerprint> GraphInputs(IReadOnlyList<string> inputs) =>
        [.. inputs.SelectMany(i => Directory.Exists(i) ? Directory.EnumerateFiles(i, "*.jsonl").Order(StringComparer.Ordinal) : (IEnumerable<string>)[i])
            .Where(File.Exists).Select(FileHashes.Fingerprint)];

    /// <summary>One fingerprint for a list of images: their ids and sizes (reading a million images per shard would cost more than annotating its share).</summary>
    public static InputFingerprint ImageList(IReadOnlyList<string> inputs, IEnumerable<(string Id, string Path)> images)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long count = 0;
        foreach (var (id, path) in images)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}\t{new FileInfo(path).Length}\n")));
            count++;
        }
        return new InputFingerprint(string.Join(" ", inputs), count, "images-sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The load options as command-line flags (they change which graphs are read, so shards must agree on them).</summary>
    public static IEnumerable<KeyValuePair<string, string>> LoadFlags(GraphLoadOptions load, ErrorPolicy policy) =>
    [
        new("--box-tolerance", load.BoxTolerance.ToString("R", CultureInfo.InvariantCulture)),
        new("--depth-dir", load.DepthDirectory ?? ""),
        new("--mask-dir", load.MaskDirectory ?? ""),
        new("--on-error", policy == ErrorPolicy.Skip ? "skip" : "stop"),
    ];
}

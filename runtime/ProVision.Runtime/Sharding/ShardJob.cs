namespace ProVision.Runtime.Sharding;

/// <summary>
/// One shard's run as the job engine sees it: where it writes, whether an earlier attempt already finished it, and
/// the manifest it writes last. A retry of a finished shard whose manifest matches (same job, output present with
/// the recorded hash) does nothing; any other earlier attempt is discarded: its manifest is deleted before the new
/// output is written, so a crash can never leave a manifest vouching for a partial output.
/// </summary>
public sealed class ShardJob
{
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    private ShardJob(string outputPath, ShardSpec shard, ShardIdentity identity, ShardManifest? finished)
    {
        OutputPath = outputPath;
        Shard = shard;
        Identity = identity;
        Finished = finished;
    }

    public ShardSpec Shard { get; }
    public ShardIdentity Identity { get; }

    /// <summary>The shard's output (<c>items-00003-of-00016.jsonl</c>).</summary>
    public string OutputPath { get; }

    public string ManifestPath => ShardFiles.Manifest(OutputPath);

    /// <summary>The manifest of an earlier attempt that finished this very shard; null when there is work to do.</summary>
    public ShardManifest? Finished { get; }

    /// <summary>Starts shard <paramref name="shard"/> of the job <paramref name="identity"/> whose unsharded output is <paramref name="output"/> (<c>--out</c>).</summary>
    public static ShardJob Begin(string output, ShardSpec shard, ShardIdentity identity)
    {
        var path = Path.GetFullPath(ShardFiles.Output(output, shard));
        var manifestPath = ShardFiles.Manifest(path);
        if (File.Exists(manifestPath))
        {
            if (TryReadFinished(manifestPath, path, shard, identity) is { } done) return new ShardJob(path, shard, identity, done);
            File.Delete(manifestPath);
        }
        return new ShardJob(path, shard, identity, null);
    }

    /// <summary>Writes the manifest (atomically, after the output is in place).</summary>
    public ShardManifest Complete(long items, long graphs, IReadOnlyList<long>? order = null)
    {
        var info = new FileInfo(OutputPath);
        var manifest = new ShardManifest(Identity, Shard, info.Name, info.Length, FileHashes.Sha256(OutputPath), items, graphs,
            _started, DateTimeOffset.UtcNow, Environment.MachineName, order);
        using var file = Writing.AtomicFile.Create(ManifestPath);
        file.Stream.Write(manifest.ToJsonBytes());
        file.Commit();
        return manifest;
    }

    private static ShardManifest? TryReadFinished(string manifestPath, string outputPath, ShardSpec shard, ShardIdentity identity)
    {
        ShardManifest manifest;
        try { manifest = ShardManifest.Read(manifestPath); }
        catch (InvalidDataException) { return null; }
        var info = new FileInfo(outputPath);
        var same = manifest.Shard == shard && manifest.Identity.ToJson() == identity.ToJson()
            && info.Exists && info.Length == manifest.OutputBytes && FileHashes.Sha256(outputPath) == manifest.OutputSha256;
        return same ? manifest : null;
    }
}

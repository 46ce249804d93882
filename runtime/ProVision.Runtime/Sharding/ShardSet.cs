using System.Globalization;

namespace ProVision.Runtime.Sharding;

/// <summary>A merge that cannot go ahead: the message names the shard and says how to fix it.</summary>
public sealed class ShardMergeException(string message) : Exception(message);

/// <summary>One finished shard: its output and the manifest that vouches for it.</summary>
public sealed record FinishedShard(ShardSpec Shard, string OutputPath, ShardManifest Manifest);

/// <summary>
/// The shards of one job found in a folder, checked before anything is merged: every index 1..n present once, each
/// with its manifest, all manifests of one job (same command, format, pack, options, seed and inputs), and each
/// output matching the size and SHA-256 its manifest recorded.
/// </summary>
public sealed class ShardSet
{
    private ShardSet(string folder, string stem, string extension, IReadOnlyList<FinishedShard> shards)
    {
        Folder = folder;
        Stem = stem;
        Extension = extension;
        Shards = shards;
    }

    public string Folder { get; }
    public string Stem { get; }
    public string Extension { get; }
    public IReadOnlyList<FinishedShard> Shards { get; }
    public ShardIdentity Identity => Shards[0].Manifest.Identity;

    /// <summary>The unsharded output the job was started with (<c>--out</c>).</summary>
    public string UnshardedOutput => Path.Combine(Folder, Stem + Extension);

    /// <summary>Finds and checks the shards in <paramref name="folder"/>; <paramref name="name"/> picks one job when the folder holds several (e.g. "items.jsonl").</summary>
    /// <exception cref="ShardMergeException">A shard is missing, unfinished, duplicated, of another job, or changed since it finished.</exception>
    public static ShardSet Find(string folder, string? name = null)
    {
        if (!Directory.Exists(folder)) throw new ShardMergeException($"{folder}: no such folder");
        folder = Path.GetFullPath(folder);
        var outputs = new List<(string Path, string Stem, string Extension, ShardSpec Shard)>();
        var manifests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var file = Path.GetFileName(path);
            if (file.StartsWith('.')) continue; // work and temporary files of unfinished runs
            var isManifest = file.EndsWith(ShardFiles.ManifestSuffix, StringComparison.Ordinal);
            var outputName = isManifest ? file[..^ShardFiles.ManifestSuffix.Length] : file;
            if (!ShardFiles.TryParse(outputName, out var stem, out var extension, out var shard)) continue;
            if (isManifest) manifests.Add(Path.Combine(folder, outputName));
            else outputs.Add((path, stem, extension, shard));
        }
        foreach (var orphan in manifests.Where(m => !File.Exists(m)).Order(StringComparer.Ordinal))
            outputs.Add((orphan, Parse(orphan).Stem, Parse(orphan).Extension, Parse(orphan).Shard));

        var jobs = outputs.GroupBy(o => o.Stem + o.Extension, StringComparer.Ordinal).ToList();
        if (name is not null) jobs = [.. jobs.Where(j => j.Key == name)];
        if (jobs.Count == 0)
            throw new ShardMergeException(name is null ? $"{folder}: no shard files (NAME-00001-of-0000N.EXT) here" : $"{folder}: no shards of {name} here");
        if (jobs.Count > 1)
            throw new ShardMergeException($"{folder} holds the shards of {jobs.Count} outputs ({string.Join(", ", jobs.Select(j => j.Key).Order(StringComparer.Ordinal))}); say which with --name");

        var job = jobs[0].ToList();
        var counts = job.Select(o => o.Shard.Count).Distinct().Order().ToList();
        if (counts.Count > 1)
            throw new ShardMergeException($"{folder}: shards of {jobs[0].Key} were written with different shard counts ({string.Join(" and ", counts)}): one job's shards must agree; delete the shards of the other run");
        var count = counts[0];
        var (stemOf, extensionOf) = (job[0].Stem, job[0].Extension);

        var shards = new List<FinishedShard>();
        ShardManifest? first = null;
        for (var index = 1; index <= count; index++)
        {
            var spec = new ShardSpec(index, count);
            var output = Path.Combine(folder, Path.GetFileName(ShardFiles.Output(stemOf + extensionOf, spec)));
            var manifestPath = ShardFiles.Manifest(output);
            if (!File.Exists(output) && !File.Exists(manifestPath))
                throw Missing(folder, stemOf + extensionOf, spec, first, "is missing (no output and no manifest: it never ran or was lost)");
            if (!File.Exists(manifestPath))
                throw Missing(folder, stemOf + extensionOf, spec, first, $"did not finish ({Path.GetFileName(output)} has no manifest; a killed or running task?)");
            if (!File.Exists(output))
                throw Missing(folder, stemOf + extensionOf, spec, first, $"has a manifest but its output {Path.GetFileName(output)} is gone");
            ShardManifest manifest;
            try { manifest = ShardManifest.Read(manifestPath); }
            catch (InvalidDataException ex) { throw new ShardMergeException(ex.Message); }
            if (manifest.Shard != spec)
                throw new ShardMergeException($"{Path.GetFileName(manifestPath)} says it is shard {manifest.Shard}, not {spec}: a duplicated or renamed shard; delete it and re-run shard {spec}");
            first ??= manifest;
            if (DifferenceFrom(first.Identity, manifest.Identity) is { } difference)
                throw new ShardMergeException($"shard {spec} ({Path.GetFileName(output)}) belongs to another job than shard 1: {difference}; re-run it with the options of the others:\n  {RerunCommand(folder, stemOf + extensionOf, spec, first)}");
            var length = new FileInfo(output).Length;
            if (length != manifest.OutputBytes || FileHashes.Sha256(output) != manifest.OutputSha256)
                throw new ShardMergeException($"shard {spec}: {Path.GetFileName(output)} changed after it finished ({length} bytes, the manifest says {manifest.OutputBytes} with another SHA-256); re-run it:\n  {RerunCommand(folder, stemOf + extensionOf, spec, first)}");
            shards.Add(new FinishedShard(spec, output, manifest));
        }
        return new ShardSet(folder, stemOf, extensionOf, shards);
    }

    /// <summary>The command that re-runs one shard of the job, from a manifest's record of it.</summary>
    public static string RerunCommand(string folder, string outputName, ShardSpec shard, ShardManifest? like)
    {
        var output = Path.Combine(folder, outputName);
        if (like is null) return $"the job's command with --shard {shard} --out {output} (Slurm: sbatch --array={shard.ZeroBased} JOB_SCRIPT)";
        var identity = like.Identity;
        var inputs = string.Join(" ", identity.Inputs.Select(i => Quote(i.Path)));
        var flags = identity.Options.Where(o => o.Value is not ("" or "false")).Select(o => o.Value == "true" ? o.Key : $"{o.Key} {Quote(o.Value)}");
        var seed = identity.Seed is null ? "" : $" --seed {identity.Seed}";
        var head = identity.Command == "generate" ? $"provision generate --graphs {inputs}" : $"provision annotate {inputs}";
        return $"{head} {string.Join(" ", flags)}{seed} --shard {shard} --out {Quote(output)}   (Slurm: sbatch --array={shard.ZeroBased} JOB_SCRIPT)";
    }

    private static ShardMergeException Missing(string folder, string outputName, ShardSpec shard, ShardManifest? like, string what) =>
        new($"shard {shard} ({Path.GetFileName(ShardFiles.Output(outputName, shard))}) {what}; re-run it, then merge again:\n  {RerunCommand(folder, outputName, shard, like)}");

    private static string? DifferenceFrom(ShardIdentity a, ShardIdentity b)
    {
        if (a.Command != b.Command) return $"command {b.Command} vs {a.Command}";
        if (a.Format != b.Format) return $"format {b.Format} vs {a.Format}";
        if (a.PackHash != b.PackHash || a.PackName != b.PackName || a.PackVersion != b.PackVersion) return $"pack {b.PackName} {b.PackVersion} ({Short(b.PackHash)}) vs {a.PackName} {a.PackVersion} ({Short(a.PackHash)})";
        if (a.Seed != b.Seed) return $"seed {b.Seed} vs {a.Seed}";
        var options = b.Options.Zip(a.Options).FirstOrDefault(p => p.First.Key != p.Second.Key || p.First.Value != p.Second.Value);
        if (a.Options.Count != b.Options.Count || options.First.Key is not null) return options.First.Key is null ? "other options" : $"{options.First.Key} '{options.First.Value}' vs '{options.Second.Value}'";
        if (a.Inputs.Count != b.Inputs.Count) return $"{b.Inputs.Count} inputs vs {a.Inputs.Count}";
        var input = b.Inputs.Zip(a.Inputs).FirstOrDefault(p => p.First != p.Second);
        if (input.First is not null) return $"input {input.First.Path} ({input.First.Bytes} bytes, {Short(input.First.Hash)}) vs {input.Second.Path} ({input.Second.Bytes} bytes, {Short(input.Second.Hash)})";
        return null;
    }

    private static string Short(string? hash) => hash is null ? "none" : hash.Length > 24 ? hash[..24] + "…" : hash;

    private static (string Stem, string Extension, ShardSpec Shard) Parse(string path)
    {
        ShardFiles.TryParse(Path.GetFileName(path), out var stem, out var extension, out var shard);
        return (stem, extension, shard);
    }

    private static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "/._-,=:+@".Contains(c)) ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Shards.Count} shards of {Stem}{Extension} in {Folder}");
}

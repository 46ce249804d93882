using System.Globalization;

namespace ProVision.Cli.Jobs;

/// <summary>
/// The <c>provision generate|annotate ...</c> command a job runs once per shard, checked, and the merge that follows:
/// each task adds <c>--shard auto</c> (the engine's variables say which shard) and the merge reads the folder of
/// <c>--out</c>. See docs/scale-out.md.
/// </summary>
public sealed record JobPlan(string Name, int Shards, string Provision, IReadOnlyList<string> Command, string Output)
{
    public string Stage => Command[0];
    public string OutputFolder => Path.GetDirectoryName(Output) is { Length: > 0 } folder ? folder : ".";
    public string OutputName => Path.GetFileName(Output);

    /// <summary>Checks the per-shard command; null and a reason when it cannot be a job.</summary>
    public static JobPlan? TryCreate(string? name, int shards, string provision, IReadOnlyList<string> command, out string? problem)
    {
        problem = null;
        if (shards is < 1 or > Runtime.Sharding.ShardSpec.MaxCount) problem = $"--shards must be 1..{Runtime.Sharding.ShardSpec.MaxCount}";
        else if (command.Count == 0 || command[0] is not ("generate" or "annotate"))
            problem = "after --, give the command each shard runs: generate ... or annotate ... (e.g. -- generate --graphs /data/graphs.jsonl --out /data/out/items.jsonl)";
        else if (command.Any(a => a == "--shard" || a.StartsWith("--shard=", StringComparison.Ordinal) || a == "--shard-count"))
            problem = "leave --shard out of the command: each task takes its shard from the job engine";
        if (problem is not null) return null;

        var outIndex = command.ToList().FindIndex(a => a is "--out" or "-o");
        if (outIndex < 0 || outIndex + 1 >= command.Count)
        {
            problem = $"the {command[0]} command needs --out FILE (on the shared file system): shards are written beside it and merged into it";
            return null;
        }
        var output = command[outIndex + 1];
        var jobName = name ?? Path.GetFileNameWithoutExtension(output).ToLowerInvariant();
        if (!IsDnsLabel(jobName))
        {
            problem = $"job name '{jobName}' must be lower-case letters, digits and '-' (at most 50); pass --name";
            return null;
        }
        return new JobPlan(jobName, shards, provision, command, output);
    }

    /// <summary>The per-shard arguments: the command plus <c>--shard auto</c>, and <c>--threads</c> when it has none.</summary>
    public IReadOnlyList<string> ShardArguments(string? threads) =>
        [.. Command, "--shard", "auto", .. threads is not null && !Command.Contains("--threads") ? new[] { "--threads", threads } : []];

    public IReadOnlyList<string> MergeArguments => ["merge", OutputFolder, "--out", Output, "--name", OutputName];

    public string CountText => Shards.ToString(CultureInfo.InvariantCulture);

    private static bool IsDnsLabel(string text) =>
        text.Length is > 0 and <= 50 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]);
}

/// <summary>Quotes words for a POSIX shell.</summary>
public static class Shell
{
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "/._-,=:+@%".Contains(c)) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static string Join(IEnumerable<string> words) => string.Join(" ", words.Select(Quote));
}

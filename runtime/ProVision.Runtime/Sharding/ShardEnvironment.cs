using System.Globalization;

namespace ProVision.Runtime.Sharding;

/// <summary>What <see cref="ShardEnvironment.Resolve"/> decided: a shard (or none), a line to announce, or an error.</summary>
public sealed record ShardResolution(ShardSpec? Shard, string? Announcement, string? Error)
{
    public static ShardResolution None { get; } = new(null, null, null);
}

/// <summary>
/// Turns <c>--shard</c>, <c>--shard-count</c> and the job engine's variables into a shard. An explicit
/// <c>--shard i/n</c> wins; <c>--shard auto</c> requires the variables; with no <c>--shard</c> the variables are used
/// when present (and the caller announces it). Slurm: <c>SLURM_ARRAY_TASK_ID</c> with <c>SLURM_ARRAY_TASK_COUNT</c> (or
/// <c>_MIN</c>/<c>_MAX</c>); Kubernetes Indexed Jobs: <c>JOB_COMPLETION_INDEX</c>, whose count must be given by
/// <c>--shard-count</c> or <c>PROVISION_SHARD_COUNT</c>. See docs/scale-out.md.
/// </summary>
public static class ShardEnvironment
{
    public const string Auto = "auto";
    public const string CountVariable = "PROVISION_SHARD_COUNT";
    public const string SlurmId = "SLURM_ARRAY_TASK_ID";
    public const string SlurmCount = "SLURM_ARRAY_TASK_COUNT";
    public const string SlurmMin = "SLURM_ARRAY_TASK_MIN";
    public const string SlurmMax = "SLURM_ARRAY_TASK_MAX";
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";

    /// <summary>
    /// The shard for <paramref name="option"/> (<c>--shard</c>: null, "auto" or "i/n"), <paramref name="countOption"/>
    /// (<c>--shard-count</c>) and the environment as <paramref name="variable"/> reads it (tests pass their own).
    /// </summary>
    public static ShardResolution Resolve(string? option, int? countOption, Func<string, string?> variable)
    {
        if (option is not null && option != Auto)
        {
            if (!ShardSpec.TryParse(option, out var explicitShard))
                return new(null, null, $"--shard takes i/n with 1 <= i <= n <= {ShardSpec.MaxCount}, or 'auto'; found '{option}'");
            if (countOption is { } c && c != explicitShard.Count)
                return new(null, null, $"--shard {option} and --shard-count {c} disagree on the number of shards");
            return new(explicitShard, null, null);
        }

        var (shard, source, error) = FromVariables(countOption, variable);
        if (error is not null) return new(null, null, error);
        if (shard is null)
            return option == Auto
                ? new(null, null, $"--shard auto: none of {SlurmId} (a Slurm job array) or {KubernetesIndex} (a Kubernetes Indexed Job) is set; pass --shard i/n")
                : countOption is not null ? new(null, null, "--shard-count needs --shard auto inside a job array (or use --shard i/n)") : ShardResolution.None;
        var announcement = option == Auto ? null : $"sharding from the environment: shard {shard} ({source}); pass --shard i/n to override";
        return new(shard, announcement, null);
    }

    private static (ShardSpec? Shard, string? Source, string? Error) FromVariables(int? countOption, Func<string, string?> variable)
    {
        var slurm = variable(SlurmId);
        var kubernetes = variable(KubernetesIndex);
        if (slurm is null && kubernetes is null) return (null, null, null);
        if (slurm is not null && kubernetes is not null)
            return (null, null, $"both {SlurmId} and {KubernetesIndex} are set; pass --shard i/n to say which shard this is");

        if (!TryCount(countOption, variable, out var explicitCount, out var countError)) return (null, null, countError);
        if (kubernetes is not null)
        {
            if (!TryNumber(KubernetesIndex, kubernetes, out var index, out var error)) return (null, null, error);
            if (explicitCount is not { } count)
                return (null, null, $"{KubernetesIndex}={index} is set but not the number of shards: pass --shard-count N or set {CountVariable} (the Job's completions)");
            return Checked(index, count, $"{KubernetesIndex}={index} of {count}", "the Job's completions");
        }
        return FromSlurm(slurm!, explicitCount, variable);
    }

    /// <summary>
    /// With an explicit count the array ids are the 0-based shard indexes (so <c>sbatch --array=5</c> can re-run one
    /// shard); without one the count is the array's and the index is counted from its first id.
    /// </summary>
    private static (ShardSpec?, string?, string?) FromSlurm(string id, int? explicitCount, Func<string, string?> variable)
    {
        if (!TryNumber(SlurmId, id, out var taskId, out var error)) return (null, null, error);
        if (!TryOptionalNumber(SlurmMin, variable, out var min, out error) || !TryOptionalNumber(SlurmMax, variable, out var max, out error)
            || !TryOptionalNumber(SlurmCount, variable, out var arrayCount, out error)) return (null, null, error);
        if (explicitCount is { } count)
            return Checked(taskId, count, $"{SlurmId}={taskId} of {count}", $"--shard-count/{CountVariable}");

        var span = min is { } lo && max is { } hi ? hi - lo + 1 : (int?)null;
        if (arrayCount is { } n && span is { } s && n != s)
            return (null, null, $"the Slurm array has {n} tasks with ids {min}..{max} (a step or holes); submit --array=0-{n - 1}, or set {CountVariable}");
        if ((arrayCount ?? span) is not { } total)
            return (null, null, $"{SlurmId}={taskId} is set but not {SlurmCount} or {SlurmMin}/{SlurmMax}; pass --shard-count N or set {CountVariable}");
        var first = min ?? 0;
        return Checked(taskId - first, total, $"{SlurmId}={taskId} of {total}", "the array's size");
    }

    private static (ShardSpec?, string?, string?) Checked(int zeroBased, int count, string source, string countSource)
    {
        if (count < 1 || count > ShardSpec.MaxCount) return (null, null, $"{source}: the number of shards must be 1..{ShardSpec.MaxCount}");
        if (zeroBased < 0 || zeroBased >= count)
            return (null, null, $"{source}: index {zeroBased} is outside 0..{count - 1} ({countSource}); did the count change between shards of one job?");
        return (new ShardSpec(zeroBased + 1, count), source, null);
    }

    private static bool TryCount(int? countOption, Func<string, string?> variable, out int? count, out string? error)
    {
        count = null;
        error = null;
        var fromVariable = variable(CountVariable);
        int? fromEnvironment = null;
        if (fromVariable is not null)
        {
            if (!TryNumber(CountVariable, fromVariable, out var parsed, out error)) return false;
            fromEnvironment = parsed;
        }
        if (countOption is { } c && fromEnvironment is { } e && c != e)
        {
            error = $"--shard-count {c} and {CountVariable}={e} disagree";
            return false;
        }
        count = countOption ?? fromEnvironment;
        if (count is < 1) { error = $"the number of shards must be at least 1, found {count}"; return false; }
        return true;
    }

    private static bool TryOptionalNumber(string name, Func<string, string?> variable, out int? value, out string? error)
    {
        value = null;
        error = null;
        if (variable(name) is not { } text) return true;
        if (!TryNumber(name, text, out var parsed, out error)) return false;
        value = parsed;
        return true;
    }

    private static bool TryNumber(string name, string text, out int value, out string? error)
    {
        error = int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) ? null : $"{name}='{text}' is not a whole number >= 0";
        return error is null;
    }
}

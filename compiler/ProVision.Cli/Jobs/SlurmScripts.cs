using System.Text;

namespace ProVision.Cli.Jobs;

/// <summary>What the Slurm array asks for per task.</summary>
public sealed record SlurmResources(int CpusPerTask, string Memory, string Time, string? Partition, int Gpus, string Logs);

/// <summary>
/// The files <c>provision jobs slurm</c> writes: <c>shards.sbatch</c> (one array task per shard, requeued on node
/// failure), <c>merge.sbatch</c>, and <c>submit.sh</c>, which submits the array and then the merge with
/// <c>--dependency=afterok</c> on it.
/// </summary>
public static class SlurmScripts
{
    public static IReadOnlyList<(string Name, string Text)> Write(JobPlan plan, SlurmResources r)
    {
        var logs = Shell.Quote(r.Logs);
        var common = new StringBuilder()
            .Append($"#SBATCH --mem={r.Memory}\n")
            .Append($"#SBATCH --time={r.Time}\n")
            .Append(r.Partition is null ? "" : $"#SBATCH --partition={r.Partition}\n")
            .ToString();

        var shards = new StringBuilder()
            .Append("#!/bin/bash\n")
            .Append($"# Written by `provision jobs slurm`: one array task per shard of {plan.Output}. Submit with submit.sh (it queues the merge too);\n")
            .Append($"# re-run one lost shard i (0-based) with: sbatch --array=i shards.sbatch, then sbatch merge.sbatch.\n")
            .Append($"#SBATCH --job-name={plan.Name}\n")
            .Append($"#SBATCH --array=0-{plan.Shards - 1}\n")
            .Append($"#SBATCH --cpus-per-task={r.CpusPerTask}\n")
            .Append(common)
            .Append(r.Gpus > 0 ? $"#SBATCH --gres=gpu:{r.Gpus}\n" : "")
            .Append("#SBATCH --requeue\n")
            .Append($"#SBATCH --output={r.Logs}/{plan.Name}-%A_%a.out\n")
            .Append("set -euo pipefail\n")
            .Append("# The shard count travels with the script, so a re-submitted single task still knows it.\n")
            .Append($"export PROVISION_SHARD_COUNT={plan.CountText}\n")
            .Append($"exec {plan.Provision} {Shell.Join(plan.ShardArguments(null))}{(plan.Command.Contains("--threads") ? "" : " --threads \"${SLURM_CPUS_PER_TASK:-1}\"")}\n")
            .ToString();

        var merge = new StringBuilder()
            .Append("#!/bin/bash\n")
            .Append($"# Written by `provision jobs slurm`: merges the shards of {plan.Output} once all have succeeded.\n")
            .Append($"#SBATCH --job-name={plan.Name}-merge\n")
            .Append("#SBATCH --cpus-per-task=1\n")
            .Append(common)
            .Append($"#SBATCH --output={r.Logs}/{plan.Name}-merge-%j.out\n")
            .Append("set -euo pipefail\n")
            .Append($"exec {plan.Provision} {Shell.Join(plan.MergeArguments)}\n")
            .ToString();

        var submit = new StringBuilder()
            .Append("#!/bin/bash\n")
            .Append("# Written by `provision jobs slurm`: submits the shard array, then the merge to run after every task succeeded.\n")
            .Append("set -euo pipefail\n")
            .Append("cd \"$(dirname \"$0\")\"\n")
            .Append($"mkdir -p {logs}\n")
            .Append("array=$(sbatch --parsable shards.sbatch)\n")
            .Append("array=${array%%;*}\n")
            .Append("merge=$(sbatch --parsable --dependency=afterok:\"$array\" merge.sbatch)\n")
            .Append("merge=${merge%%;*}\n")
            .Append($"echo \"submitted {plan.Shards} shards as array job $array and the merge as job $merge\"\n")
            .ToString();

        return [("shards.sbatch", shards), ("merge.sbatch", merge), ("submit.sh", submit)];
    }
}

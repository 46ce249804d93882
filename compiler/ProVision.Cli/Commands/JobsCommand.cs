using System.CommandLine;
using ProVision.Cli.Jobs;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision jobs slurm|k8s</c>: writes the job files that run a generate/annotate command as N shards on Slurm or
/// Kubernetes and then merge them (see docs/scale-out.md). Nothing is submitted.
/// </summary>
public static class JobsCommand
{
    private sealed class Common
    {
        public Option<int> Shards { get; } = new("--shards") { Description = "Number of shards (array tasks / completions).", Required = true };
        public Option<string?> Name { get; } = new("--name") { Description = "Job name (default: the output's file stem)." };
        public Option<string> Dir { get; } = new("--dir") { Description = "Folder to write the job files to.", DefaultValueFactory = _ => "." };
        public Option<string> Provision { get; } = new("--provision") { Description = "How a task starts the CLI (e.g. /opt/provision/provision, or 'dotnet /opt/provision/provision.dll').", DefaultValueFactory = _ => "provision" };
        public Argument<string[]> Command { get; } = new("command") { Description = "After --: the generate or annotate command each shard runs (without --shard).", Arity = ArgumentArity.OneOrMore };

        public void AddTo(Command command)
        {
            command.Add(Shards);
            command.Add(Name);
            command.Add(Dir);
            command.Add(Provision);
            command.Add(Command);
        }

        public JobPlan? Plan(CliConsole console, ParseResult r, string? provision = null)
        {
            var plan = JobPlan.TryCreate(r.GetValue(Name), r.GetValue(Shards), provision ?? r.GetValue(Provision)!, r.GetValue(Command) ?? [], out var problem);
            if (problem is not null) console.Error.WriteLine($"error: {problem}");
            return plan;
        }
    }

    public static Command Create(CliConsole console)
    {
        var command = new Command("jobs", "Write the files that run a generate or annotate command as shards on Slurm or Kubernetes, then merge them.");
        command.Add(Slurm(console));
        command.Add(Kubernetes(console));
        return command;
    }

    private static Command Slurm(CliConsole console)
    {
        var common = new Common();
        var cpus = new Option<int>("--cpus-per-task") { Description = "CPUs per array task (also the task's --threads).", DefaultValueFactory = _ => 4 };
        var mem = new Option<string>("--mem") { Description = "Memory per task (sbatch --mem).", DefaultValueFactory = _ => "8G" };
        var time = new Option<string>("--time") { Description = "Time limit per task (sbatch --time).", DefaultValueFactory = _ => "04:00:00" };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition." };
        var gpus = new Option<int>("--gpus") { Description = "GPUs per task (--gres=gpu:N; for annotate --device cuda).", DefaultValueFactory = _ => 0 };
        var logs = new Option<string?>("--logs") { Description = "Folder for the tasks' logs (default: DIR/logs)." };
        var command = new Command("slurm", "Write shards.sbatch (a job array, one task per shard, --requeue), merge.sbatch and submit.sh (merge after the array with --dependency=afterok).") { cpus, mem, time, partition, gpus, logs };
        common.AddTo(command);
        command.SetAction(r =>
        {
            if (common.Plan(console, r) is not { } plan) return ExitCodes.Usage;
            if (r.GetValue(cpus) < 1 || r.GetValue(gpus) < 0) { console.Error.WriteLine("error: --cpus-per-task must be at least 1 and --gpus not negative"); return ExitCodes.Usage; }
            var dir = r.GetValue(common.Dir)!;
            var resources = new SlurmResources(r.GetValue(cpus), r.GetValue(mem)!, r.GetValue(time)!, r.GetValue(partition), r.GetValue(gpus), r.GetValue(logs) ?? Path.Combine(Path.GetFullPath(dir), "logs"));
            return WriteAll(console, dir, SlurmScripts.Write(plan, resources), $"submit with: {Path.Combine(dir, "submit.sh")}");
        });
        return command;
    }

    private static Command Kubernetes(CliConsole console)
    {
        var common = new Common();
        var image = new Option<string>("--image") { Description = "Container image with the CLI (see Dockerfile).", Required = true };
        var claim = new Option<string>("--pvc") { Description = "PersistentVolumeClaim of the shared file system (inputs, models, outputs).", Required = true };
        var mount = new Option<string>("--mount") { Description = "Where the claim is mounted in the pods; paths in the command live under it.", DefaultValueFactory = _ => "/data" };
        var cpu = new Option<string>("--cpu") { Description = "CPU request and limit per pod (also the shard's --threads).", DefaultValueFactory = _ => "4" };
        var memory = new Option<string>("--memory") { Description = "Memory request and limit per pod.", DefaultValueFactory = _ => "8Gi" };
        var gpus = new Option<int>("--gpus") { Description = "nvidia.com/gpu per shard pod (for annotate --device cuda).", DefaultValueFactory = _ => 0 };
        var parallelism = new Option<int?>("--parallelism") { Description = "Pods at once (default: all shards)." };
        var backoff = new Option<int>("--backoff-limit-per-index") { Description = "Retries of one shard before it counts as failed.", DefaultValueFactory = _ => 3 };
        var ns = new Option<string?>("--namespace") { Description = "Namespace of the Jobs." };
        var command = new Command("k8s", "Write shards.yaml (an Indexed Job, one completion per shard) and merge.yaml (the Job that merges them).") { image, claim, mount, cpu, memory, gpus, parallelism, backoff, ns };
        common.AddTo(command);
        command.SetAction(r =>
        {
            if (common.Plan(console, r) is not { } plan) return ExitCodes.Usage;
            var pods = r.GetValue(parallelism) ?? plan.Shards;
            if (pods < 1 || r.GetValue(backoff) < 0 || r.GetValue(gpus) < 0) { console.Error.WriteLine("error: --parallelism must be at least 1, --backoff-limit-per-index and --gpus not negative"); return ExitCodes.Usage; }
            var resources = new KubernetesResources(r.GetValue(image)!, r.GetValue(claim)!, r.GetValue(mount)!, r.GetValue(cpu)!, r.GetValue(memory)!, r.GetValue(gpus), pods, r.GetValue(backoff), r.GetValue(ns));
            var dir = r.GetValue(common.Dir)!;
            return WriteAll(console, dir, KubernetesJobs.Write(plan, resources),
                $"run with: kubectl apply -f {Path.Combine(dir, "shards.yaml")} && kubectl wait --for=condition=complete --timeout=24h job/{plan.Name}-shards && kubectl apply -f {Path.Combine(dir, "merge.yaml")}");
        });
        return command;
    }

    private static int WriteAll(CliConsole console, string dir, IReadOnlyList<(string Name, string Text)> files, string next)
    {
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllText(path, text);
            if (!OperatingSystem.IsWindows() && (name.EndsWith(".sh", StringComparison.Ordinal) || name.EndsWith(".sbatch", StringComparison.Ordinal)))
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute);
            console.Out.WriteLine($"wrote {path}");
        }
        console.Out.WriteLine(next);
        return ExitCodes.Ok;
    }
}

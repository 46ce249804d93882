using System.Diagnostics;
using System.Security.Cryptography;
using k8s;
using k8s.Models;

namespace ProVision.Cli.Tests;

/// <summary>
/// <c>provision jobs slurm|k8s</c>: the written files say what docs/scale-out.md promises, the Kubernetes YAML parses
/// with the official client's models, and the Indexed Job's shards, run as local processes with
/// <c>JOB_COMPLETION_INDEX</c> set, merge to one run's bytes. (tests/slurm/run.sh runs the Slurm files on real Slurm.)
/// </summary>
public sealed class JobsCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Graphs() => _dir.Write(Directory.CreateDirectory(_dir.File("data")).Name + "/graphs.jsonl", string.Join("\n", Enumerable.Range(0, 40).Select(i =>
        $"{{'image_id': 'g{i}', 'width': 100, 'height': 100, 'objects': [{{'label': 'dog', 'box': [0, 0, {5 + i}, 5]}}, {{'label': 'cup', 'box': [50, 0, 60, {5 + i}]}}]}}")) + "\n");

    private string Read(string name) => File.ReadAllText(_dir.File(name));

    [Fact]
    public void Slurm_files_are_an_array_with_requeue_and_a_merge_that_waits_for_it()
    {
        var (code, stdout, stderr) = CliRunner.Run("jobs", "slurm", "--shards", "16", "--cpus-per-task", "8", "--mem", "16G", "--time", "02:00:00", "--partition", "cpu",
            "--dir", _dir.File("jobs"), "--logs", "/shared/logs", "--", "generate", "--graphs", "/shared/graphs.jsonl", "--out", "/shared/out/items.parquet", "--format", "parquet");

        Assert.True(code == 0, stderr);
        Assert.Contains("submit with:", stdout);
        var shards = Read("jobs/shards.sbatch");
        foreach (var line in new[] { "#SBATCH --job-name=items", "#SBATCH --array=0-15", "#SBATCH --cpus-per-task=8", "#SBATCH --mem=16G", "#SBATCH --time=02:00:00",
                     "#SBATCH --partition=cpu", "#SBATCH --requeue", "#SBATCH --output=/shared/logs/items-%A_%a.out", "export PROVISION_SHARD_COUNT=16",
                     "exec provision generate --graphs /shared/graphs.jsonl --out /shared/out/items.parquet --format parquet --shard auto --threads \"${SLURM_CPUS_PER_TASK:-1}\"" })
            Assert.Contains(line + "\n", shards);
        Assert.Contains("exec provision merge /shared/out --out /shared/out/items.parquet --name items.parquet\n", Read("jobs/merge.sbatch"));
        var submit = Read("jobs/submit.sh");
        Assert.Contains("array=$(sbatch --parsable shards.sbatch)", submit);
        Assert.Contains("sbatch --parsable --dependency=afterok:\"$array\" merge.sbatch", submit);
        if (!OperatingSystem.IsWindows()) Assert.True(File.GetUnixFileMode(_dir.File("jobs/submit.sh")).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Kubernetes_yaml_parses_into_an_indexed_job_and_a_merge_job()
    {
        var (code, _, stderr) = CliRunner.Run("jobs", "k8s", "--shards", "8", "--parallelism", "3", "--image", "registry.local/provision:0.1", "--pvc", "datasets",
            "--mount", "/data", "--cpu", "2500m", "--memory", "6Gi", "--gpus", "1", "--backoff-limit-per-index", "2", "--namespace", "vision", "--dir", _dir.File("k8s"),
            "--", "annotate", "/data/images", "--device", "cuda", "--out", "/data/out/graphs.jsonl");
        Assert.True(code == 0, stderr);

        var job = KubernetesYaml.Deserialize<V1Job>(Read("k8s/shards.yaml"));

        Assert.Equal(("batch/v1", "Job", "graphs-shards", "vision"), (job.ApiVersion, job.Kind, job.Metadata.Name, job.Metadata.NamespaceProperty));
        Assert.Equal(("Indexed", 8, 3, 2), (job.Spec.CompletionMode, job.Spec.Completions ?? -1, job.Spec.Parallelism ?? -1, job.Spec.BackoffLimitPerIndex ?? -1));
        var pod = job.Spec.Template.Spec;
        Assert.Equal("Never", pod.RestartPolicy);
        var container = Assert.Single(pod.Containers);
        Assert.Equal("registry.local/provision:0.1", container.Image);
        Assert.Equal(new[] { "provision" }, container.Command);
        Assert.Equal(new[] { "annotate", "/data/images", "--device", "cuda", "--out", "/data/out/graphs.jsonl", "--shard", "auto", "--threads", "2" }, container.Args);
        Assert.Equal("8", Assert.Single(container.Env, e => e.Name == "PROVISION_SHARD_COUNT").Value);
        Assert.Equal("/data", Assert.Single(container.VolumeMounts).MountPath);
        Assert.Equal("datasets", Assert.Single(pod.Volumes).PersistentVolumeClaim.ClaimName);
        Assert.Equal("2500m", container.Resources.Requests["cpu"].ToString());
        Assert.Equal("6Gi", container.Resources.Limits["memory"].ToString());
        Assert.Equal("1", container.Resources.Limits["nvidia.com/gpu"].ToString());

        var merge = KubernetesYaml.Deserialize<V1Job>(Read("k8s/merge.yaml"));
        Assert.Equal("graphs-merge", merge.Metadata.Name);
        Assert.Null(merge.Spec.CompletionMode);
        var mergeContainer = Assert.Single(merge.Spec.Template.Spec.Containers);
        Assert.Equal(new[] { "merge", "/data/out", "--out", "/data/out/graphs.jsonl", "--name", "graphs.jsonl" }, mergeContainer.Args);
        Assert.False(mergeContainer.Resources.Limits.ContainsKey("nvidia.com/gpu"));
    }

    [Theory]
    [InlineData("no command", new[] { "--shards", "2" }, "")]
    [InlineData("other command", new[] { "--shards", "2", "--", "check", "x" }, "give the command each shard runs")]
    [InlineData("shard given", new[] { "--shards", "2", "--", "generate", "--graphs", "g", "--out", "o.jsonl", "--shard", "1/2" }, "leave --shard out")]
    [InlineData("no --out", new[] { "--shards", "2", "--", "generate", "--graphs", "g" }, "needs --out FILE")]
    [InlineData("zero shards", new[] { "--shards", "0", "--", "generate", "--graphs", "g", "--out", "o.jsonl" }, "--shards must be")]
    [InlineData("bad name", new[] { "--shards", "2", "--name", "My Job", "--", "generate", "--graphs", "g", "--out", "o.jsonl" }, "lower-case letters")]
    public void Bad_job_requests_are_clear_errors(string _, string[] args, string expected)
    {
        var (code, _, stderr) = CliRunner.Run(["jobs", "slurm", "--dir", _dir.File("jobs"), .. args]);
        Assert.Equal(1, code);
        Assert.Contains(expected, stderr);
        Assert.False(File.Exists(_dir.File("jobs/shards.sbatch")));
    }

    [Fact]
    public async Task The_indexed_jobs_shards_run_as_local_processes_with_JOB_COMPLETION_INDEX_merge_to_one_run()
    {
        var graphs = Graphs();
        var output = _dir.File("data/out/items.jsonl");
        string[] command = ["generate", "--graphs", graphs, "--per-image", "all", "--seed", "9", "--out", output];
        Assert.Equal(0, CliRunner.Run(["jobs", "k8s", "--shards", "3", "--image", "provision:test", "--pvc", "data", "--cpu", "1", "--dir", _dir.File("k8s"), "--", .. command]).Code);
        var job = KubernetesYaml.Deserialize<V1Job>(Read("k8s/shards.yaml"));
        var container = job.Spec.Template.Spec.Containers[0];

        var processes = Enumerable.Range(0, job.Spec.Completions!.Value).Select(index =>
        {
            var start = Cli(container.Args);
            foreach (var variable in container.Env) start.Environment[variable.Name] = variable.Value;
            start.Environment["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Process.Start(start)!;
        }).ToList();
        foreach (var (process, index) in processes.Select((p, i) => (p, i)))
        {
            var (stdout, stderr) = await Finish(process);
            Assert.True(process.ExitCode == 0, stderr);
            Assert.Contains($"items-{index + 1:D5}-of-00003.jsonl", stdout); // --shard auto: the shard came from JOB_COMPLETION_INDEX
        }
        using (var process = Process.Start(Cli(KubernetesYaml.Deserialize<V1Job>(Read("k8s/merge.yaml")).Spec.Template.Spec.Containers[0].Args))!)
        {
            var (stdout, stderr) = await Finish(process);
            Assert.True(process.ExitCode == 0, stderr);
            Assert.Contains("merged 3 shards", stdout);
        }

        Assert.Equal(0, CliRunner.Run([.. command[..^1], _dir.File("single.jsonl")]).Code);
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(_dir.File("single.jsonl"))), SHA256.HashData(File.ReadAllBytes(output)));
    }

    /// <summary>Waits for a child process (eight minutes at most: three of them may compile the built-in pack at once on a loaded machine) and returns what it printed.</summary>
    private static async Task<(string Out, string Err)> Finish(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new Xunit.Sdk.XunitException($"{process.StartInfo.ArgumentList[1]} hung for eight minutes");
        }
        return (await stdout, await stderr);
    }

    /// <summary>The CLI as a child process (dotnet provision.dll ARGS), as a pod would start it.</summary>
    private static ProcessStartInfo Cli(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "PROVISION_SHARD_COUNT" }) start.Environment.Remove(name);
        return start;
    }
}

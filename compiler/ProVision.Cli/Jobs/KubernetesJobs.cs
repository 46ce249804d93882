using System.Globalization;
using YamlDotNet.Serialization;

namespace ProVision.Cli.Jobs;

/// <summary>What each Kubernetes pod gets: the image, the shared volume, and resources.</summary>
public sealed record KubernetesResources(string Image, string Claim, string MountPath, string Cpu, string Memory, int Gpus, int Parallelism, int BackoffLimitPerIndex, string? Namespace);

/// <summary>
/// The files <c>provision jobs k8s</c> writes: <c>shards.yaml</c>, an Indexed Job with one completion per shard
/// (<c>JOB_COMPLETION_INDEX</c> picks the shard, <c>PROVISION_SHARD_COUNT</c> carries the count), and <c>merge.yaml</c>,
/// the Job to apply once the first has completed (<c>kubectl wait --for=condition=complete</c>).
/// </summary>
public static class KubernetesJobs
{
    public static IReadOnlyList<(string Name, string Text)> Write(JobPlan plan, KubernetesResources r)
    {
        var threads = ThreadsFor(r.Cpu);
        var shards = Job($"{plan.Name}-shards", plan, r, new Dictionary<string, object>
        {
            ["completionMode"] = "Indexed",
            ["completions"] = plan.Shards,
            ["parallelism"] = Math.Min(r.Parallelism, plan.Shards),
            ["backoffLimitPerIndex"] = r.BackoffLimitPerIndex,
            ["template"] = Template(plan, r, plan.ShardArguments(threads), r.Gpus, [new Dictionary<string, object> { ["name"] = "PROVISION_SHARD_COUNT", ["value"] = plan.CountText }]),
        });
        var merge = Job($"{plan.Name}-merge", plan, r, new Dictionary<string, object>
        {
            ["completions"] = 1,
            ["backoffLimit"] = 2,
            ["template"] = Template(plan, r, plan.MergeArguments, 0, []),
        });
        return [("shards.yaml", Serialize(shards)), ("merge.yaml", Serialize(merge))];
    }

    private static Dictionary<string, object> Job(string name, JobPlan plan, KubernetesResources r, Dictionary<string, object> spec)
    {
        var metadata = new Dictionary<string, object> { ["name"] = name, ["labels"] = new Dictionary<string, object> { ["app.kubernetes.io/name"] = "provision", ["provision/job"] = plan.Name } };
        if (r.Namespace is not null) metadata["namespace"] = r.Namespace;
        return new Dictionary<string, object> { ["apiVersion"] = "batch/v1", ["kind"] = "Job", ["metadata"] = metadata, ["spec"] = spec };
    }

    private static Dictionary<string, object> Template(JobPlan plan, KubernetesResources r, IReadOnlyList<string> args, int gpus, List<object> env)
    {
        var requests = new Dictionary<string, object> { ["cpu"] = r.Cpu, ["memory"] = r.Memory };
        var limits = new Dictionary<string, object> { ["cpu"] = r.Cpu, ["memory"] = r.Memory };
        if (gpus > 0) limits["nvidia.com/gpu"] = gpus.ToString(CultureInfo.InvariantCulture);
        var container = new Dictionary<string, object>
        {
            ["name"] = "provision",
            ["image"] = r.Image,
            ["command"] = new List<object> { plan.Provision },
            ["args"] = args.Cast<object>().ToList(),
            ["resources"] = new Dictionary<string, object> { ["requests"] = requests, ["limits"] = limits },
            ["volumeMounts"] = new List<object> { new Dictionary<string, object> { ["name"] = "data", ["mountPath"] = r.MountPath } },
        };
        if (env.Count > 0) container["env"] = env;
        return new Dictionary<string, object>
        {
            ["metadata"] = new Dictionary<string, object> { ["labels"] = new Dictionary<string, object> { ["provision/job"] = plan.Name } },
            ["spec"] = new Dictionary<string, object>
            {
                // backoffLimitPerIndex needs Never: a failed pod is retried as a new pod of the same index.
                ["restartPolicy"] = "Never",
                ["containers"] = new List<object> { container },
                ["volumes"] = new List<object> { new Dictionary<string, object> { ["name"] = "data", ["persistentVolumeClaim"] = new Dictionary<string, object> { ["claimName"] = r.Claim } } },
            },
        };
    }

    /// <summary>Whole cores of a CPU quantity ("4", "2500m" -> 2), at least 1; null when it is not a plain quantity.</summary>
    private static string? ThreadsFor(string cpu)
    {
        double cores;
        if (cpu.EndsWith('m') && double.TryParse(cpu[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var milli)) cores = milli / 1000;
        else if (!double.TryParse(cpu, NumberStyles.Float, CultureInfo.InvariantCulture, out cores)) return null;
        return Math.Max(1, (int)cores).ToString(CultureInfo.InvariantCulture);
    }

    private static string Serialize(object document) =>
        "# Written by `provision jobs k8s`; see docs/scale-out.md.\n" +
        new SerializerBuilder().WithQuotingNecessaryStrings().Build().Serialize(document);
}

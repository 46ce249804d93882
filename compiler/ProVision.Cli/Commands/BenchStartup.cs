using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ProVision.Compiler.Compilation;
using ProVision.Runtime.Synthetic;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench startup</c>: process start to the first graph of <c>provision generate --pack builtin</c> over
/// one real-like graph, cold (empty pack cache: extraction, front end, Roslyn) and warm (the cache the cold run
/// filled), each in a fresh process. The child marks its phases (<see cref="StartupTrace"/>); the parent adds the
/// whole process's wall clock and CPU (user + system of the reaped child). With <c>--baseline</c> another build's
/// <c>provision</c> runs alternately in the same minutes (it reports only wall and CPU unless it traces too).
/// </summary>
public static class BenchStartup
{
    public sealed record Settings(int Runs, string? Baseline);

    public static Command Create(CliConsole console)
    {
        var runs = new Option<int>("--runs") { Description = "Cold and warm runs per build (medians are printed).", DefaultValueFactory = _ => 5 };
        var baseline = new Option<string?>("--baseline") { Description = "Another build's provision (executable or .dll), run alternately as the baseline." };
        var command = new Command("startup", "Process start to first graph of `provision generate`, cold (empty pack cache) and warm, by phase.") { runs, baseline };
        command.SetAction(result => Run(console, new Settings(Math.Max(1, result.GetValue(runs)), result.GetValue(baseline))));
        return command;
    }

    public static int Run(CliConsole console, Settings settings)
    {
        if (settings.Baseline is { } b && !File.Exists(b))
        {
            console.Error.WriteLine($"error: --baseline {b}: no such file");
            return ExitCodes.Usage;
        }
        var folder = Directory.CreateTempSubdirectory("provision-bench-startup-");
        try
        {
            var graph = Path.Combine(folder.FullName, "graph.jsonl");
            using (var writer = new StreamWriter(graph)) RealLikeGraphWriter.Write(writer, 1);
            var builds = new List<Build> { new("this build", ThisBuild(), Path.Combine(folder.FullName, "this")) };
            if (settings.Baseline is { } baseline) builds.Insert(0, new Build("baseline", LauncherFor(baseline), Path.Combine(folder.FullName, "baseline")));
            console.Out.WriteLine($"generate --pack builtin over 1 real-like graph, {settings.Runs} cold and warm runs per build, alternating; load average {BenchMemory.LoadAverage()}");

            for (var run = 0; run < settings.Runs; run++)
            {
                foreach (var cold in new[] { true, false })
                {
                    foreach (var build in builds)
                    {
                        if (cold && Directory.Exists(build.Root)) Directory.Delete(build.Root, recursive: true);
                        var outcome = RunOnce(build, graph, folder.FullName);
                        if (outcome is null)
                        {
                            console.Error.WriteLine($"error: {build.Name}'s generate failed:\n{build.LastError}");
                            return ExitCodes.InternalError;
                        }
                        (cold ? build.Cold : build.Warm).Add(outcome);
                    }
                }
            }
            foreach (var build in builds)
            {
                Print(console, build.Name, "cold", build.Cold);
                Print(console, build.Name, "warm", build.Warm);
            }
            console.Out.WriteLine($"load average {BenchMemory.LoadAverage()} at the end");
            return ExitCodes.Ok;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private sealed record Launcher(string FileName, string[] Prefix);

    private sealed class Build(string name, Launcher launcher, string root)
    {
        public string Name => name;
        public Launcher Launcher => launcher;
        public string Root => root;
        public List<Outcome> Cold { get; } = [];
        public List<Outcome> Warm { get; } = [];
        public string LastError { get; set; } = "";
    }

    // Phases as the child marked them: the time since the previous mark, wall, CPU and the JIT's share of it, and the
    // methods jitted in it (absent, 0, from a baseline build whose trace has no such figure); then the whole process.
    private sealed record Outcome(List<(string Phase, double WallMs, double CpuMs, double JitMs, double JitMethods)> Phases, double WallMs, double CpuMs);

    private static Launcher ThisBuild()
    {
        var host = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new Launcher(host, [typeof(CliApp).Assembly.Location])
            : new Launcher(host, []);
    }

    private static Launcher LauncherFor(string path) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new Launcher("dotnet", [Path.GetFullPath(path)]) : new Launcher(Path.GetFullPath(path), []);

    private static Outcome? RunOnce(Build build, string graph, string work)
    {
        var start = new ProcessStartInfo(build.Launcher.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        foreach (var arg in build.Launcher.Prefix) start.ArgumentList.Add(arg);
        foreach (var arg in new[] { "generate", "--pack", "builtin", "--graphs", graph, "--threads", "1", "--out", Path.Combine(work, "out.jsonl") })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment[PackCache.EnvironmentVariable] = Path.Combine(build.Root, "cache");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(build.Root, "config");
        var cpuBefore = ChildrenCpuMs();
        var origin = Stopwatch.GetTimestamp();
        start.Environment[StartupTrace.EnvironmentVariable] = origin.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = Stopwatch.GetElapsedTime(origin).TotalMilliseconds;
        var cpu = ChildrenCpuMs() - cpuBefore;
        if (process.ExitCode != 0)
        {
            build.LastError = stderr.Result;
            return null;
        }
        return new Outcome(WithExit(Phases(stderr.Result), wall, cpu), wall, cpu);
    }

    // The process's end after its last mark (returning from the command, the runtime's shutdown), so that the phases
    // add up to the whole process; absent when the child marked nothing.
    private static List<(string, double, double, double, double)> WithExit(List<(string Phase, double WallMs, double CpuMs, double, double)> phases, double wall, double cpu)
    {
        if (phases.Count > 0)
        {
            phases.Add((ExitPhase, wall - phases.Sum(p => p.WallMs), cpu - phases.Sum(p => p.CpuMs), 0, 0));
        }
        return phases;
    }

    /// <summary>The phase the bench adds: from the child's last mark to its end as the parent saw it.</summary>
    internal const string ExitPhase = "exit";

    private static List<(string, double, double, double, double)> Phases(string stderr)
    {
        var phases = new List<(string, double, double, double, double)>();
        var line = stderr.Split('\n').FirstOrDefault(l => l.StartsWith(StartupTrace.LinePrefix, StringComparison.Ordinal));
        if (line is null) return phases;
        double lastWall = 0, lastCpu = 0, lastJit = 0, lastMethods = 0;
        foreach (var part in line[StartupTrace.LinePrefix.Length..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.LastIndexOf('=');
            var numbers = part[(equals + 1)..].Split('/');
            var wall = double.Parse(numbers[0], CultureInfo.InvariantCulture);
            var cpu = double.Parse(numbers[1], CultureInfo.InvariantCulture);
            var jit = numbers.Length > 2 ? double.Parse(numbers[2], CultureInfo.InvariantCulture) : 0;
            var methods = numbers.Length > 3 ? double.Parse(numbers[3], CultureInfo.InvariantCulture) : 0;
            phases.Add((part[..equals], wall - lastWall, cpu - lastCpu, jit - lastJit, methods - lastMethods));
            (lastWall, lastCpu, lastJit, lastMethods) = (wall, cpu, jit, methods);
        }
        return phases;
    }

    private static void Print(CliConsole console, string build, string mode, List<Outcome> outcomes)
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{build}, {mode}: whole process {Median(outcomes.Select(o => o.WallMs)):N0} ms wall, {Median(outcomes.Select(o => o.CpuMs)):N0} ms CPU (median of {outcomes.Count}; wall {string.Join(" ", outcomes.Select(o => o.WallMs.ToString("N0", CultureInfo.InvariantCulture)))})");
        // Phase names in first-seen order; a phase missing from a run (a hit has no Roslyn) counts as absent there.
        foreach (var phase in outcomes.SelectMany(o => o.Phases.Select(p => p.Phase)).Distinct())
        {
            var present = outcomes.Select(o => o.Phases.Where(p => p.Phase == phase).ToList()).Where(p => p.Count > 0).ToList();
            text.Append(CultureInfo.InvariantCulture,
                $"\n  {phase,-16} {Median(present.Select(p => p.Sum(x => x.WallMs))),7:N1} ms wall {Median(present.Select(p => p.Sum(x => x.CpuMs))),7:N1} ms CPU {Median(present.Select(p => p.Sum(x => x.JitMs))),7:N1} ms JIT {Median(present.Select(p => p.Sum(x => x.JitMethods))),5:N0} methods");
            if (present.Count < outcomes.Count) text.Append(CultureInfo.InvariantCulture, $" (in {present.Count} of {outcomes.Count} runs)");
        }
        console.Out.WriteLine(text.ToString());
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // User + system CPU of every child this process has reaped (Linux and macOS); 0 elsewhere.
    private static double ChildrenCpuMs()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return 0;
        return GetRusage(RusageChildren, out var usage) == 0
            ? (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0
            : 0;
    }

    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private readonly long _rest0, _rest1, _rest2, _rest3, _rest4, _rest5, _rest6, _rest7, _rest8, _rest9, _rest10, _rest11, _rest12, _rest13;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);
}

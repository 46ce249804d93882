using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ProVision.Compiler.Compilation;

/// <summary>
/// Phase marks from process start to the first graph, for <c>provision bench startup</c> (docs/performance.md#start-up).
/// Off unless the environment variable <see cref="EnvironmentVariable"/> holds the parent's
/// <see cref="Stopwatch.GetTimestamp"/> at spawn (a monotonic clock shared by processes on one machine), so the first
/// mark includes the runtime's own start. Off, a mark costs one field read.
/// </summary>
public static class StartupTrace
{
    /// <summary>The variable the bench sets in the child's environment.</summary>
    public const string EnvironmentVariable = "PROVISION_STARTUP_TRACE";

    /// <summary>The prefix of the line <see cref="Report"/> writes.</summary>
    public const string LinePrefix = "startup-trace:";

    private static readonly long s_origin = ReadOrigin();
    private static readonly List<(string Phase, double WallMs, double CpuMs, double JitMs)> s_marks = [];

    /// <summary>True when this process was started by the bench.</summary>
    public static bool Enabled => s_origin != 0;

    /// <summary>
    /// Records that <paramref name="phase"/> ended now: wall since spawn, the process's CPU so far, and the time the JIT
    /// has spent so far on all threads (what ahead-of-time code would save).
    /// </summary>
    public static void Mark(string phase)
    {
        if (s_origin == 0)
        {
            return;
        }
        var wall = Stopwatch.GetElapsedTime(s_origin).TotalMilliseconds;
        var cpu = Environment.CpuUsage.TotalTime.TotalMilliseconds;
        var jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        lock (s_marks)
        {
            s_marks.Add((phase, wall, cpu, jit));
        }
    }

    /// <summary>Writes the marks as one line (<c>startup-trace: phase=wall/cpu/jit;...</c>, milliseconds) when tracing.</summary>
    public static void Report(TextWriter writer)
    {
        if (s_origin == 0)
        {
            return;
        }
        var line = new StringBuilder(LinePrefix);
        lock (s_marks)
        {
            foreach (var (phase, wall, cpu, jit) in s_marks)
            {
                line.Append(CultureInfo.InvariantCulture, $" {phase}={wall:F1}/{cpu:F1}/{jit:F1};");
            }
        }
        writer.WriteLine(line.ToString());
    }

    private static long ReadOrigin() =>
        long.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var origin) ? origin : 0;
}

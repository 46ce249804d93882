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
    // A list of a class, not of a tuple: a tuple's list is generic code the JIT would compile during the first phase it measures.
    private static readonly List<PhaseMark> s_marks = [];

    /// <summary>True when this process was started by the bench.</summary>
    public static bool Enabled => s_origin != 0;

    /// <summary>
    /// Records that <paramref name="phase"/> ended now: wall since spawn, the process's CPU so far, and the time the JIT
    /// has spent so far on all threads and the methods it compiled (what ahead-of-time code would save; the count lets
    /// a <c>DOTNET_JitStdOutFile</c> list be cut into phases).
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
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        lock (s_marks)
        {
            s_marks.Add(new PhaseMark(phase, wall, cpu, jit, methods));
        }
    }

    /// <summary>
    /// Writes the marks as one line (<c>startup-trace: phase=wall/cpu/jit/methods;...</c>: milliseconds, then the count
    /// of methods jitted so far) when tracing.
    /// </summary>
    public static void Report(TextWriter writer)
    {
        if (s_origin == 0)
        {
            return;
        }
        var line = new StringBuilder(LinePrefix);
        lock (s_marks)
        {
            foreach (var mark in s_marks)
            {
                line.Append(CultureInfo.InvariantCulture, $" {mark.Phase}={mark.WallMs:F1}/{mark.CpuMs:F1}/{mark.JitMs:F1}/{mark.JitMethods};");
            }
        }
        writer.WriteLine(line.ToString());
    }

    private sealed record PhaseMark(string Phase, double WallMs, double CpuMs, double JitMs, long JitMethods);

    private static long ReadOrigin() =>
        long.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var origin) ? origin : 0;
}

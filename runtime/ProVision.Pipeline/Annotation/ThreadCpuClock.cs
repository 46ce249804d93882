using System.Runtime.InteropServices;

namespace ProVision.Pipeline.Annotation;

/// <summary>
/// CPU time of the calling thread (Linux <c>getrusage(RUSAGE_THREAD)</c>). On a machine shared with other work, wall
/// time inside a stage includes waiting for a core; CPU time does not, so stage costs stay comparable under load.
/// Elsewhere (or if the call fails) it reports nothing and only wall time is kept.
/// </summary>
public static class ThreadCpuClock
{
    private const int RusageThread = 1;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>User + system CPU time of this thread in microseconds, or null where it cannot be read.</summary>
    public static long? Microseconds()
    {
        if (s_unavailable) return null;
        try
        {
            // struct rusage starts with ru_utime and ru_stime (two timevals: seconds, microseconds); 18 longs cover it on 64-bit Linux.
            var usage = new long[18];
            if (GetRusage(RusageThread, usage) != 0) return null;
            return ((usage[0] + usage[2]) * 1_000_000) + usage[1] + usage[3];
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, [Out] long[] usage);
}

using System.Runtime;

namespace ProVision.Cli;

/// <summary>
/// The runtime's multicore JIT (<see cref="ProfileOptimization"/>) for a plain <c>generate</c> with the built-in pack
/// (the one <see cref="PackResolver.StartLoadingBuiltinFor"/> loads on a thread of its own): from the moment the
/// command asks for the pack, each such run records which methods it compiles or takes from the ReadyToRun images, and
/// the next one has a background thread prepare them in that order. From that moment the main thread waits for the
/// load thread and the first graph then runs on one thread, so on a 2-core machine one core is otherwise idle
/// (docs/performance.md#session-12-warm-start-and-the-multicore-jit).
/// </summary>
/// <remarks>
/// The profile sits beside the build's extraction folder, named by the same module version id, so another build never
/// plays it back. It changes when code is compiled, never what the code does: a missing, stale or unwritable profile
/// only means that the next start prepares nothing, or the wrong methods, in the background. Started earlier (at
/// <c>Main</c>) the background thread competed with the command line's parse and the pack's load for the two cores, and
/// the first graph's items came later than from here.
/// </remarks>
internal static class StartupJitProfile
{
    private static bool s_recording;

    /// <summary>The profile's file name beside the extraction folder named <paramref name="folderName"/>.</summary>
    internal static string FileNameFor(string folderName) => folderName + ".generate.jitprofile";

    /// <summary>Starts recording, and playing back the last run's profile (called once, where the main thread starts waiting for the pack).</summary>
    public static void Start()
    {
        ProfileOptimization.SetProfileRoot(PackResolver.BuiltinFoldersRoot());
        ProfileOptimization.StartProfile(FileNameFor(PackResolver.BuiltinFolderName()));
        s_recording = true;
    }

    /// <summary>
    /// Stops recording and writes the profile, when recording: at the multi-image half's start (its generators'
    /// code would be prepared for nothing at a start over one graph, which makes no multi-image items) and at the
    /// items' end (the card and the summary come after the items a start waits for).
    /// </summary>
    public static void Stop()
    {
        if (s_recording)
        {
            s_recording = false;
            ProfileOptimization.StartProfile(null);
        }
    }
}

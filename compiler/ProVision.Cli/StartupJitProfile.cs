using System.Runtime;

namespace ProVision.Cli;

/// <summary>
/// The runtime's multicore JIT (<see cref="ProfileOptimization"/>) for a plain <c>generate</c> with the built-in pack:
/// each such run records which methods it compiled or took from the ReadyToRun images, and the next one has a
/// background thread prepare them in that order on the core the start leaves idle (the main thread waits for the
/// pack's load, and the first graph runs on one thread), so the first graph finds most of its code ready
/// (docs/performance.md#session-12-warm-start-and-the-multicore-jit).
/// </summary>
/// <remarks>
/// The profile sits beside the build's extraction folder, named by the same module version id, so another build never
/// plays it back. It changes when code is compiled, never what the code does: a missing, stale or unwritable profile
/// only means the next start prepares nothing, or the wrong methods, in the background. Any other command, and a
/// <c>generate</c> that <see cref="PackResolver.StartLoadingBuiltinFor"/> does not load early, records nothing.
/// </remarks>
internal static class StartupJitProfile
{
    /// <summary>The profile's file name beside the extraction folder named <paramref name="folderName"/>.</summary>
    internal static string FileNameFor(string folderName) => folderName + ".generate.jitprofile";

    /// <summary>Starts recording (and playing back the last run's profile) when <paramref name="args"/> plainly run <c>generate</c> with the built-in pack.</summary>
    public static void StartFor(IReadOnlyList<string> args)
    {
        if (!PackResolver.GeneratesWithBuiltin(args))
        {
            return;
        }
        ProfileOptimization.SetProfileRoot(PackResolver.BuiltinFoldersRoot());
        ProfileOptimization.StartProfile(FileNameFor(PackResolver.BuiltinFolderName()));
        s_recording = true;
    }

    private static bool s_recording;

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

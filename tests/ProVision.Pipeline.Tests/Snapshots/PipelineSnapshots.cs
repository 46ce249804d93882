using ProVision.Pipeline.Tests.Models;
using ProVision.Testing.Snapshots;

namespace ProVision.Pipeline.Tests.Snapshots;

/// <summary>
/// Golden files of the pipeline tests (tests/ProVision.Pipeline.Tests/Snapshots/&lt;name&gt;.verified.txt), in the
/// repository's one convention (<see cref="TextSnapshot"/>: a difference writes <c>.received.txt</c> and fails with the
/// diff; <c>PROVISION_SET_BASELINE=1</c> accepts).
/// </summary>
internal static class PipelineSnapshots
{
    private static string Folder => Path.Combine(SharedData.RepoRoot, "tests", "ProVision.Pipeline.Tests", "Snapshots");

    /// <summary>Compares <paramref name="text"/> with the verified file <paramref name="name"/>.</summary>
    public static void Verify(string name, string text)
    {
        try
        {
            TextSnapshot.Verify(Folder, name, text);
        }
        catch (TextSnapshotException mismatch)
        {
            throw new Xunit.Sdk.XunitException(mismatch.Message);
        }
    }
}

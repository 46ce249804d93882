using ProVision.Testing.Snapshots;

namespace ProVision.Compiler.Tests.Infrastructure;

/// <summary>
/// Golden files of the compiler tests, in the repository's one convention (<see cref="TextSnapshot"/>):
/// <c>&lt;name&gt;.verified.txt</c> committed, <c>&lt;name&gt;.received.txt</c> written on a difference, and
/// <c>PROVISION_SET_BASELINE=1</c> to accept (docs/contributing.md, "Golden files").
/// </summary>
internal static class Baseline
{
    /// <summary>True when the run should rewrite golden files instead of comparing.</summary>
    public static bool IsUpdating => TextSnapshot.IsAccepting;

    /// <summary>
    /// Compares <paramref name="actual"/> with the golden file <paramref name="verifiedPath"/> (which ends in
    /// <c>.verified.txt</c>), or rewrites it; a difference fails the test with the diff.
    /// </summary>
    public static void Verify(string verifiedPath, string actual)
    {
        if (!verifiedPath.EndsWith(SnapshotFolder.VerifiedSuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"a golden file is named <name>{SnapshotFolder.VerifiedSuffix}: {verifiedPath}", nameof(verifiedPath));
        }
        var name = Path.GetFileName(verifiedPath)[..^SnapshotFolder.VerifiedSuffix.Length];
        try
        {
            TextSnapshot.Verify(Path.GetDirectoryName(verifiedPath)!, name, actual);
        }
        catch (TextSnapshotException mismatch)
        {
            throw new Xunit.Sdk.XunitException(mismatch.Message);
        }
    }
}

namespace ProVision.Testing.Snapshots;

/// <summary>
/// The repository's one golden-file convention for a single produced text, in the manner of Verify: the expected
/// text is committed as <c>&lt;name&gt;.verified.txt</c>; when the produced text differs (or nothing is verified yet)
/// <c>&lt;name&gt;.received.txt</c> is written beside it (git ignores it) and the call throws with the unified diff.
/// Accept a change by moving the received file over the verified one, or by running the tests with
/// <c>PROVISION_SET_BASELINE=1</c>, which writes the verified files directly. Pack snapshots
/// (<c>provision snapshot</c>, <see cref="Packs.PackSnapshotAssert"/>) keep the same files in the same way.
/// </summary>
public static class TextSnapshot
{
    /// <summary>The environment variable that makes a run accept what it produces.</summary>
    public const string AcceptVariable = "PROVISION_SET_BASELINE";

    /// <summary>True when the run should write verified files instead of comparing.</summary>
    public static bool IsAccepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Compares <paramref name="actual"/> with <paramref name="folder"/>/<paramref name="name"/>.verified.txt.</summary>
    /// <exception cref="TextSnapshotException">The text differs from the verified file, or there is none.</exception>
    public static void Verify(string folder, string name, string actual)
    {
        var snapshots = new SnapshotFolder(folder);
        if (IsAccepting)
        {
            SnapshotText.Write(snapshots.VerifiedPath(name), actual);
            File.Delete(snapshots.ReceivedPath(name));
            return;
        }
        var outcome = snapshots.Compare(new Dictionary<string, string>(StringComparer.Ordinal) { [name] = actual }, scope: n => n == name)
            .Outcomes.Single(o => o.Name == name);
        if (outcome.Status != SnapshotStatus.Matched)
        {
            throw new TextSnapshotException(outcome);
        }
    }
}

/// <summary>A produced text that is not the verified one; the message has the diff and how to accept it.</summary>
public sealed class TextSnapshotException(SnapshotOutcome outcome) : Exception(Describe(outcome))
{
    /// <summary>How the text compared, with the paths of both files.</summary>
    public SnapshotOutcome Outcome { get; } = outcome;

    private static string Describe(SnapshotOutcome outcome) =>
        (outcome.Status == SnapshotStatus.New ? $"{outcome.VerifiedPath} does not exist yet" : $"{outcome.VerifiedPath} differs from what was produced")
        + $"\n{outcome.Diff}\nThe produced text is in {outcome.ReceivedPath}. If the change is meant, move that file over the verified one, "
        + $"or run the tests again with {TextSnapshot.AcceptVariable}=1, and commit the verified file.";
}

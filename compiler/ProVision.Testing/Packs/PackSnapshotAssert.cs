namespace ProVision.Testing.Packs;

/// <summary>
/// The one call for a unit test (any framework: a failure is an exception):
/// <code>
/// [Fact] public void Templates_are_unchanged() => PackSnapshotAssert.Verify("generators/pack.yaml");
/// </code>
/// It runs the same engine as <c>provision snapshot</c>: received files are written beside the verified ones, and
/// the exception's message holds the diff and the command that accepts the change.
/// </summary>
public static class PackSnapshotAssert
{
    /// <exception cref="PackSnapshotException">A snapshot changed, is new or dangling, or the run could not start.</exception>
    public static void Verify(string pack, PackSnapshotOptions? options = null)
    {
        var result = PackSnapshotRunner.Run(pack, (options ?? new PackSnapshotOptions()) with { Accept = false });
        if (result.Status != PackSnapshotStatus.Passed) throw new PackSnapshotException(result);
    }
}

/// <summary>A snapshot run that did not pass; the message is what <c>provision snapshot</c> would print.</summary>
public sealed class PackSnapshotException(PackSnapshotResult result) : Exception(result.Describe())
{
    public PackSnapshotResult Result { get; } = result;
}

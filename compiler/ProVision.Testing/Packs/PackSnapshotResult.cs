using ProVision.Testing.Snapshots;

namespace ProVision.Testing.Packs;

/// <summary>How a snapshot run ended.</summary>
public enum PackSnapshotStatus
{
    /// <summary>Every snapshot matched its verified file.</summary>
    Passed,

    /// <summary>Something changed, is new or is dangling; received files were written.</summary>
    Failed,

    /// <summary><c>--accept</c>: the current outputs are now the verified snapshots.</summary>
    Accepted,

    /// <summary>The pack, its manifest or the options are wrong (no pack, no fixtures, a filter matching nothing).</summary>
    SetupError,

    /// <summary>A fixture could not be read (located in <see cref="PackSnapshotResult.Error"/>).</summary>
    InputError,
}

/// <summary>The outcome of <see cref="PackSnapshotRunner.Run"/>: a comparison report, or why there is none.</summary>
public sealed class PackSnapshotResult
{
    internal PackSnapshotResult(PackSnapshotStatus status, SnapshotReport? report, string? error, string acceptCommand, string? folder)
    {
        Status = status;
        Report = report;
        Error = error;
        AcceptCommand = acceptCommand;
        Folder = folder;
    }

    public PackSnapshotStatus Status { get; }

    /// <summary>Every snapshot's outcome; null after a setup or input error.</summary>
    public SnapshotReport? Report { get; }

    /// <summary>What went wrong and what to do, for <see cref="PackSnapshotStatus.SetupError"/> and <see cref="PackSnapshotStatus.InputError"/>.</summary>
    public string? Error { get; }

    /// <summary>The command that accepts the current outputs (<c>provision snapshot &lt;pack&gt; --accept</c>).</summary>
    public string AcceptCommand { get; }

    /// <summary>The snapshot folder (full path), when one was resolved.</summary>
    public string? Folder { get; }

    /// <summary>What a user reads: the error, or the report with its diffs and the summary line.</summary>
    public string Describe(bool color = false) => Report is null
        ? "error: " + Error
        : Report.Describe(color, Status == PackSnapshotStatus.Accepted ? null : AcceptCommand);

    internal static PackSnapshotResult Setup(string error, string acceptCommand) => new(PackSnapshotStatus.SetupError, null, error, acceptCommand, null);

    internal static PackSnapshotResult Input(string error, string acceptCommand) => new(PackSnapshotStatus.InputError, null, error, acceptCommand, null);
}

namespace ProVision.Testing.Snapshots;

/// <summary>How one snapshot compared.</summary>
public enum SnapshotStatus
{
    /// <summary>Produced text equals the verified file.</summary>
    Matched,

    /// <summary>Produced text differs from the verified file; a received file was written.</summary>
    Changed,

    /// <summary>No verified file yet; a received file was written.</summary>
    New,

    /// <summary>A verified file that nothing produced (a renamed or removed generator or fixture).</summary>
    Dangling,
}

/// <summary>The result for one snapshot name, with the unified diff when it changed.</summary>
public sealed record SnapshotOutcome(string Name, SnapshotStatus Status, string VerifiedPath, string ReceivedPath, string? Diff);

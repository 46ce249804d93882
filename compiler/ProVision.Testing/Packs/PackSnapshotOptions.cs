namespace ProVision.Testing.Packs;

/// <summary>What a snapshot run of a pack covers; every setting is optional (the pack's manifest fills the rest).</summary>
public sealed record PackSnapshotOptions
{
    /// <summary>Scene-graph files to run on instead of the manifest's <c>snapshots.fixtures</c>.</summary>
    public IReadOnlyList<string> Fixtures { get; init; } = [];

    /// <summary>
    /// The snapshot folder instead of the manifest's <c>snapshots.folder</c> (default <c>snapshots/</c> beside
    /// pack.yaml). Relative paths are taken from the current directory.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary>Only generators whose name matches this glob (<c>*</c> any run of characters, <c>?</c> one).</summary>
    public string? Filter { get; init; }

    /// <summary>Take what the generators produce now as the verified snapshots (and delete dangling ones).</summary>
    public bool Accept { get; init; }

    /// <summary>How the pack was named on the command line (e.g. <c>builtin</c>), for the accept command in messages.</summary>
    public string? PackDisplayName { get; init; }
}

using System.Text;

namespace ProVision.Testing.Snapshots;

/// <summary>All outcomes of one comparison, and the text a user reads.</summary>
public sealed class SnapshotReport(IReadOnlyList<SnapshotOutcome> outcomes)
{
    /// <summary>A new snapshot's diff is the whole file; past this many lines only its start is printed.</summary>
    public const int NewSnapshotPreviewLines = 40;

    public IReadOnlyList<SnapshotOutcome> Outcomes { get; } = outcomes;

    /// <summary>True when the outcomes were accepted (written as verified, dangling files deleted).</summary>
    public bool Accepted { get; init; }

    public bool Passed => Outcomes.All(o => o.Status == SnapshotStatus.Matched);

    public int Count(SnapshotStatus status) => Outcomes.Count(o => o.Status == status);

    /// <summary>The counts: <c>N matched, N changed, N new, N dangling</c>.</summary>
    public string Summary() =>
        $"{Count(SnapshotStatus.Matched)} matched, {Count(SnapshotStatus.Changed)} changed, {Count(SnapshotStatus.New)} new, {Count(SnapshotStatus.Dangling)} dangling";

    /// <summary>
    /// Each change with its diff, each new snapshot (the start of it) and each dangling file, then the summary line,
    /// then how to accept (<paramref name="acceptCommand"/>, e.g. <c>provision snapshot pack.yaml --accept</c>).
    /// </summary>
    public string Describe(bool color = false, string? acceptCommand = null)
    {
        var text = new StringBuilder();
        foreach (var o in Outcomes.Where(o => o.Status != SnapshotStatus.Matched))
        {
            switch (o.Status)
            {
                case SnapshotStatus.Changed when Accepted:
                case SnapshotStatus.New when Accepted:
                    text.Append($"accepted ({(o.Status == SnapshotStatus.New ? "new" : "changed")}): {o.VerifiedPath}\n");
                    break;
                case SnapshotStatus.Changed:
                    text.Append($"changed: {o.Name}\n");
                    AppendDiff(text, o.Diff, color, maxLines: int.MaxValue, o.ReceivedPath);
                    break;
                case SnapshotStatus.New:
                    text.Append($"new: {o.Name} (no verified file yet: {o.VerifiedPath})\n");
                    AppendDiff(text, o.Diff, color, NewSnapshotPreviewLines, o.ReceivedPath);
                    break;
                case SnapshotStatus.Dangling when Accepted:
                    text.Append($"deleted (dangling): {o.VerifiedPath}\n");
                    break;
                case SnapshotStatus.Dangling:
                    text.Append($"dangling: {o.VerifiedPath} (no generator or fixture produces it; delete it with `rm {o.VerifiedPath}`")
                        .Append(acceptCommand is null ? ")\n" : $" or run `{acceptCommand}`)\n");
                    break;
            }
        }
        text.Append(Accepted ? "accepted: " : "snapshots: ").Append(Summary()).Append('\n');
        if (!Passed && !Accepted && acceptCommand is not null)
        {
            text.Append($"to take the received files as the new verified snapshots, run: {acceptCommand}\n");
        }
        return text.ToString();
    }

    private static void AppendDiff(StringBuilder text, string? diff, bool color, int maxLines, string receivedPath)
    {
        if (diff is not { Length: > 0 }) return;
        var lines = diff.TrimEnd('\n').Split('\n');
        var shown = string.Join('\n', lines.Take(maxLines));
        text.Append(color ? SnapshotDiff.Colorize(shown) : shown).Append('\n');
        if (lines.Length > maxLines) text.Append($"... {lines.Length - maxLines} more lines in {receivedPath}\n");
    }
}

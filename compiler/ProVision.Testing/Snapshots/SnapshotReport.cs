using System.Text;

namespace ProVision.Testing.Snapshots;

/// <summary>All outcomes of one comparison, and the text a user reads.</summary>
public sealed class SnapshotReport(IReadOnlyList<SnapshotOutcome> outcomes)
{
    public IReadOnlyList<SnapshotOutcome> Outcomes { get; } = outcomes;

    public bool Passed => Outcomes.All(o => o.Status == SnapshotStatus.Matched);

    public int Count(SnapshotStatus status) => Outcomes.Count(o => o.Status == status);

    /// <summary>A summary line, then each change with its diff, each new snapshot and each dangling file.</summary>
    public string Describe(bool color = false)
    {
        var text = new StringBuilder();
        text.Append($"snapshots: {Count(SnapshotStatus.Matched)} matched, {Count(SnapshotStatus.Changed)} changed, ")
            .Append($"{Count(SnapshotStatus.New)} new, {Count(SnapshotStatus.Dangling)} dangling\n");
        foreach (var o in Outcomes.Where(o => o.Status != SnapshotStatus.Matched))
        {
            switch (o.Status)
            {
                case SnapshotStatus.Changed:
                case SnapshotStatus.New:
                    text.Append($"{(o.Status == SnapshotStatus.New ? "new" : "changed")}: {o.Name}\n");
                    if (o.Diff is { Length: > 0 } diff) text.Append(color ? SnapshotDiff.Colorize(diff) : diff.TrimEnd('\n')).Append('\n');
                    break;
                case SnapshotStatus.Dangling:
                    text.Append($"dangling: {o.VerifiedPath} (no generator or fixture produces it; delete it or run with --accept)\n");
                    break;
            }
        }
        if (!Passed) text.Append("run with --accept to take the received files as the new verified snapshots\n");
        return text.ToString();
    }
}

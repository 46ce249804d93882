namespace ProVision.Testing.Snapshots;

/// <summary>
/// A folder of snapshots named <c>&lt;name&gt;.verified.txt</c> (committed) and <c>&lt;name&gt;.received.txt</c> (written
/// when the produced text differs; ignored by git). <see cref="Compare"/> checks a whole set of produced texts,
/// including verified files that nothing produced any more (dangling); <see cref="Accept"/> promotes received files.
/// </summary>
public sealed class SnapshotFolder(string path)
{
    public const string VerifiedSuffix = ".verified.txt";
    public const string ReceivedSuffix = ".received.txt";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string VerifiedPath(string name) => System.IO.Path.Combine(Path, name + VerifiedSuffix);

    public string ReceivedPath(string name) => System.IO.Path.Combine(Path, name + ReceivedSuffix);

    /// <summary>
    /// Compares every produced text with its verified file. Writes a received file for each change or new name and
    /// deletes stale received files of names that now match. <paramref name="scope"/> limits which verified files
    /// count as dangling (e.g. only those of the generators a filter selected); null means all.
    /// </summary>
    public SnapshotReport Compare(IReadOnlyDictionary<string, string> produced, Func<string, bool>? scope = null)
    {
        var outcomes = new List<SnapshotOutcome>();
        foreach (var (name, raw) in produced.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var text = SnapshotText.Normalize(raw);
            var (verified, received) = (VerifiedPath(name), ReceivedPath(name));
            if (!File.Exists(verified))
            {
                SnapshotText.Write(received, text);
                outcomes.Add(new(name, SnapshotStatus.New, verified, received, SnapshotDiff.Unified("", text, "(none)", Rel(received))));
                continue;
            }
            var expected = SnapshotText.Read(verified);
            if (expected == text)
            {
                if (File.Exists(received)) File.Delete(received);
                outcomes.Add(new(name, SnapshotStatus.Matched, verified, received, null));
                continue;
            }
            SnapshotText.Write(received, text);
            outcomes.Add(new(name, SnapshotStatus.Changed, verified, received, SnapshotDiff.Unified(expected, text, Rel(verified), Rel(received))));
        }

        if (Directory.Exists(Path))
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*" + VerifiedSuffix).Order(StringComparer.Ordinal))
            {
                var name = System.IO.Path.GetFileName(file)[..^VerifiedSuffix.Length];
                if (produced.ContainsKey(name) || (scope is not null && !scope(name))) continue;
                outcomes.Add(new(name, SnapshotStatus.Dangling, file, ReceivedPath(name), null));
            }
        }
        return new SnapshotReport(outcomes);
    }

    /// <summary>Promotes every received file to verified and deletes the received files; returns the names promoted.</summary>
    public IReadOnlyList<string> Accept(Func<string, bool>? scope = null)
    {
        var promoted = new List<string>();
        if (!Directory.Exists(Path)) return promoted;
        foreach (var received in Directory.EnumerateFiles(Path, "*" + ReceivedSuffix).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(received)[..^ReceivedSuffix.Length];
            if (scope is not null && !scope(name)) continue;
            SnapshotText.Write(VerifiedPath(name), SnapshotText.Read(received));
            File.Delete(received);
            promoted.Add(name);
        }
        return promoted;
    }

    /// <summary>
    /// <c>--accept</c> after <see cref="Compare"/>: every changed or new snapshot of <paramref name="report"/> becomes
    /// verified (its received file is promoted and deleted) and every dangling verified file is deleted. Unlike
    /// <see cref="Accept"/>, stale received files of names nothing produces are not promoted.
    /// </summary>
    public SnapshotReport AcceptReport(SnapshotReport report)
    {
        foreach (var outcome in report.Outcomes)
        {
            if (outcome.Status is SnapshotStatus.Changed or SnapshotStatus.New)
            {
                SnapshotText.Write(outcome.VerifiedPath, SnapshotText.Read(outcome.ReceivedPath));
                File.Delete(outcome.ReceivedPath);
            }
        }
        DeleteDangling(report);
        return new SnapshotReport(report.Outcomes) { Accepted = true };
    }

    /// <summary>Deletes verified files that nothing produces (after a rename), as <c>--accept</c> does for dangling ones.</summary>
    public void DeleteDangling(SnapshotReport report)
    {
        foreach (var outcome in report.Outcomes.Where(o => o.Status == SnapshotStatus.Dangling))
        {
            File.Delete(outcome.VerifiedPath);
            if (File.Exists(outcome.ReceivedPath)) File.Delete(outcome.ReceivedPath);
        }
    }

    private string Rel(string file) => System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Replace('\\', '/');
}

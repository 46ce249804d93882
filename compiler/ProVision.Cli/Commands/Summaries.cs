using ProVision.Runtime.Loading;

namespace ProVision.Cli.Commands;

/// <summary>Shared end-of-run text: what was skipped under --on-error skip, and why.</summary>
public static class Summaries
{
    public static void WriteSkipped(TextWriter writer, LoadReport report)
    {
        if (report.Skipped == 0) return;
        var kinds = string.Join(", ", report.SkippedByKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} {k.Key}"));
        writer.WriteLine($"skipped {report.Skipped} graph(s): {kinds}");
        foreach (var example in report.Examples.Take(10)) writer.WriteLine($"  {example}");
        if (report.Skipped > 10) writer.WriteLine($"  ... and {report.Skipped - 10} more");
    }
}

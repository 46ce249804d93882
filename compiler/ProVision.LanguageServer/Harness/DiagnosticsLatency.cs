using System.Diagnostics;
using System.Globalization;

namespace ProVision.LanguageServer.Harness;

/// <summary>What <see cref="DiagnosticsLatency.MeasureAsync"/> saw: the time from sending each edit to receiving its diagnostics.</summary>
public sealed record LatencyReport(string File, int Lines, int Edits, TimeSpan Open, TimeSpan Median, TimeSpan P90, TimeSpan Max)
{
    /// <summary>One line per number, milliseconds with one decimal.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"file: {File} ({Lines} lines)\nopen -> first diagnostics: {Open.TotalMilliseconds:F1} ms\nedits: {Edits}\nkeystroke -> diagnostics: median {Median.TotalMilliseconds:F1} ms, p90 {P90.TotalMilliseconds:F1} ms, max {Max.TotalMilliseconds:F1} ms");
}

/// <summary>
/// The diagnostics-latency harness behind <c>provision lsp --measure FILE</c>: starts the server in this process,
/// opens the file (inside its pack, as an editor would), then types: each edit inserts or deletes one character at
/// the end of the file's longest line, and the clock runs from sending <c>didChange</c> to receiving the
/// <c>publishDiagnostics</c> for that version. A measurement, not a test: it prints numbers and asserts nothing.
/// </summary>
public static class DiagnosticsLatency
{
    public static async Task<LatencyReport> MeasureAsync(string file, int edits)
    {
        var path = Path.GetFullPath(file);
        var text = await File.ReadAllTextAsync(path).ConfigureAwait(false);
        var uri = Workspace.DocumentUri.FromPath(path);
        var lines = text.Split('\n');
        var line = Array.IndexOf(lines, lines.MaxBy(l => l.TrimEnd('\r').Length)!);
        var column = lines[line].TrimEnd('\r').Length;

        await using var client = LspClient.StartInProcess();
        await client.RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } }).ConfigureAwait(false);
        await client.NotifyAsync("initialized", new { }).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pvg", version = 0, text } }).ConfigureAwait(false);
        await client.DiagnosticsAsync(uri, 0).ConfigureAwait(false);
        var open = clock.Elapsed;

        var times = new List<TimeSpan>(edits);
        for (var version = 1; version <= edits; version++)
        {
            // Odd versions type a space after the line's end, even ones delete it again.
            var typed = version % 2 == 1;
            var range = typed
                ? new { start = new { line, character = column }, end = new { line, character = column } }
                : new { start = new { line, character = column }, end = new { line, character = column + 1 } };
            clock.Restart();
            await client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri, version },
                contentChanges = new[] { new { range, text = typed ? " " : "" } },
            }).ConfigureAwait(false);
            await client.DiagnosticsAsync(uri, version).ConfigureAwait(false);
            times.Add(clock.Elapsed);
            client.Drain();
        }
        await client.RequestAsync("shutdown", null).ConfigureAwait(false);
        await client.NotifyAsync("exit", null).ConfigureAwait(false);

        times.Sort();
        var median = times.Count == 0 ? TimeSpan.Zero : times[times.Count / 2];
        var p90 = times.Count == 0 ? TimeSpan.Zero : times[Math.Min(times.Count - 1, times.Count * 9 / 10)];
        var max = times.Count == 0 ? TimeSpan.Zero : times[^1];
        return new LatencyReport(file, lines.Length, edits, open, median, p90, max);
    }
}

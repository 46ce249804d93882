using System.Diagnostics;

namespace ProVision.Cli;

/// <summary>
/// A one-line, in-place progress counter for streaming commands (the total is unknown while streaming, so a
/// bar would lie). Drawn only on an interactive terminal, at most every 200 ms, and erased at the end.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private readonly CliConsole _console;
    private readonly string _verb;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawMs = -1000;
    private bool _drawn;

    public ProgressLine(CliConsole console, string verb)
    {
        _console = console;
        _verb = verb;
    }

    public void Report(long done, long skipped)
    {
        if (!_console.IsInteractive || _clock.ElapsedMilliseconds - _lastDrawMs < 200) return;
        _lastDrawMs = _clock.ElapsedMilliseconds;
        var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var skippedText = skipped > 0 ? $", {skipped:N0} skipped" : "";
        _console.Error.Write($"\r{_verb}: {done:N0} graphs ({rate:N0}/s{skippedText})   ");
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn) _console.Error.Write("\r" + new string(' ', 60) + "\r");
    }
}

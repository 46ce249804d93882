using System.Diagnostics;
using System.Globalization;
using ProVision.Runtime.Engine;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary>
/// What <c>generate</c> shows while it works: a Spectre.Console progress bar on a terminal (graphs done, items, rate,
/// time left), a plain line every <c>--progress-every</c> seconds on stderr otherwise, nothing with <c>--quiet</c>.
/// It only reads the job's <see cref="RunProgress"/> counters, so what is shown never changes what is written.
/// </summary>
internal sealed class GenerateProgress(CliConsole console, RunProgress counters, long? totalGraphs, TimeSpan plainEvery)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Runs <paramref name="work"/> while showing its progress as the settings say.</summary>
    public static T Show<T>(CliConsole console, GenerateSettings settings, RunProgress counters, long? totalGraphs, Func<T> work)
    {
        if (settings.Quiet) return work();
        var progress = new GenerateProgress(console, counters, totalGraphs, settings.ProgressEvery);
        return console.IsInteractive ? progress.WithBar(work) : progress.WithLines(work);
    }

    /// <summary>The graph total of inputs whose graphs can be counted without parsing (JSON Lines: one per non-blank line), else null.</summary>
    public static long? CountGraphs(IReadOnlyList<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input)) files.AddRange(Directory.EnumerateFiles(input, "*.jsonl"));
            else if (input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && File.Exists(input)) files.Add(input);
            else return null;
        }
        long lines = 0;
        var buffer = new byte[1 << 20];
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var blank = true;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                foreach (var b in buffer.AsSpan(0, read))
                {
                    if (b == (byte)'\n')
                    {
                        if (!blank) lines++;
                        blank = true;
                    }
                    else if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t')) blank = false;
                }
            }
            if (!blank) lines++;
        }
        return lines;
    }

    /// <summary>The plain progress line: graphs (of the total), items, rate and time left when the total is known.</summary>
    public string Line()
    {
        var graphs = counters.Graphs;
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var rate = graphs / seconds;
        if (counters.MultiImage)
            return $"progress: {N(graphs)} graphs done; multi-image generators running; {N(counters.Items)} items ({Clock(_clock.Elapsed)} so far)";
        var of = totalGraphs is { } total && total > 0 ? $" of {N(total)} ({Math.Min(100, 100.0 * graphs / total):F0}%)" : "";
        var left = totalGraphs is { } all && rate > 0 && graphs > 0 && all > graphs ? $", about {Clock(TimeSpan.FromSeconds((all - graphs) / rate))} left" : "";
        return $"progress: {N(graphs)}{of} graphs, {N(counters.Items)} items, {rate.ToString("N0", CultureInfo.InvariantCulture)} graphs/s{left}";
    }

    private T WithLines<T>(Func<T> work)
    {
        using var done = new ManualResetEventSlim();
        var writer = new Thread(() =>
        {
            while (!done.Wait(plainEvery)) console.Error.WriteLine(Line());
        }) { IsBackground = true, Name = "generate progress" };
        writer.Start();
        try
        {
            return work();
        }
        finally
        {
            done.Set();
            writer.Join();
        }
    }

    private T WithBar<T>(Func<T> work) =>
        console.Ansi.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("generating", maxValue: Math.Max(1, totalGraphs ?? 1));
                task.IsIndeterminate = totalGraphs is null;
                using var done = new ManualResetEventSlim();
                var updater = new Thread(() =>
                {
                    do
                    {
                        task.Value = Math.Min(task.MaxValue, counters.Graphs);
                        task.Description = Markup.Escape(Line().Replace("progress: ", "", StringComparison.Ordinal));
                        if (counters.MultiImage) task.IsIndeterminate = true;
                    } while (!done.Wait(TimeSpan.FromMilliseconds(200)));
                }) { IsBackground = true, Name = "generate progress" };
                updater.Start();
                try
                {
                    return work();
                }
                finally
                {
                    done.Set();
                    updater.Join();
                }
            });

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Clock(TimeSpan t) => t.TotalHours >= 1 ? $"{(int)t.TotalHours} h {t.Minutes} min" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds} s" : $"{Math.Ceiling(t.TotalSeconds):0} s";
}

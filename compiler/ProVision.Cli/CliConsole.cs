using Spectre.Console;

namespace ProVision.Cli;

/// <summary>
/// Where a command writes: plain text for errors (so messages stay grep-able), Spectre.Console for
/// tables. Colours only when stdout is a real terminal, so redirected output and tests see plain text.
/// </summary>
public sealed class CliConsole
{
    private readonly Lazy<IAnsiConsole> _ansi;
    private readonly bool _terminal;

    public CliConsole(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
        _terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var interactive = _terminal;
        // Made on first use: setting Spectre.Console up (loading it, reading the environment) is work a run does not
        // need before its first graph, and a run that writes no table skips it (docs/performance.md#session-7-start-up).
        _ansi = new Lazy<IAnsiConsole>(() =>
        {
            var ansi = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout),
                Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
                // Off a terminal, plain text whatever the environment: Spectre's default enrichers would turn ANSI codes
                // back on under some CI systems (GITHUB_ACTIONS, ...), and SummaryTable writes what this console writes.
                Enrichment = new ProfileEnrichment { UseDefaultEnrichers = interactive },
            });
            if (!interactive) ansi.Profile.Width = PlainWidth;
            return ansi;
        });
    }

    /// <summary>The width of tables written off a terminal.</summary>
    public const int PlainWidth = 120;

    public TextWriter Out { get; }

    /// <summary>Whether stdout is a terminal (then Spectre.Console detects what it supports).</summary>
    public bool IsTerminal => _terminal;

    /// <summary>
    /// Whether stdout's encoding is a Unicode one, so that Spectre.Console draws tables with box-drawing characters
    /// (it uses ASCII ones otherwise); read without setting Spectre up.
    /// </summary>
    public bool WritesUnicode => Out.Encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
    public TextWriter Error { get; }
    public IAnsiConsole Ansi => _ansi.Value;

    /// <summary>Spectre's answer on a terminal; elsewhere false, as the console made with <c>InteractionSupport.No</c> answers.</summary>
    public bool IsInteractive => _terminal && Ansi.Profile.Capabilities.Interactive;
}

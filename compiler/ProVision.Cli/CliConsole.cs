using Spectre.Console;

namespace ProVision.Cli;

/// <summary>
/// Where a command writes: plain text for errors (so messages stay grep-able), Spectre.Console for
/// tables. Colours only when stdout is a real terminal, so redirected output and tests see plain text.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) Ansi.Profile.Width = 120;
    }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public IAnsiConsole Ansi { get; }
    public bool IsInteractive => Ansi.Profile.Capabilities.Interactive;
}

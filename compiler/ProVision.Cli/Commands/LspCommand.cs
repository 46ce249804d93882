using System.CommandLine;
using ProVision.LanguageServer.Harness;
using ProVision.LanguageServer.Server;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision lsp</c>: the .pvg language server on standard input and output (docs/editor.md); with
/// <c>--measure FILE</c>, the diagnostics-latency harness instead.
/// </summary>
public static class LspCommand
{
    public static Command Create(CliConsole console)
    {
        var measure = new Option<string?>("--measure") { Description = "Measure keystroke-to-diagnostics latency on this .pvg file instead of serving." };
        var edits = new Option<int>("--edits") { Description = "Edits to time with --measure.", DefaultValueFactory = _ => 200 };
        var stdio = new Option<bool>("--stdio") { Description = "Serve on standard input and output (the default; editors pass it)." };
        var command = new Command("lsp", "Run the .pvg language server (Language Server Protocol over standard input and output).") { measure, edits, stdio };
        command.SetAction(result => result.GetValue(measure) is { } file
            ? Measure(console, file, result.GetValue(edits))
            : LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput()).GetAwaiter().GetResult());
        return command;
    }

    private static int Measure(CliConsole console, string file, int edits)
    {
        if (!File.Exists(file))
        {
            console.Error.WriteLine($"error: {file} does not exist");
            return ExitCodes.Usage;
        }
        if (edits < 1)
        {
            console.Error.WriteLine("error: --edits must be at least 1");
            return ExitCodes.Usage;
        }
        console.Out.WriteLine(DiagnosticsLatency.MeasureAsync(file, edits).GetAwaiter().GetResult());
        return ExitCodes.Ok;
    }
}

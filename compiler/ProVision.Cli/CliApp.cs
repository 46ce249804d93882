using System.CommandLine;
using ProVision.Cli.Commands;

namespace ProVision.Cli;

/// <summary>Builds the <c>provision</c> command tree. Tests call <see cref="Run"/> in-process with their own writers.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdout, stderr);
        var root = new RootCommand("ProVision.Dsl: scene graphs in, instruction data for multimodal models out.")
        {
            ConvertCommand.Create(console),
            InspectCommand.Create(console),
            BenchCommand.Create(console),
        };
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}

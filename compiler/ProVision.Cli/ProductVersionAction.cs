using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ProVision.Cli;

/// <summary>
/// Prints the CLI's own version. System.CommandLine's default reads the entry assembly, which is the test
/// host when the CLI runs in-process.
/// </summary>
public sealed class ProductVersionAction(TextWriter output) : SynchronousCommandLineAction
{
    public static string Version =>
        typeof(ProductVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ProductVersionAction).Assembly.GetName().Version?.ToString() ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return ExitCodes.Ok;
    }
}

using System.CommandLine;

namespace ProVision.Cli.Commands;

/// <summary><c>provision compile</c>: a pack into one self-contained .pvpack file.</summary>
public static class CompileCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("pack") { Description = "A pack.yaml or a pack folder (or 'builtin')." };
        var output = new Option<string>("--out", "-o") { Description = "The .pvpack file to write.", Required = true };
        var command = new Command("compile", "Compile a pack into a self-contained .pvpack (manifest, vocabulary, C#, compiled image).") { target, output };
        command.SetAction(result => Run(console, result.GetValue(target)!, result.GetValue(output)!));
        return command;
    }

    public static int Run(CliConsole console, string target, string output)
    {
        var pack = PackResolver.Load(target);
        if (pack.Diagnostics.Length > 0) console.Error.WriteLine(pack.FormatDiagnostics().TrimEnd());
        if (pack.Pack is null || pack.HasErrors) return ExitCodes.Usage;
        pack.Pack.Save(output);
        console.Out.WriteLine($"wrote {output}: {pack.Pack.Name} {pack.Pack.Version}, {pack.Pack.Generators.Length} generator(s)");
        return ExitCodes.Ok;
    }
}

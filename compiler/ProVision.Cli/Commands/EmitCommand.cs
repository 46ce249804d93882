using System.CommandLine;
using ProVision.Compiler.Api;

namespace ProVision.Cli.Commands;

/// <summary><c>provision emit</c>: the C# a .pvg file or a pack compiles to, for reading and review.</summary>
public static class EmitCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("target") { Description = "A .pvg file (a file of a pack: the pack), a pack.yaml or a pack folder (or 'builtin')." };
        var command = new Command("emit", "Print the generated C# of a .pvg file or a pack.") { target };
        command.SetAction(result => Run(console, result.GetValue(target)!));
        return command;
    }

    public static int Run(CliConsole console, string target)
    {
        var resolved = PackResolver.Resolve(target);
        if (resolved.Kind == CompileTargetKind.SourceFile)
        {
            if (!File.Exists(target))
            {
                console.Error.WriteLine($"error: {target}: file not found");
                return ExitCodes.BadInput;
            }
            var compiled = PvgCompiler.Compile(File.ReadAllText(target), target);
            if (compiled.CSharp is null)
            {
                console.Error.WriteLine(compiled.FormatDiagnostics().TrimEnd());
                return ExitCodes.Usage;
            }
            console.Out.Write(compiled.CSharp);
            return ExitCodes.Ok;
        }
        // A file of a pack is emitted as its pack (as `check` checks it), the note on stderr so the C# stays clean.
        if (resolved.Note is { } note) console.Error.WriteLine(note);
        var pack = resolved.Load();
        if (pack.Pack is null)
        {
            console.Error.WriteLine(pack.FormatDiagnostics().TrimEnd());
            return ExitCodes.Usage;
        }
        console.Out.Write(pack.Pack.CSharp);
        return ExitCodes.Ok;
    }
}

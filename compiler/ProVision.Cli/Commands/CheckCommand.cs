using System.CommandLine;
using ProVision.Compiler.Api;
using ProVision.Compiler.Diagnostics;

namespace ProVision.Cli.Commands;

/// <summary><c>provision check</c>: every diagnostic of a .pvg file or a pack, with the source line and a caret.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("target") { Description = "A .pvg file (a file of a pack: the pack), a pack.yaml, a pack folder or a .pvpack." };
        var command = new Command("check", "Compile a .pvg file or a pack and print its diagnostics (exit 1 on errors).") { target };
        command.SetAction(result => Run(console, result.GetValue(target)!));
        return command;
    }

    public static int Run(CliConsole console, string target)
    {
        var resolved = PackResolver.Resolve(target);
        if (resolved.Kind == CompileTargetKind.SourceFile)
        {
            if (!File.Exists(target)) return Missing(console, target);
            var compiled = PvgCompiler.Compile(File.ReadAllText(target), target);
            var text = compiled.FormatDiagnostics();
            if (text.Length > 0) console.Out.WriteLine(text.TrimEnd());
            return Summarize(console, target, compiled.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
                compiled.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), compiled.Generators.Length);
        }
        // A file of a pack uses the pack's shared phrase sets: it is checked as part of its pack.
        if (resolved.Note is { } note) console.Out.WriteLine(note);
        var pack = resolved.Load();
        if (pack.Diagnostics.Length > 0) console.Out.WriteLine(pack.FormatDiagnostics().TrimEnd());
        return Summarize(console, resolved.Kind == CompileTargetKind.PackMember ? resolved.PackPath! : target, pack.Diagnostics.Count(d => d.IsError), pack.Diagnostics.Count(d => !d.IsError), pack.Pack?.AllGenerators.Length ?? 0);
    }

    private static int Summarize(CliConsole console, string target, int errors, int warnings, int generators)
    {
        console.Out.WriteLine(errors == 0
            ? $"{target}: {generators} generator(s), no errors, {warnings} warning(s)"
            : $"{target}: {errors} error(s), {warnings} warning(s)");
        return errors == 0 ? ExitCodes.Ok : ExitCodes.Usage;
    }

    private static int Missing(CliConsole console, string path)
    {
        console.Error.WriteLine($"error: {path}: file not found");
        return ExitCodes.BadInput;
    }
}

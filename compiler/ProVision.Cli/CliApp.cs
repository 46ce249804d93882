using System.CommandLine;
using ProVision.Cli.Commands;

namespace ProVision.Cli;

/// <summary>Builds the <c>provision</c> command tree. Tests call <see cref="Run"/> in-process with their own writers.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdout, stderr);
        var root = new RootCommand("ProVision.Dsl: scene graphs in, instruction data for multimodal models out.");
        foreach (var create in CommandsFor(args)) root.Subcommands.Add(create(console));
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new ProductVersionAction(stdout);
        var parsed = root.Parse(args);
        try
        {
            var code = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            if (Compiler.Api.PvgCompiler.SharedCacheRefusal is { } refusal) stderr.WriteLine($"warning: {refusal}");
            return code;
        }
        catch (Exception ex) when (PackFault(ex) is { } fault)
        {
            // --on-error stop and a pack's code failed: the pack's fault, said in one line, never a stack trace.
            stderr.WriteLine($"error: {fault.Message}");
            stderr.WriteLine("nothing was written; leave out --on-error stop to skip such graphs (counted) and go on");
            return ExitCodes.Usage;
        }
        catch (Runtime.Loading.DataErrorException ex)
        {
            stderr.WriteLine($"error: {ex.Error}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Runtime.Formats.DataFormatException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(IsDataFault))
        {
            // A data fault met on a worker thread (a mask or depth file that changed after it was checked): still bad
            // input, reported as such; the first one in the list is enough to find the file.
            stderr.WriteLine($"error: {ex.Flatten().InnerExceptions[0].Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            // A bug, not bad input: say so, with the stack, so it can be reported.
            stderr.WriteLine($"internal error (please report): {ex}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Every command, by the name it is called with, in the order help lists them.</summary>
    internal static readonly (string Name, Func<CliConsole, Command> Create)[] Commands =
    [
        ("generate", GenerateCommand.Create),
        ("convert", ConvertCommand.Create),
        ("check", CheckCommand.Create),
        ("compile", CompileCommand.Create),
        ("emit", EmitCommand.Create),
        ("templates", TemplatesCommand.Create),
        ("list", ListCommand.Create),
        ("inspect", InspectCommand.Create),
        ("bench", BenchCommand.Create),
        ("annotate", AnnotateCommand.Create),
        ("models", ModelsCommand.Create),
        ("show", ShowCommand.Create),
        ("snapshot", SnapshotCommand.Create),
        ("new", NewCommand.Create),
        ("merge", MergeCommand.Create),
        ("jobs", JobsCommand.Create),
        ("report", ReportCommand.Create),
        ("lsp", LspCommand.Create),
    ];

    // Only the command the first argument names: the others' options and help are work a run would do for nothing
    // before its first graph (docs/performance.md#start-up). Anything else (no command, help, --version, a response
    // file, a typo) gets them all. A plain loop: LINQ or Array.FindIndex over the tuples would be generic code the JIT
    // compiles at every start (ReadyToRun cannot hold it: docs/performance.md#session-7-start-up).
    private static IEnumerable<Func<CliConsole, Command>> CommandsFor(string[] args)
    {
        foreach (var (name, create) in Commands)
        {
            if (args.Length > 0 && name == args[0]) return [create];
        }
        return Commands.Select(c => c.Create);
    }

    private static Runtime.Generation.PackFaultException? PackFault(Exception e) => e switch
    {
        Runtime.Generation.PackFaultException fault => fault,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(PackFault).FirstOrDefault(f => f is not null),
        _ => null,
    };

    private static bool IsDataFault(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or Runtime.Formats.DataFormatException or Runtime.Loading.DataErrorException;
}

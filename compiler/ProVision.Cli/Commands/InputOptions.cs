using System.CommandLine;
using ProVision.Runtime.Loading;

namespace ProVision.Cli.Commands;

/// <summary>The options every command that reads scene graphs shares.</summary>
public sealed class InputOptions
{
    private const string InputsDescription = "Scene-graph files: canonical .jsonl, reference annotation .json (several are merged by image id), Visual Genome, COCO.";

    public Argument<string[]> Inputs { get; } = new("inputs") { Description = InputsDescription, Arity = ArgumentArity.OneOrMore };

    /// <summary>The same inputs as an option (<c>generate --graphs a.json b.json</c>).</summary>
    public Option<string[]> InputsOption { get; } = new("--graphs") { Description = InputsDescription, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true, Required = true };

    private bool _asOption;

    public Option<string?> DepthDir { get; } = new("--depth-dir") { Description = "Folder that depth file names resolve against (default: the input's folder)." };
    public Option<string?> MaskDir { get; } = new("--mask-dir") { Description = "Folder that mask file names resolve against (default: the input's folder)." };

    public Option<bool> AllowOutsidePaths { get; } = new("--allow-outside-paths")
    {
        Description = "Read mask and depth files the data names outside --mask-dir/--depth-dir/the input's folder (absolute paths, '..', symbolic links). Off: such names are errors.",
    };

    public Option<string> OnError { get; } = new("--on-error")
    {
        Description = "stop: report the first bad graph and exit 2 without writing output. skip: leave bad graphs out and report totals.",
        DefaultValueFactory = _ => "stop",
    };

    public NumberOption<double> BoxTolerance { get; } = new("--box-tolerance", "Pixels a box may extend past the image border before it is an error.", () => 2.0);

    public InputOptions() => OnError.AcceptOnlyFromAmong("stop", "skip");

    public void AddTo(Command command, string? argumentName = null)
    {
        _asOption = argumentName is not null;
        if (_asOption) command.Add(InputsOption);
        else command.Add(Inputs);
        command.Add(DepthDir);
        command.Add(MaskDir);
        command.Add(AllowOutsidePaths);
        command.Add(OnError);
        command.Add(BoxTolerance.Option);
    }

    public IReadOnlyList<string> GetInputs(ParseResult result) => (_asOption ? result.GetValue(InputsOption) : result.GetValue(Inputs)) ?? [];

    /// <summary>
    /// Whether a pack's fault ends the run: only when <c>--on-error stop</c> is written out. By default a faulting
    /// generator skips that graph, counted, and the run goes on (the data's default stays stop).
    /// </summary>
    public bool StopOnPackFault(ParseResult result) => result.GetResult(OnError) is { Implicit: false } && GetPolicy(result) == ErrorPolicy.Stop;

    public ErrorPolicy GetPolicy(ParseResult result) => result.GetValue(OnError) == "skip" ? ErrorPolicy.Skip : ErrorPolicy.Stop;

    public GraphLoadOptions GetLoadOptions(ParseResult result) => new()
    {
        DepthDirectory = result.GetValue(DepthDir),
        MaskDirectory = result.GetValue(MaskDir),
        AllowOutsidePaths = result.GetValue(AllowOutsidePaths),
        BoxTolerance = BoxTolerance.ReadOrDefault(result),
    };
}

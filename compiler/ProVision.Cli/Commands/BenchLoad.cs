using System.CommandLine;
using ProVision.Runtime.Loading;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision bench load FILES...</c>: reads scene graphs in any input format through the loaders alone (what
/// <c>inspect</c>, <c>convert</c> and <c>generate</c> read through) and reports graphs per CPU-second, allocation per
/// graph, GCs and peak memory. The loaders' figures in docs/performance.md (session 4) are its output.
/// </summary>
public static class BenchLoad
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions().Inputs;
        var command = new Command("load", "Graphs per CPU-second, allocation per graph and peak memory of reading scene graphs (any input format).") { inputs };
        command.SetAction(result => Run(console, result.GetValue(inputs)!));
        return command;
    }

    private static int Run(CliConsole console, string[] inputs)
    {
        long graphs = 0, objects = 0, errors = 0;
        using var run = BenchMeasurement.Start();
        foreach (var outcome in SceneGraphInputs.Read(inputs, GraphLoadOptions.Default))
        {
            if (outcome.Graph is { } graph) { graphs++; objects += graph.Objects.Length; }
            else if (errors++ < 3) console.Error.WriteLine($"error: {outcome.Error}");
        }
        run.Stop();
        console.Out.WriteLine($"load: {graphs:N0} graphs ({objects:N0} objects, {errors:N0} errors) in {run.Seconds:F2} s, {run.CpuSecondsUsed:F2} CPU-s " +
            $"({graphs / Math.Max(run.CpuSecondsUsed, 1e-6):N0} graphs per CPU-second); {run.Describe(graphs, "graph")}");
        return errors == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}

using System.CommandLine;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.Writing;

namespace ProVision.Cli.Commands;

/// <summary><c>provision convert</c>: any supported input to canonical JSON Lines.</summary>
public static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out", "-o") { Description = "The canonical .jsonl file to write.", Required = true };
        var command = new Command("convert", "Convert scene graphs in any supported format to canonical JSON Lines (masks inline as RLE, depth by reference).");
        inputs.AddTo(command);
        command.Add(output);
        command.SetAction(result => Run(console, inputs.GetInputs(result), result.GetRequiredValue(output), inputs.GetLoadOptions(result), inputs.GetPolicy(result)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> inputs, string outPath, GraphLoadOptions options, ErrorPolicy policy)
    {
        var report = new LoadReport();
        using var progress = new ProgressLine(console, "converting");
        using var file = AtomicFile.Create(outPath);
        using (var writer = new CanonicalGraphWriter(file.Stream, Path.GetDirectoryName(Path.GetFullPath(outPath))!))
        {
            foreach (var outcome in SceneGraphInputs.Read(inputs, options))
            {
                if (outcome.Error is { } error)
                {
                    if (policy == ErrorPolicy.Stop) return Fail(console, error, outPath);
                    report.CountSkipped(error);
                    continue;
                }
                try
                {
                    writer.Write(outcome.Graph!);
                    report.CountLoaded();
                    progress.Report(report.Loaded, report.Skipped);
                }
                catch (Exception ex) when (ex is DataFormatException or IOException)
                {
                    // Masks are decoded only now, to be written as RLE: a broken mask file surfaces here.
                    var late = new DataError(outcome.Graph!.Masks?.Origin ?? outPath, outcome.Graph.ImageId, "masks", ex.Message) { Kind = "mask" };
                    if (policy == ErrorPolicy.Stop) return Fail(console, late, outPath);
                    report.CountSkipped(late);
                }
            }
        }

        if (report.Loaded == 0)
        {
            console.Error.WriteLine($"error: no valid scene graphs in the inputs; {outPath} was not written");
            Summaries.WriteSkipped(console.Error, report);
            return ExitCodes.BadInput;
        }
        file.Commit();
        console.Out.WriteLine($"wrote {report.Loaded} graphs to {outPath}");
        Summaries.WriteSkipped(console.Error, report);
        return ExitCodes.Ok;
    }

    private static int Fail(CliConsole console, DataError error, string outPath)
    {
        console.Error.WriteLine($"error: {error}");
        console.Error.WriteLine($"nothing was written to {outPath}; fix the input, or pass --on-error skip to leave bad graphs out");
        return ExitCodes.BadInput;
    }
}

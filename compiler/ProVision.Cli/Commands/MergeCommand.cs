using System.CommandLine;
using System.Diagnostics;
using ProVision.Runtime.Sharding;

namespace ProVision.Cli.Commands;

/// <summary><c>provision merge</c>: checks a folder of finished shards and writes the one file an unsharded run would have.</summary>
public static class MergeCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "The folder the shards (NAME-00001-of-0000N.EXT and their .manifest files) were written to." };
        var output = new Option<string>("--out", "-o") { Description = "The merged file (byte-identical to an unsharded run's output).", Required = true };
        var name = new Option<string?>("--name") { Description = "Which output's shards to merge when the folder holds several (e.g. items.jsonl)." };
        var noCard = new Option<bool>("--no-card") { Description = "Do not write the README.md dataset card beside the merged items." };
        var command = new Command("merge", "Check that every shard of a sharded generate/annotate job finished and agrees, then merge them into one file.") { folder, output, name, noCard };
        command.SetAction(result => Run(console, result.GetRequiredValue(folder), result.GetRequiredValue(output), result.GetValue(name), !result.GetValue(noCard)));
        return command;
    }

    public static int Run(CliConsole console, string folder, string output, string? name, bool card = true)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var set = ShardSet.Find(folder, name);
            var result = ShardMerger.Merge(set, output);
            var unit = set.Identity.Command == "annotate" ? "graphs" : "items";
            if (card) CardWriting.AfterMerge(console, set.Identity, output, result.Items);
            console.Out.WriteLine($"merged {set.Shards.Count} shards ({result.Items} {unit}, {result.Bytes:N0} bytes) into {result.Output} in {clock.Elapsed.TotalSeconds:F2} s");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is ShardMergeException or InvalidDataException)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            console.Error.WriteLine($"nothing was written to {output}");
            return ExitCodes.BadInput;
        }
    }
}

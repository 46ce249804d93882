using System.CommandLine;
using ProVision.Testing.Packs;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision snapshot</c>: snapshot tests of a pack's generators (the engine is <see cref="PackSnapshotRunner"/>,
/// shared with <see cref="PackSnapshotAssert"/> for unit tests). Exit 0 when everything matches (or after
/// <c>--accept</c>), 1 on any difference, new or dangling snapshot or a setup problem, 2 on an unreadable fixture.
/// </summary>
public static class SnapshotCommand
{
    public static Command Create(CliConsole console)
    {
        var pack = new Argument<string>("pack") { Description = "A pack.yaml, its folder, a .pvpack, or 'builtin' (then --folder is needed)." };
        var graphs = new Option<string[]>("--graphs") { Description = "Fixture scene-graph files instead of the manifest's snapshots.fixtures.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true };
        var accept = new Option<bool>("--accept") { Description = "Take the current outputs as the verified snapshots; delete received and dangling files." };
        var filter = new Option<string?>("--filter") { Description = "Only generators whose name matches this glob ('*' any characters, '?' one)." };
        var folder = new Option<string?>("--folder") { Description = "The snapshot folder (default: the manifest's snapshots.folder, else snapshots/ beside pack.yaml)." };
        var command = new Command("snapshot", "Render every generator over the snapshot fixtures and compare with the verified snapshots (*.verified.txt).")
        {
            pack, graphs, accept, filter, folder,
        };
        command.SetAction(r => Run(console, r.GetValue(pack)!, new PackSnapshotOptions
        {
            Fixtures = r.GetValue(graphs) ?? [],
            Accept = r.GetValue(accept),
            Filter = r.GetValue(filter),
            Folder = r.GetValue(folder),
        }));
        return command;
    }

    public static int Run(CliConsole console, string pack, PackSnapshotOptions options)
    {
        if (pack == PackResolver.Builtin)
        {
            // The embedded pack is extracted to a cache folder; its verified snapshots live in the source tree.
            if (options.Folder is null)
            {
                console.Error.WriteLine("error: the built-in pack's verified snapshots are not embedded: pass --folder generators/snapshots from a checkout, or run `provision snapshot generators/pack.yaml`");
                return ExitCodes.Usage;
            }
            options = options with { PackDisplayName = PackResolver.Builtin };
            pack = PackResolver.BuiltinManifestPath();
        }

        var result = PackSnapshotRunner.Run(pack, options);
        switch (result.Status)
        {
            case PackSnapshotStatus.SetupError:
            case PackSnapshotStatus.InputError:
                console.Error.WriteLine(result.Describe().TrimEnd());
                return result.Status == PackSnapshotStatus.InputError ? ExitCodes.BadInput : ExitCodes.Usage;
            default:
                console.Out.Write(result.Describe(UseColor(console)));
                return result.Status == PackSnapshotStatus.Failed ? ExitCodes.Usage : ExitCodes.Ok;
        }
    }

    /// <summary>ANSI colours only on a terminal that supports them, and never when NO_COLOR is set (no-color.org).</summary>
    private static bool UseColor(CliConsole console) =>
        console.IsInteractive && console.Ansi.Profile.Capabilities.Ansi && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}

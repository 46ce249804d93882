using System.CommandLine;
using ProVision.Cli.Authoring;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision new &lt;GeneratorName&gt; --pack &lt;pack.yaml&gt;</c>: scaffolds a working, commented generator of a family
/// with a fixture and an empty snapshot; <c>provision new pack &lt;folder&gt;</c>: a new pack (and optionally its first
/// generator). The work is in <see cref="GeneratorScaffolder"/> and <see cref="PackScaffolder"/>.
/// </summary>
public static class NewCommand
{
    private const string DefaultFamily = "object";

    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("GeneratorName") { Description = "The new generator's name (letters, digits, '_'), e.g. LargestObject." };
        var pack = new Option<string?>("--pack") { Description = "The pack.yaml (or its folder) the generator joins." };
        var family = FamilyOption();
        var fixture = FixtureOption();
        var command = new Command("new", "Scaffold a generator in a pack: a commented example of its family, a fixture graph and an empty snapshot.")
        {
            name, pack, family, fixture,
        };
        command.SetAction(r => r.GetValue(pack) is { } packPath
            ? Generator(console, new ScaffoldRequest(r.GetValue(name)!, packPath, r.GetValue(family)!, r.GetValue(fixture)))
            : Refuse(console, "--pack is required: the pack.yaml the generator joins (create a pack with `provision new pack <folder>`)"));

        var folder = new Argument<string>("folder") { Description = "The folder of the new pack (created if missing)." };
        var packName = new Option<string?>("--name") { Description = "The pack's name (default: the folder's name)." };
        var first = new Option<string?>("--generator") { Description = "Also scaffold a first generator with this name." };
        var packFamily = FamilyOption();
        var packFixture = FixtureOption();
        var newPack = new Command("pack", "Create a new pack: a commented pack.yaml, and with --generator its first generator.")
        {
            folder, packName, first, packFamily, packFixture,
        };
        newPack.SetAction(r => Pack(console, r.GetValue(folder)!, r.GetValue(packName), r.GetValue(first), r.GetValue(packFamily)!, r.GetValue(packFixture)));
        command.Add(newPack);
        return command;
    }

    private static Option<string> FamilyOption() => new("--family")
    {
        Description = $"The generator's family: {FamilyExample.Names}.",
        DefaultValueFactory = _ => DefaultFamily,
    };

    private static Option<string?> FixtureOption() => new("--fixture")
    {
        Description = "The fixture's name: fixtures/<name>.jsonl, created unless it exists (default: the family's name).",
    };

    public static int Generator(CliConsole console, ScaffoldRequest request)
    {
        ScaffoldResult result;
        try
        {
            result = GeneratorScaffolder.Run(request);
        }
        catch (ScaffoldException e)
        {
            return Refuse(console, e.Message);
        }
        Report(console, request.Generator, result);
        return ExitCodes.Ok;
    }

    public static int Pack(CliConsole console, string folder, string? name, string? generator, string family, string? fixture)
    {
        string manifest;
        try
        {
            // Check the generator request before the pack exists, so a refusal leaves nothing behind.
            if (generator is not null && GeneratorName.Problem(generator) is { } problem) throw new ScaffoldException(problem);
            if (FamilyExample.Find(family) is null) throw new ScaffoldException($"unknown family '{family}'; the families are: {FamilyExample.Names}");
            manifest = PackScaffolder.Run(folder, name);
        }
        catch (ScaffoldException e)
        {
            return Refuse(console, e.Message);
        }
        console.Out.WriteLine($"created {GeneratorScaffolder.Display(manifest)}");
        if (generator is not null) return Generator(console, new ScaffoldRequest(generator, manifest, family, fixture));
        console.Out.WriteLine("next: add a generator (a pack with none does not check):");
        console.Out.WriteLine($"  provision new MyGenerator --pack {GeneratorScaffolder.Display(manifest)} --family {family}");
        return ExitCodes.Ok;
    }

    private static void Report(CliConsole console, string generator, ScaffoldResult result)
    {
        var pack = GeneratorScaffolder.Display(result.Manifest);
        var fixture = GeneratorScaffolder.Display(result.Fixture);
        foreach (var file in result.Created) console.Out.WriteLine($"created {GeneratorScaffolder.Display(file)}");
        if (result.FixtureReused) console.Out.WriteLine($"using the existing fixture {fixture}");
        foreach (var change in result.ManifestChanges) console.Out.WriteLine($"{pack}: {change}");
        console.Out.WriteLine("next:");
        console.Out.WriteLine($"  provision check {pack}");
        console.Out.WriteLine($"  provision generate --pack {pack} --graphs {fixture} --generators {generator} --per-image all --out items.jsonl");
        console.Out.WriteLine($"  provision snapshot {pack} --filter {generator}     # review the diff, then run it again with --accept");
    }

    private static int Refuse(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }
}

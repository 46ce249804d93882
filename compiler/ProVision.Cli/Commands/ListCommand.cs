using System.CommandLine;
using ProVision.Runtime.Generation;
using Spectre.Console;

namespace ProVision.Cli.Commands;

/// <summary><c>provision list</c>: the generators of a pack with their family, the data they need and their phrasings.</summary>
public static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var pack = new Option<string>("--pack") { Description = "builtin, a pack.yaml, a pack folder or a .pvpack.", DefaultValueFactory = _ => PackResolver.Builtin };
        var command = new Command("list", "List the generators of a pack: family, data needed, number of question and description templates.") { pack };
        command.SetAction(result => Run(console, result.GetValue(pack)!));
        return command;
    }

    public static int Run(CliConsole console, string packSpec)
    {
        var result = PackResolver.Load(packSpec);
        if (result.Pack is null)
        {
            console.Error.WriteLine(result.FormatDiagnostics().TrimEnd());
            return ExitCodes.Usage;
        }
        var table = new Table().AddColumn("generator").AddColumn("family").AddColumn("needs")
            .AddColumn(new TableColumn("questions").RightAligned()).AddColumn(new TableColumn("descriptions").RightAligned());
        foreach (var g in result.Pack.AllGenerators.OrderBy(g => g.Family).ThenBy(g => g.Name, StringComparer.Ordinal))
        {
            var name = g.Aliases.IsDefaultOrEmpty ? g.Name : $"{g.Name} ({string.Join(", ", g.Aliases)})";
            table.AddRow(Markup.Escape(name), g.Family.ToName(), Needs(g.Needs), g.Templates.Questions.Length.ToString(), g.Templates.Descriptions.Length.ToString());
        }
        console.Ansi.Write(table);
        console.Out.WriteLine($"{result.Pack.Name} {result.Pack.Version}: {result.Pack.AllGenerators.Length} generator(s)");
        return ExitCodes.Ok;
    }

    private static string Needs(DataNeeds needs) => needs == DataNeeds.None ? "-" : needs.ToString().ToLowerInvariant().Replace(", ", ", ");
}

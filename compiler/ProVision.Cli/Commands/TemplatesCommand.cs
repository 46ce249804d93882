using System.CommandLine;
using ProVision.Runtime.Templates;

namespace ProVision.Cli.Commands;

/// <summary><c>provision templates</c>: how many phrasings a generator has, or every one of them.</summary>
public static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var pack = new Argument<string>("pack") { Description = "builtin, a pack.yaml, a pack folder or a .pvpack." };
        var generator = new Argument<string>("generator") { Description = "The generator's name or alias." };
        var count = new Option<bool>("--count") { Description = "Print the number of distinct question and description expansions (the default)." };
        var expand = new Option<bool>("--expand") { Description = "Print every expansion, numbered as in items' 'template' field." };
        var command = new Command("templates", "Count or list the distinct template expansions of a generator.") { pack, generator, count, expand };
        command.SetAction(result => Run(console, result.GetValue(pack)!, result.GetValue(generator)!, result.GetValue(expand)));
        return command;
    }

    public static int Run(CliConsole console, string packSpec, string generatorName, bool expand)
    {
        var result = PackResolver.Load(packSpec);
        if (result.Pack is null)
        {
            console.Error.WriteLine(result.FormatDiagnostics().TrimEnd());
            return ExitCodes.Usage;
        }
        var generator = result.Pack.Find(generatorName);
        if (generator is null)
        {
            var names = string.Join(", ", result.Pack.AllGenerators.Select(g => g.Name).Order(StringComparer.Ordinal));
            console.Error.WriteLine($"error: pack '{result.Pack.Name}' has no generator '{generatorName}'; it has: {names}");
            return ExitCodes.Usage;
        }
        var templates = generator.Templates;
        if (!expand)
        {
            console.Out.WriteLine($"{generator.Name}: {templates.Questions.Length} question template(s), {templates.Descriptions.Length} description template(s)");
            return ExitCodes.Ok;
        }
        // Shown as items will read (capitalised, punctuated), with slots as {placeholders}.
        foreach (var q in templates.Questions)
            console.Out.WriteLine($"{q.Index}\t{TemplateRenderer.Finish(q.Question.Text, TextForm.Question)} -> {string.Join(" | ", q.Answers.Select(a => a.Text))}");
        foreach (var d in templates.Descriptions)
            console.Out.WriteLine($"d{d.Index}\t{TemplateRenderer.Finish(d.Text, TextForm.Description)}");
        return ExitCodes.Ok;
    }
}

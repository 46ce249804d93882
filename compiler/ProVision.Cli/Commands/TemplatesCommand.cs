using System.CommandLine;
using ProVision.Compiler.Linting;
using ProVision.Runtime.Templates;

namespace ProVision.Cli.Commands;

/// <summary>
/// <c>provision templates</c>: how many phrasings a generator has, every one of them, or (<c>--lint</c>) what is wrong
/// with them, for one generator or the whole pack.
/// </summary>
public static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var pack = new Argument<string>("pack") { Description = "builtin, a pack.yaml, a pack folder, a .pvpack or a .pvg file." };
        var generator = new Argument<string?>("generator") { Description = "The generator's name or alias (optional with --lint: every generator).", Arity = ArgumentArity.ZeroOrOne };
        var count = new Option<bool>("--count") { Description = "Print the number of distinct question and description expansions (the default)." };
        var expand = new Option<bool>("--expand") { Description = "Print every expansion, numbered as in items' 'template' field." };
        var lint = new Option<bool>("--lint") { Description = "Check the phrasings with sample values and sample items (PV5xxx); exit 1 on errors." };
        var command = new Command("templates", "Count, list or lint the distinct template expansions of a generator.") { pack, generator, count, expand, lint };
        command.SetAction(result => result.GetValue(lint)
            ? Lint(console, result.GetValue(pack)!, result.GetValue(generator))
            : Run(console, result.GetValue(pack)!, result.GetValue(generator), result.GetValue(expand)));
        return command;
    }

    public static int Run(CliConsole console, string packSpec, string? generatorName, bool expand)
    {
        if (generatorName is null)
        {
            console.Error.WriteLine("error: name a generator (only --lint works on the whole pack), e.g. 'provision templates builtin ExistsObjectGenerator --count'");
            return ExitCodes.Usage;
        }
        var result = PackResolver.Load(packSpec);
        if (result.Pack is null)
        {
            console.Error.WriteLine(result.FormatDiagnostics().TrimEnd());
            return ExitCodes.Usage;
        }
        var generator = result.Pack.Find(generatorName);
        if (generator is null)
        {
            return NoSuchGenerator(console, result.Pack, generatorName);
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

    /// <summary>One finding per line (<c>file(line,col): error PV5010: ...</c>) plus its example; exit 1 when any is an error.</summary>
    public static int Lint(CliConsole console, string packSpec, string? generatorName)
    {
        var result = PackResolver.Load(packSpec);
        if (result.Pack is null)
        {
            console.Error.WriteLine(result.FormatDiagnostics().TrimEnd());
            return ExitCodes.Usage;
        }
        if (generatorName is not null && result.Pack.Find(generatorName) is null)
        {
            return NoSuchGenerator(console, result.Pack, generatorName);
        }
        var findings = TemplateLinter.Lint(result.Pack, generatorName);
        foreach (var finding in findings)
        {
            console.Out.WriteLine(finding.Format());
        }
        var errors = findings.Count(f => f.IsError);
        var linted = generatorName ?? $"{result.Pack.Generators.Length} generator(s)";
        console.Out.WriteLine($"{linted}: {errors} error(s), {findings.Length - errors} warning(s)");
        return errors > 0 ? ExitCodes.Usage : ExitCodes.Ok;
    }

    private static int NoSuchGenerator(CliConsole console, Compiler.Packs.GeneratorPack pack, string name)
    {
        var names = string.Join(", ", pack.AllGenerators.Select(g => g.Name).Order(StringComparer.Ordinal));
        console.Error.WriteLine($"error: pack '{pack.Name}' has no generator '{name}'; it has: {names}");
        return ExitCodes.Usage;
    }
}

using System.Collections.Immutable;
using ProVision.Compiler.Api;
using ProVision.Compiler.Compilation;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Tests.Security;

/// <summary>
/// A pack is code from a stranger. These sources try to break out through the .pvg language itself: every one
/// must be rejected at compile time, or compile into harmless code, or be stopped by the per-graph budget.
/// </summary>
public sealed class PvgAttackTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("provision-attack-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private CompiledPvg Compile(string source) => PvgCompiler.Compile(source, "attack.pvg", new RoslynPackCompiler(new PackCache(_cache)));

    private static string Generator(string name, string template, string query = "for o in objects", string extra = "") => $$"""
        {{extra}}
        generator {{name}} {
          family object
          needs labels
          {{query}}
          emit {
            label = o.label
            answer = o.label
            evidence = [o]
          }
          ask "{{template}}" -> "{label}"
        }
        """;

    private static SceneGraph Graph(int objects) => new("g", null, 100, 100,
        Enumerable.Range(0, objects).Select(i => new SceneObject("thing", new Box(0, 0, 1, 1))).ToImmutableArray(), []);

    [Fact]
    public void Csharp_in_a_template_string_stays_text()
    {
        const string payload = "\\\"); System.IO.File.Delete(\\\"/etc/passwd\\\"); //";
        var compiled = Compile(Generator("Inject", "what is {label} " + payload + " ok"));

        Assert.False(compiled.HasErrors, compiled.FormatDiagnostics());
        var items = new ListItemCollector();
        compiled.Generators.Single().RunOn(Graph(1), GenerationOptions.Default with { McRatio = 0 }, items);
        Assert.Contains("System.IO.File.Delete(\"/etc/passwd\"); //", items.Items.Single().Prompt);
        Assert.DoesNotContain("System.IO.File.Delete(\"/etc/passwd\")", compiled.CSharp!.Replace("\\\"", "'"));
    }

    [Fact]
    public void Names_that_are_csharp_keywords_or_types_cannot_reach_csharp()
    {
        // A generator called System and lets called class/typeof/namespace would break (or hijack) raw C#. They compile
        // because every .pvg name is prefixed in the emitted code.
        var compiled = Compile(Generator("System", "what is {label}?",
            query: "for o in objects\n  let class = 1\n  let typeof = class + 1\n  where typeof > 0"));

        Assert.False(compiled.HasErrors, compiled.FormatDiagnostics());
        Assert.Contains("class G_System", compiled.CSharp);
        Assert.Single(compiled.Generators);

        // Characters outside the language (like C#'s verbatim '@') never get that far.
        var verbatim = Compile(Generator("Verbatim", "what is {label}?").Replace("generator Verbatim", "generator @Verbatim"));
        Assert.True(verbatim.HasErrors);
        Assert.Null(verbatim.CSharp);
    }

    [Fact]
    public void Line_breaks_in_comments_and_strings_do_not_open_code()
    {
        // U+2028/U+2029 and \u0085 end a line in C#; a generated comment quoting the .pvg line must not let text escape.
        var compiled = Compile(Generator("Breaks", "what\u2028System.Environment.Exit(1); is {label}?"));
        if (compiled.CSharp is not null)
        {
            foreach (var line in compiled.CSharp.Split('\n').Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
                Assert.DoesNotContain('\u2028', line);
        }
        Assert.DoesNotContain(compiled.Diagnostics, d => d.Code.StartsWith("PV4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_alternation_product_is_an_error_not_a_hang()
    {
        var group = "[" + string.Join("|", Enumerable.Range(0, 10).Select(i => $"w{i}")) + "]";
        var compiled = Compile(Generator("Huge", string.Join(" ", Enumerable.Repeat(group, 8)) + " {label}?"));

        Assert.True(compiled.HasErrors);
        Assert.Contains(compiled.Diagnostics, d => d.Code == "PV1022");
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic_not_a_stack_overflow()
    {
        var deep = new string('(', 5000) + "1" + new string(')', 5000);
        var compiled = Compile(Generator("Deep", "what is {label}?", query: $"for o in objects\n  where {deep} == 1"));

        Assert.True(compiled.HasErrors);
        Assert.Contains(compiled.Diagnostics, d => d.Code == "PV0016");
    }

    [Fact]
    public void A_pathological_query_is_stopped_by_the_time_budget()
    {
        var compiled = Compile(Generator("Quartic", "what is {label}?",
            query: "for o in objects\n  for a in objects\n  for b in objects\n  for c in objects\n  where a.index + b.index + c.index < 0"));
        Assert.False(compiled.HasErrors, compiled.FormatDiagnostics());

        var options = GenerationOptions.Default with { TimeBudget = TimeSpan.FromMilliseconds(200) };
        var started = System.Diagnostics.Stopwatch.StartNew();
        var context = compiled.Generators.Single().RunOn(Graph(2000), options, new ListItemCollector());

        Assert.Equal(StopReason.TimeBudget, context.StopReason);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"took {started.Elapsed}");
    }
}

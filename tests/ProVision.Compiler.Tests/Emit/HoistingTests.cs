using System.Reflection;
using ProVision.Compiler.Binding;
using ProVision.Compiler.Interpreter;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// Loop-invariant values (Emit/HoistingEmitter.cs): what is hoisted, where its local lives, and that it is
/// computed on first use, never earlier. Corpus case 508 is also run against the reference interpreter by
/// InterpreterTests and TagCountingTests (items, tag counts in balanced pass 1).
/// </summary>
public sealed class HoistingTests
{
    private const string Case = "500-emit/509-loop-invariant-hoisting";

    private static readonly Lazy<string> s_csharp = new(() => CorpusCases.EmittedCSharp(Case));

    // The lines of one generator's class.
    private static List<string> ClassLines(string generator)
    {
        var lines = s_csharp.Value.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith($"public sealed class G_{generator} ", StringComparison.Ordinal));
        Assert.True(start >= 0, generator);
        var end = lines.FindIndex(start, l => l == "}");
        return lines[start..end];
    }

    private static int IndexOf(List<string> lines, string text)
    {
        var index = lines.FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found in\n{string.Join("\n", lines)}");
        return index;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    [Fact]
    public void A_call_on_an_outer_variable_gets_a_local_of_that_variables_loop_used_in_the_inner_loops()
    {
        var lines = ClassLines("NounsOfPairs");
        // plural(o.label) in the loop over p belongs to the loop over o: declared at the top of its body, before o is
        // bound, filled on first use inside the loop over p.
        var oLoop = IndexOf(lines, "int v_o = ");
        var declaration = IndexOf(lines, "string pluralOfO = null;");
        Assert.True(declaration < oLoop);
        Assert.Equal(Indent(lines[oLoop]), Indent(lines[declaration]));
        Assert.True(IndexOf(lines, "(pluralOfO ??= Inflection.Plural(graph.Objects[v_o].Label))") > IndexOf(lines, "int v_p = "));
    }

    [Fact]
    public void A_value_of_an_element_of_a_list_the_same_all_run_is_remembered_per_element_for_the_run()
    {
        var lines = ClassLines("NounsOfPairs");
        var run = IndexOf(lines, "public override void Run(");
        var firstLoop = IndexOf(lines, "for (var i");
        // Declared in Run's own scope, before any loop; filled element by element inside the loops.
        foreach (var local in new[] { "string[] pluralOfXs = null;", "string[] pluralOfPs = null;" })
        {
            var declaration = IndexOf(lines, local);
            Assert.True(run < declaration && declaration < firstLoop, local);
        }
        var lambda = IndexOf(lines, "var v_x = ");
        // A string element is read, and written only while null (no `a[i] ??=`, which takes a reference to the element).
        Assert.Contains("((pluralOfXs ??= new string[", lines[lambda + 1], StringComparison.Ordinal);
        Assert.Contains("[i", lines[lambda + 1], StringComparison.Ordinal);
        Assert.Contains(" ?? (pluralOfXs[i", lines[lambda + 1], StringComparison.Ordinal);
        Assert.Contains("] = Inflection.Plural(graph.Objects[v_x].Label)))", lines[lambda + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_depends_on_the_inner_variable_and_an_outer_one_stays_in_the_inner_loop()
    {
        var lines = ClassLines("ThreeDeep");
        var where = IndexOf(lines, "Geometry.Contains(");
        Assert.True(where > IndexOf(lines, "int v_c = "));
        Assert.Contains("!Geometry.Contains(graph.Objects[v_b].Box, graph.Objects[v_c].Box)", lines[where], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("containsOf", StringComparison.Ordinal));
    }

    [Fact]
    public void Three_loops_deep_each_value_lands_in_the_loop_of_its_innermost_variable()
    {
        var lines = ClassLines("ThreeDeep");
        var (a, b, c) = (IndexOf(lines, "int v_a = "), IndexOf(lines, "int v_b = "), IndexOf(lines, "int v_c = "));
        foreach (var (local, loop) in new[] { ("bool? isThingOfA", a), ("string nounOfA", a) })
        {
            var declaration = IndexOf(lines, local + " = null;");
            Assert.Equal(Indent(lines[loop]), Indent(lines[declaration]));
            Assert.True(declaration < loop, local);
        }
        // b and c run over objects, the same list all run: plural(b.label) and plural(c.label) are remembered per
        // object for the run (declared before the first loop).
        Assert.True(IndexOf(lines, "string[] pluralOfBs = null;") < a && IndexOf(lines, "string[] pluralOfCs = null;") < a);
        Assert.True(b > a && c > b);
        // The where over a, b and c is in the loop over c, and reads the locals there.
        var where = lines.FindIndex(c, l => l.Contains("(isThingOfA ??=", StringComparison.Ordinal));
        Assert.True(where > c && lines[where].Contains("((pluralOfBs ??= new string[", StringComparison.Ordinal) && lines[where].Contains("(nounOfA ??=", StringComparison.Ordinal));
        Assert.Contains("((pluralOfCs ??= new string[", lines[where], StringComparison.Ordinal);
    }

    [Fact]
    public void A_hoisted_value_is_computed_where_it_was_reached_after_the_where_before_it()
    {
        var lines = ClassLines("FaultBehindFalseWhere");
        // `where p.index < 0` reads p only: its verdict is remembered per p (InvariantInnerFor below), then skips.
        var falseWhere = IndexOf(lines, "var t6 = v_p < 0;");
        Assert.Contains("!= 1) continue;", lines[falseWhere + 3], StringComparison.Ordinal);
        var use = IndexOf(lines, "(absOfLeast ??= Math.Abs(v_least))");
        Assert.True(use > falseWhere);
    }

    [Theory]
    [InlineData("FaultBehindFalseWhere")]
    [InlineData("FaultInsideEmptyLoop")]
    public void A_value_that_throws_is_not_computed_when_it_is_never_reached(string generator)
    {
        var compiled = InMemoryCompiler.CompilePvg(CorpusCases.Source(Case), Case + CorpusCases.SourceExtension);
        var collector = new ListItemCollector();
        compiled.Create(generator).Run(Context(generator, TestScenes.Kitchen(), collector));
        Assert.Empty(collector.Items);
    }

    [Fact]
    public void A_value_that_throws_throws_in_both_back_ends_when_it_is_reached()
    {
        // The case's generator with a where that holds: abs of the smallest Int overflows for the first object.
        var source = CorpusCases.Source(Case).Replace("  where p.index < 0\n", "  where p.index >= 0\n", StringComparison.Ordinal);
        Assert.NotEqual(CorpusCases.Source(Case), source);
        var compiled = InMemoryCompiler.CompilePvg(source, "reached.pvg");
        var bound = ProVision.Compiler.Binding.Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(source, "reached.pvg")]);
        var generator = bound.Pack.Generators.Single(g => g.Name == "FaultBehindFalseWhere");
        Assert.Throws<OverflowException>(() => { compiled.Create(generator.Name).Run(Context(generator.Name, TestScenes.Kitchen(), new ListItemCollector())); });
        var interpreted = Record.Exception(() => { new InterpretedGenerator(generator, bound.Pack).Run(Context(generator.Name, TestScenes.Kitchen(), new ListItemCollector())); });
        Assert.IsType<OverflowException>(interpreted is TargetInvocationException { InnerException: { } inner } ? inner : interpreted);
    }

    [Fact]
    public void A_hoisted_local_that_a_tag_uses_is_declared_outside_what_balanced_pass_one_skips()
    {
        var lines = ClassLines("TagUsesHoisted");
        var skipped = IndexOf(lines, "if (!context.CountingTags)");
        var tag = IndexOf(lines, "item.AddTag(\"noun\", (nounOfO ??=");
        var declaration = IndexOf(lines, "string nounOfO = null;");
        Assert.True(declaration < skipped && tag > skipped);
        Assert.True(Indent(lines[declaration]) < Indent(lines[skipped]));
        Assert.Equal(Indent(lines[skipped]), Indent(lines[tag]));
    }

    [Fact]
    public void An_inner_for_whose_list_and_first_where_read_no_outer_variable_remembers_each_elements_verdict()
    {
        var lines = ClassLines("InvariantInnerFor");
        var oLoop = IndexOf(lines, "int v_o = ");
        var ready = IndexOf(lines, "if (!theObjectsReady)");
        var verdict = IndexOf(lines, "if (theObjectsVerdicts[");
        var p = IndexOf(lines, "int v_p = ");
        Assert.True(oLoop < ready && ready < p && p < verdict);
        // Declared once per run (the list reads no variable), filled on first use inside the loop over o.
        Assert.True(IndexOf(lines, "ReadOnlySpan<int> theObjects = default;") < oLoop);
        // The wheres that read o, or can fault, stay outside the remembered verdict, for every (o, p).
        var skip = IndexOf(lines, "if (theObjectsVerdicts[");
        Assert.Contains("!= 1) continue;", lines[lines.FindIndex(verdict + 1, l => l.Contains("theObjectsVerdicts[", StringComparison.Ordinal) && l.Contains("!= 1", StringComparison.Ordinal))], StringComparison.Ordinal);
        Assert.True(IndexOf(lines, "if (!(v_p != v_o)) continue;") > skip);
        Assert.True(IndexOf(lines, "Arithmetic.TryDivide") > skip);
    }

    [Fact]
    public void A_remembered_verdict_gives_the_same_items_and_faults_as_asking_every_time()
    {
        var compiled = InMemoryCompiler.CompilePvg(CorpusCases.Source(Case), Case + CorpusCases.SourceExtension);
        var bound = ProVision.Compiler.Binding.Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(CorpusCases.Source(Case), Case + CorpusCases.SourceExtension)]);
        var generator = bound.Pack.Generators.Single(g => g.Name == "InvariantInnerFor");
        foreach (var graph in new[] { TestScenes.Kitchen(), TestScenes.Street(), TestScenes.Room() })
        {
            var (nativeItems, interpretedItems) = (new ListItemCollector(), new ListItemCollector());
            var native = Context(generator.Name, graph, nativeItems);
            var interpreted = Context(generator.Name, graph, interpretedItems);
            compiled.Create(generator.Name).Run(native);
            new InterpretedGenerator(generator, bound.Pack).Run(interpreted);
            Assert.Equal(interpretedItems.Items.Select(GeneratedItemJson.Serialize), nativeItems.Items.Select(GeneratedItemJson.Serialize));
            // The object at index 1 divides by zero once per other object that reaches the where.
            Assert.True(native.FaultCount > 1, graph.ImageId);
            Assert.Equal(interpreted.FaultCount, native.FaultCount);
        }
    }

    [Fact]
    public void Only_functions_that_draw_no_random_numbers_are_pure()
    {
        foreach (var function in StandardLibrary.Functions)
        {
            var random = (function.Flags & (FunctionFlags.ItemRandom | FunctionFlags.QueryRandom)) != 0;
            Assert.Equal(!random, function.IsPure);
            if (function.Binding is { } binding)
            {
                // A runtime member that takes a random stream (or is one's method) must say so in the registry.
                var takesRandom = binding.DeclaringType == typeof(DeterministicRandom) || binding.DeclaringType
                    .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
                    .Where(m => m.Name == binding.Member)
                    .Any(m => m.GetParameters().Any(p => p.ParameterType == typeof(DeterministicRandom)));
                Assert.True(!takesRandom || !function.IsPure, function.Name + " takes a random stream but is marked pure");
            }
        }
    }

    private static GeneratorContext Context(string name, SceneGraph graph, ListItemCollector collector) =>
        new(name, graph, new GenerationOptions { Seed = 7 }, collector, TestScenes.KitchenVocabulary()) { DataSet = new DataSetIndex([graph]) };
}

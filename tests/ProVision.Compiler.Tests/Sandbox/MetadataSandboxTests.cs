using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Sandbox;
using ProVision.Compiler.Tests.Compilation;

namespace ProVision.Compiler.Tests.Sandbox;

/// <summary>
/// The sandbox's metadata fast path: it vouches for ordinary generator code on its own, and sends everything it
/// cannot vouch for (names that leave no IL behind included) to the semantic walk, which still rejects it.
/// </summary>
public sealed class MetadataSandboxTests
{
    private static readonly RoslynPackCompiler s_compiler = new();

    [Fact]
    public void The_hand_written_generator_needs_no_semantic_walk()
    {
        Assert.True(IsClean(TestSources.HandWritten));
    }

    [Fact]
    public void Code_the_compiler_lowers_to_helper_types_needs_no_semantic_walk()
    {
        // Interpolation, collection expressions and closures make Roslyn reference DefaultInterpolatedStringHandler,
        // CollectionsMarshal, CompilerGenerated and the like.
        var source = TestSources.Generator("Lowered", """
            var k = context.Graph.Objects.Length;
                    List<int> list = [k, 2, 3];
                    var text = $"{k} and {list.Count}";
                    Func<int, int> add = x => x + k;
                    var total = 0;
                    foreach (var n in Numbers(add(1)))
                    {
                        total += n;
                    }
                    int Twice(int x) => x * 2 + k;
                    total += Twice(total);
                    if (text.Length == 0 || total < 0)
                    {
                        throw new InvalidOperationException("unreachable");
                    }
            """, members: "private static int[] Numbers(int count) => new int[count];");

        Assert.True(IsClean(source));
    }

    [Fact]
    public void A_compiler_helper_type_the_source_names_is_rejected()
    {
        var source = TestSources.Generator("Helper", "object o = \"x\"; var s = System.Runtime.CompilerServices.Unsafe.As<string>(o);");

        Assert.False(IsClean(source));
        var result = s_compiler.CompileImage(source, new PackIdentity("helper"));
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == "PV4002" && d.Message.Contains("Unsafe", StringComparison.Ordinal));
    }

    [Fact]
    public void An_iterator_is_left_to_the_walk()
    {
        // Its state machine attribute takes a System.Type, which the fast path never vouches for.
        var source = TestSources.Generator("Iterating", "var count = Numbers(3).GetEnumerator().Current;",
            members: "private static IEnumerable<int> Numbers(int count) { for (var i = 0; i < count; i++) { yield return i; } }");

        Assert.False(IsClean(source));
    }

    [Theory]
    [InlineData("var n = nameof(Environment);")]
    [InlineData("var ticks = TimeSpan.TicksPerSecond;")]
    [InlineData("DateTime unused = default;")]
    [InlineData("var list = new List<DateTime>();")]
    [InlineData("var hash = \"x\".GetType();")]
    [InlineData("var later = System.Threading.Timeout.Infinite;")]
    public void Code_the_metadata_cannot_vouch_for_goes_to_the_walk(string run)
    {
        Assert.False(IsClean(TestSources.Generator("Quiet", run)));
    }

    [Theory]
    [InlineData("var n = nameof(Environment);", "", "Environment", "'System.Environment' is not allowed in a pack")]
    [InlineData("var ticks = TimeSpan.TicksPerSecond;", "", "TimeSpan", "'System.TimeSpan.TicksPerSecond' is not allowed in a pack")]
    [InlineData("DateTime unused = default;", "", "DateTime", "'System.DateTime' is not allowed in a pack")]
    [InlineData("", "using static System.GC;", "using static", "'System.GC' is not allowed in a pack")]
    public void Forbidden_names_without_IL_are_still_rejected(string run, string usings, string marker, string message)
    {
        var source = TestSources.Generator("Quiet", run, usings);
        var line = TestSources.LineOf(source, marker);

        var result = s_compiler.CompileImage(source, new PackIdentity("quiet"));

        Assert.False(result.Success);
        var expected = $"{message} (C# line {line})";
        Assert.True(
            result.Diagnostics.Any(d => d.Code == "PV4002" && d.Message.StartsWith(expected, StringComparison.Ordinal)),
            $"expected PV4002 '{expected}...'; got:\n{string.Join("\n", result.Diagnostics.Select(d => $"{d.Code} {d.Message}"))}");
    }

    // The pack's compilation as CSharpBackend builds it (without the discovered factory), emitted and judged.
    private static bool IsClean(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "pack.g.cs");
        var prelude = CSharpSyntaxTree.ParseText(CSharpBackend.PreludeSource, new CSharpParseOptions(LanguageVersion.Latest), "prelude.g.cs");
        var compilation = CSharpCompilation.Create("quiet", [prelude, tree], PackReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataSandbox.IsClean(tree, compilation, pe.ToArray());
    }
}

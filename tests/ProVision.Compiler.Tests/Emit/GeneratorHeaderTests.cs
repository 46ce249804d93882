using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Interpreter;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// An emitted generator states its header's facts once, in the <see cref="GeneratorHeader"/> its constructor passes to
/// <see cref="EmittedGenerator"/>: every fact must read as the compiler bound it, the same as the reference interpreter
/// (which reads the bound generator itself) reports it.
/// </summary>
public sealed class GeneratorHeaderTests
{
    // Headers the built-in pack does not hold: a constant draw and one of imagesPerItem images (ImagesPerItemTests),
    // questions only, descriptions only and both (HasClausesTests), two aliases, a template that repeats a phrasing
    // (PV1020 turns PhrasingsDistinctAsWritten off).
    private const string Source = ImagesPerItemTests.Source + "\n" + HasClausesTests.Source + "\n" + """
        generator Aliased {
          needs labels
          alias Describe
          alias Narrate
          for o in objects
          emit { answer = o.label }
          ask "what is this?" -> "{answer}"
        }

        generator Repeats {
          needs labels
          for o in objects
          emit { answer = o.label }
          ask "[what|what] is this?" -> "{answer}"
        }
        """;

    [Fact]
    public void Every_builtin_generator_reports_the_bound_header()
    {
        var bound = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(BuiltinPackInterpreterTests.Source(), "builtin.pvg")]);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var compiled = BuiltinPackInterpreterTests.Compiled();
        foreach (var generator in bound.Pack.Generators)
        {
            AssertSameHeader(generator, bound.Pack, compiled.Create(generator.Name));
        }
    }

    [Fact]
    public void Headers_the_builtin_pack_lacks_report_the_bound_facts()
    {
        var compiled = InMemoryCompiler.CompilePvg(Source, "headers.pvg");
        var bound = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(Source, "headers.pvg")]);
        foreach (var generator in bound.Pack.Generators)
        {
            AssertSameHeader(generator, bound.Pack, compiled.Create(generator.Name));
        }
        var pair = compiled.Create("PairOnly");
        Assert.Equal((true, 2, 2, 2), (pair.IsMultiImage, pair.ImageCount, pair.MinImageCount, pair.MaxImageCount));
        Assert.Equal(["Describe", "Narrate"], compiled.Create("Aliased").Aliases.ToArray());
        Assert.False(compiled.Create("Repeats").PhrasingsDistinctAsWritten);
    }

    private static void AssertSameHeader(BoundGenerator generator, BoundPack pack, CompiledGenerator emitted)
    {
        var interpreted = new InterpretedGenerator(generator, pack);
        Assert.IsAssignableFrom<EmittedGenerator>(emitted);
        Assert.Equal(interpreted.Name, emitted.Name);
        Assert.Equal(interpreted.Aliases.ToArray(), emitted.Aliases.ToArray());
        Assert.Equal(interpreted.Family, emitted.Family);
        Assert.Equal(interpreted.Needs, emitted.Needs);
        Assert.Equal(interpreted.HasTags, emitted.HasTags);
        Assert.Equal(interpreted.IsMultiImage, emitted.IsMultiImage);
        Assert.Equal(interpreted.ImageCount, emitted.ImageCount);
        Assert.Equal(interpreted.MinImageCount, emitted.MinImageCount);
        Assert.Equal(interpreted.MaxImageCount, emitted.MaxImageCount);
        // The interpreter answers these from its templates (the base class's way); the emitted class from its header.
        Assert.Equal(interpreted.HasClauses(GenerationMode.Qa), emitted.HasClauses(GenerationMode.Qa));
        Assert.Equal(interpreted.HasClauses(GenerationMode.Description), emitted.HasClauses(GenerationMode.Description));
        Assert.Equal(generator.PhrasingsDistinctAsWritten, emitted.PhrasingsDistinctAsWritten);
    }
}

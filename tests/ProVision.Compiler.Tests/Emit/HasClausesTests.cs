using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// An emitted generator answers <see cref="CompiledGenerator.HasClauses"/> from what the compiler knows, without
/// building its templates; the answer must be the one its templates give (the end-of-run summary's row depends on it).
/// </summary>
public sealed class HasClausesTests
{
    /// <summary>One generator with questions only, one with descriptions only, one with both.</summary>
    internal const string Source = """
        generator Asks {
          needs labels
          for o in objects
          emit { answer = o.label }
          ask "what is this?" -> "{answer}"
        }
        generator Tells {
          needs labels
          for o in objects
          emit { answer = o.label }
          tell "there is a {answer}."
        }
        generator Both {
          needs labels
          for o in objects
          emit { answer = o.label }
          ask "what is this?" -> "{answer}"
          tell "there is a {answer}."
        }
        """;

    [Fact]
    public void Every_builtin_generator_answers_what_its_templates_say()
    {
        var compiled = BuiltinPackInterpreterTests.Compiled();
        foreach (var declared in compiled.Result.Generators)
        {
            AssertAnswersAsTemplates(compiled.Create(declared.Name));
        }
    }

    [Fact]
    public void Generators_with_questions_descriptions_or_both_answer_what_their_templates_say()
    {
        var compiled = InMemoryCompiler.CompilePvg(Source, "clauses.pvg");

        Assert.DoesNotContain(compiled.Result.Diagnostics, d => d.Severity == ProVision.Compiler.Diagnostics.DiagnosticSeverity.Error);
        foreach (var name in new[] { "Asks", "Tells", "Both" })
        {
            AssertAnswersAsTemplates(compiled.Create(name));
        }
        Assert.False(compiled.Create("Asks").HasClauses(GenerationMode.Description));
        Assert.False(compiled.Create("Tells").HasClauses(GenerationMode.Qa));
    }

    // The base class's answer, read from the templates.
    private static void AssertAnswersAsTemplates(CompiledGenerator generator)
    {
        Assert.Equal(!generator.QuestionTemplates.IsDefaultOrEmpty, generator.HasClauses(GenerationMode.Qa));
        Assert.Equal(!generator.DescriptionTemplates.IsDefaultOrEmpty, generator.HasClauses(GenerationMode.Description));
    }
}

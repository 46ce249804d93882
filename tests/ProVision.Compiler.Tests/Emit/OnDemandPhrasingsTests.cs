using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// An emitted generator says its phrasings are distinct as written (and the engine expands each phrasing when an item
/// draws it) exactly when no template has PV1020; for every built-in generator the phrasings drawn one by one are
/// those of the full expansion.
/// </summary>
public sealed class OnDemandPhrasingsTests
{
    [Fact]
    public void Every_builtin_generator_draws_the_phrasings_its_full_expansion_lists()
    {
        var compiled = BuiltinPackInterpreterTests.Compiled();
        foreach (var declared in compiled.Result.Generators)
        {
            var generator = compiled.Create(declared.Name);
            Assert.True(generator.PhrasingsDistinctAsWritten, declared.Name);
            var full = new CompiledTemplates(generator.QuestionTemplates, generator.DescriptionTemplates);
            var onDemand = generator.Templates;
            Assert.Equal(full.QuestionCount, onDemand.QuestionCount);
            Assert.Equal(full.DescriptionCount, onDemand.DescriptionCount);
            for (var i = full.QuestionCount - 1; i >= 0; i--)
            {
                var (expected, drawn) = (full.Question(i), onDemand.Question(i));
                Assert.Equal(Describe(expected), Describe(drawn));
            }
            for (var i = 0; i < full.DescriptionCount; i++)
            {
                Assert.Equal(Describe(full.Description(i)), Describe(onDemand.Description(i)));
            }
        }
    }

    [Fact]
    public void A_template_that_repeats_a_phrasing_gets_every_phrasing_expanded_first()
    {
        const string Source = """
            generator Repeats {
              needs labels
              for o in objects
              emit { answer = o.label }
              ask "[what|what] is this?" -> "{answer}"
            }
            generator Distinct {
              needs labels
              for o in objects
              emit { answer = o.label }
              ask "[what|which thing] is this?" -> "{answer}"
              ask "what is this?" -> "{answer}"
            }
            """;
        var compiled = InMemoryCompiler.CompilePvg(Source, "repeats.pvg");

        Assert.Contains(compiled.Result.Diagnostics, d => d.Code == "PV1020");
        Assert.False(compiled.Create("Repeats").PhrasingsDistinctAsWritten);
        Assert.True(compiled.Create("Distinct").PhrasingsDistinctAsWritten); // PV1021 across templates numbers both
        Assert.Equal(["what is this?"], compiled.Create("Repeats").Templates.Questions.Select(q => q.Question.Text));
    }

    private static string Describe(QuestionTemplate question) =>
        $"{question.Index} {question.AskIndex} {Describe(question.Question)} -> {string.Join(" | ", question.Answers.Select(Describe))}";

    private static string Describe(TemplateExpansion expansion) =>
        $"{expansion.Index}:{string.Join("", expansion.Segments.Select(s => s.IsSlot ? "<" + s + ">" : "'" + s + "'"))}";
}

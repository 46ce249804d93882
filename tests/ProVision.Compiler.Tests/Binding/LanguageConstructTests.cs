using System.Text;
using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Tests.Binding;

/// <summary>
/// Defs, parameterised generators and phrase-set scopes beyond what the corpus shows: hostile sources (deep and
/// exponential defs, recursion across files, huge parameter and argument lists) end in one located error, and phrase
/// sets resolve by folder, nearest first.
/// </summary>
public sealed class LanguageConstructTests
{
    private static BindingResult Bind(params (string Path, string Text)[] files) =>
        Binder.Bind([.. files.Select(f => SyntaxTree.Parse(f.Text, f.Path))]);

    private static Diagnostic Single(BindingResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);

    private const string Generator = """
        generator G {
          emit {
            answer = top(1)
          }
          ask "How many?" -> "{answer}"
        }
        """;

    [Fact]
    public void A_chain_of_defs_deeper_than_the_limit_is_one_located_error()
    {
        var defs = new StringBuilder("def top(n: int): int = d0(n)\n");
        for (var i = 0; i < 2000; i++)
        {
            defs.Append($"def d{i}(n: int): int = d{i + 1}(n) + 1\n");
        }
        defs.Append("def d2000(n: int): int = n\n");

        var result = Bind(("deep.pvg", defs + Generator));

        var error = Single(result, "PV1057");
        Assert.Equal("deep.pvg", error.Source!.Path);
        Assert.Contains("nest deeper than 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defs_that_double_at_each_level_stop_at_the_inlining_limit()
    {
        var defs = new StringBuilder("def top(n: int): int = e30(n)\ndef e0(n: int): int = n\n");
        for (var i = 1; i <= 30; i++)
        {
            defs.Append($"def e{i}(n: int): int = e{i - 1}(n) + e{i - 1}(n)\n");
        }

        var result = Bind(("wide.pvg", defs + Generator));

        Assert.Contains("more than 4,096 def calls", Single(result, "PV1057").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recursion_through_defs_in_other_files_is_reported_at_the_call_that_closes_the_cycle()
    {
        var result = Bind(
            ("a.pvg", "def top(n: int): int = even(n)\n" + Generator),
            ("b.pvg", "def even(n: int): int = n == 0 ? 1 : odd(n - 1)"),
            ("c.pvg", "def odd(n: int): int = n == 0 ? 0 : even(n - 1)"));

        var error = Single(result, "PV1056");
        Assert.Equal("c.pvg", error.Source!.Path);
        Assert.Contains("'even' calls 'odd', 'odd' calls 'even'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_parameter_and_argument_lists_are_reported_not_expanded()
    {
        var parameters = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"p{i}: int"));
        var arguments = string.Join(", ", Enumerable.Range(0, 20_000));
        var source = $$"""
            phrases w = "x"
            def top(n: int): int = big({{arguments}})
            def big({{parameters}}): int = p0
            generator Shape({{parameters}}, word: phrases) {
              emit {
                answer = p1
              }
              ask "{word}?" -> "{answer}"
            }
            generator Instance = Shape({{arguments}}, w)
            {{Generator}}
            """;

        var result = Bind(("huge.pvg", source));

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "PV1066"));
        Assert.All(result.Diagnostics.Where(d => d.Code == "PV1066"), d => Assert.Contains("parameters; the limit is 64", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_def_body_sees_its_parameters_and_not_the_callers_variables()
    {
        var result = Bind(("scope.pvg", """
            def leak(n: int): int = n + hidden
            generator G {
              let hidden = 1
              emit {
                answer = leak(hidden)
              }
              ask "How many?" -> "{answer}"
            }
            """));

        var error = Single(result, "PV1001");
        Assert.Contains("'hidden'", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Text.TextSpan(28, 6), error.Span);
    }

    [Fact]
    public void Data_read_inside_a_def_is_charged_to_the_generators_call()
    {
        var result = Bind(("needs.pvg", """
            def width(o: Object): float = o.box.width
            generator G {
              needs labels
              for o in objects
              emit {
                answer = width(o)
              }
              ask "How wide?" -> "{answer}"
            }
            """));

        var error = Single(result, "PV1025");
        Assert.Contains("'width(o)'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_nouns_read_labels_and_need_an_image()
    {
        var withoutLabels = Bind(("nouns.pvg", """
            generator G {
              family multi-image
              needs relations
              images 2
              draw imgs = 2 images
              for n in imgs[0].nouns
              emit {
                answer = n
              }
              ask "Which?" -> "{answer}"
            }
            """));
        Assert.Contains("nouns", Single(withoutLabels, "PV1025").Message, StringComparison.Ordinal);

        var onAString = Bind(("nouns.pvg", """
            generator G {
              needs labels
              for o in objects
              emit {
                answer = o.label.nouns
              }
              ask "Which?" -> "{answer}"
            }
            """));
        Assert.Contains(onAString.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Instances_keep_their_own_names_and_phrase_sets()
    {
        var result = Bind(("shape.pvg", """
            phrases left  = "furthest left"
            phrases right = "furthest right"
            generator Extreme(smallest: bool, most: phrases) {
              needs labels, boxes
              let pick = smallest ? argmin(objects, o => o.box.x1) : argmax(objects, o => o.box.x2)
              emit {
                answer = pick.label
              }
              ask "Which object is {most}?" -> "{answer}"
            }
            generator LeftMost = Extreme(true, left)
            generator RightMost = Extreme(false, right)
            """));

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(["LeftMost", "RightMost"], result.Pack.Generators.Select(g => g.Name));
        var sets = result.Pack.Generators.Select(g => g.Asks.Single().Question.DescendantHoles().OfType<BoundPhraseSetHole>().Single().PhraseSet.Name);
        Assert.Equal(["left", "right"], sets);
        // The constant condition folded: each instance keeps only its own branch.
        var lets = result.Pack.Generators.Select(g => g.Clauses.OfType<BoundLetClause>().Single().Value).ToList();
        Assert.All(lets, l => Assert.IsType<BoundCall>(l));
        Assert.Equal(["argmin", "argmax"], lets.Cast<BoundCall>().Select(c => c.Function.Name));
    }

    [Fact]
    public void A_folder_sees_its_own_phrase_sets_first_then_those_of_the_folders_above()
    {
        const string Template = """
            generator {0} {{
              needs labels
              for o in objects
              emit {{
                answer = o.label
              }}
              ask "Is it {{place}}?" -> "{{answer}}"
            }}
            """;
        var result = Bind(
            ("pack/common.pvg", "phrases place = \"\" | \"in the image\""),
            ("pack/sg/phrases.pvg", "phrases place = \"in this image\""),
            ("pack/sg/one.pvg", string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, "SceneGraph")),
            ("pack/object/one.pvg", string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, "Object")));

        Assert.Empty(result.Diagnostics);
        var used = result.Pack.Generators.ToDictionary(
            g => g.Name,
            g => g.Asks.Single().Question.DescendantHoles().OfType<BoundPhraseSetHole>().Single().PhraseSet.Source.Path);
        Assert.Equal("pack/sg/phrases.pvg", used["SceneGraph"]);
        Assert.Equal("pack/common.pvg", used["Object"]);
    }

    [Fact]
    public void A_name_declared_twice_in_one_folder_is_an_error_and_a_sibling_folders_set_is_not_visible()
    {
        var result = Bind(
            ("pack/a/one.pvg", "phrases place = \"here\""),
            ("pack/a/two.pvg", "phrases place = \"there\""),
            ("pack/b/gen.pvg", """
                generator G {
                  needs labels
                  for o in objects
                  emit {
                    answer = o.label
                  }
                  ask "Is it {place}?" -> "{answer}"
                }
                """));

        Assert.Equal("pack/a/two.pvg", Single(result, "PV1029").Source!.Path);
        Assert.Equal("pack/b/gen.pvg", Single(result, "PV1018").Source!.Path);
    }
}

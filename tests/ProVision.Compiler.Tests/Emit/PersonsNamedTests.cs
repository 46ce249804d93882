using ProVision.Compiler.Binding;
using ProVision.Compiler.Interpreter;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// The persons rule's form (<c>personsNamed</c>, <c>img.personNouns</c>; docs/evidence.md#persons) on scenes whose
/// persons go by different nouns, which the shared test scenes lack: corpus cases 520 (a drawn image), 522 (the
/// current image) and 523 (a referring expression's noun, <c>personsNamedBy</c>) put the form and the plain condition
/// it stands for in every item, and the interpreter and the compiled class must agree on every item.
/// </summary>
public sealed class PersonsNamedTests
{
    private const string MultiCase = "500-emit/520-persons-named-multi";
    private const string SingleCase = "500-emit/522-persons-named-single";
    private const string ExpressionCase = "500-emit/523-persons-named-by-expression";

    // "people" is the plural of the person noun "person".
    private static Vocabulary PersonsVocabulary() => new([], [], [], persons: ["person", "man", "player"]);

    // A man beside a player; men only; people beside a chair; no person at all.
    private static SceneGraph[] Scenes() =>
    [
        Scene("field", "man", "player", "bat"),
        Scene("street", "man", "men", "dog"),
        Scene("hall", "people", "person", "chair"),
        Scene("yard", "dog", "cat"),
    ];

    private static SceneGraph Scene(string id, params string[] labels) =>
        new(id, $"images/{id}.jpg", 100, 100, [.. labels.Select((l, i) => new SceneObject(l, new Box(i * 10, 0, i * 10 + 5, 5)))], []);

    [Fact]
    public void Over_a_drawn_image_the_form_answers_as_the_plain_condition_and_both_back_ends_agree()
    {
        var items = RunBoth(MultiCase, (generator, collector) =>
            generator.RunOn(new DataSetIndex([.. Scenes()]), new GenerationOptions { Seed = 3 }, collector, PersonsVocabulary()));

        Assert.All(items, item =>
        {
            Assert.Equal(item.Slot("listed"), item.Slot("named"));
            Assert.Equal(item.Slot("listed2"), item.Slot("man"));
            Assert.Equal(item.Slot("nouns"), item.Slot("persons"));
        });
        // The rule bites (the field's man beside its player) and keeps a person noun where it names every person.
        Assert.Contains(items, i => i.Slot("label") == "man" && i.Images.Contains("images/field.jpg") && !i.Slot("named")!.Contains(Named(i, "images/field.jpg"), StringComparison.Ordinal));
        Assert.Contains(items, i => i.Slot("label") == "man" && i.Images.Contains("images/street.jpg") && i.Slot("named")!.Contains(Named(i, "images/street.jpg"), StringComparison.Ordinal));
    }

    [Fact]
    public void Over_the_current_image_the_form_answers_as_the_plain_condition_and_both_back_ends_agree()
    {
        var items = new List<GeneratedItem>();
        foreach (var graph in Scenes())
        {
            items.AddRange(RunBoth(SingleCase, (generator, collector) =>
                generator.Run(new GeneratorContext(generator.Name, graph, new GenerationOptions { Seed = 3 }, collector, PersonsVocabulary())
                {
                    DataSet = new DataSetIndex([graph]),
                })));
        }

        Assert.All(items, item =>
        {
            Assert.Equal(item.Slot("listed"), item.Slot("named"));
            Assert.Equal(item.Slot("listed2"), item.Slot("man"));
        });
        string Named(string image, string label) => items.Single(i => i.Images[0] == $"images/{image}.jpg" && i.Slot("label") == label).Slot("named")!;
        Assert.Equal("no", Named("field", "man")); // the player may be a man too
        Assert.Equal("yes", Named("street", "man")); // "men" is the noun man
        Assert.Equal("yes", Named("hall", "person")); // "people" is the noun person
        Assert.Equal("yes", Named("yard", "dog"));
    }

    [Fact]
    public void For_an_expression_the_form_answers_as_the_plain_condition_and_both_back_ends_agree()
    {
        // 0 man [tall] holding 1 bat [wooden]; 2 (a player, or men) [young] wearing 3 cap [red].
        static SceneGraph Field(string other) => new($"field_{other}", $"images/field_{other}.jpg", 100, 100,
            [
                new SceneObject("man", new Box(0, 0, 10, 40), attributes: ["tall"]), new SceneObject("bat", new Box(10, 10, 20, 15), attributes: ["wooden"]),
                new SceneObject(other, new Box(50, 0, 60, 40), attributes: ["young"]), new SceneObject("cap", new Box(50, 0, 60, 5), attributes: ["red"]),
            ],
            [new Relation(0, "holding", 1), new Relation(2, "wearing", 3)]);
        var items = new List<GeneratedItem>();
        foreach (var graph in new[] { Field("player"), Field("men") })
        {
            items.AddRange(RunBoth(ExpressionCase, (generator, collector) =>
                generator.Run(new GeneratorContext(generator.Name, graph, new GenerationOptions { Seed = 3 }, collector, PersonsVocabulary())
                {
                    DataSet = new DataSetIndex([graph]),
                })));
        }

        Assert.All(items, item => Assert.Equal(item.Slot("listed"), item.Slot("named")));
        string Named(string other, string phrase) => items.Single(i => i.Images[0] == $"images/field_{other}.jpg" && i.Slot("phrase") == phrase).Slot("named")!;
        Assert.Equal("no", Named("player", "wooden object that the tall man is holding")); // the player may be the tall man
        Assert.Equal("no", Named("player", "red object that the young player is wearing"));
        Assert.Equal("yes", Named("player", "tall object that is holding the wooden bat")); // names no person
        Assert.Equal("yes", Named("men", "wooden object that the tall man is holding")); // "men" is the noun man
        Assert.Equal("yes", Named("men", "red object that the young men are wearing"));
    }

    [Fact]
    public void The_form_over_the_current_image_is_not_available_in_a_multi_image_generator()
    {
        const string source = """
            generator G {
              family multi-image
              needs labels
              images 2
              draw imgs = imagesPerItem images
              for lbl in imgs[0].nouns
              where personsNamed([lbl])
              emit {
                answer = lbl
              }
              ask "Which?" -> "{answer}"
            }
            """;
        var result = Binder.Bind([SyntaxTree.Parse(source, "g.pvg")]);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PV1045");
        Assert.Contains("'personsNamed(nouns: List<string>) -> bool (single-image)' is not available here", error.Message, StringComparison.Ordinal);
    }

    // How the item names the image at that path ("Image 1", ...).
    private static string Named(GeneratedItem item, string path) => ImageNumbering.Name(item.Images.IndexOf(path));

    // The case's items from the compiled class, after checking that the reference interpreter gives the same.
    private static List<GeneratedItem> RunBoth(string name, Action<CompiledGenerator, ListItemCollector> run)
    {
        var compiled = InMemoryCompiler.CompilePvg(CorpusCases.Source(name), name + CorpusCases.SourceExtension);
        var bound = Binder.Bind([SyntaxTree.Parse(CorpusCases.Source(name), name + CorpusCases.SourceExtension)]);
        var generator = Assert.Single(bound.Pack.Generators);
        var native = new ListItemCollector();
        var interpreted = new ListItemCollector();
        run(compiled.Create(generator.Name), native);
        run(new InterpretedGenerator(generator, bound.Pack), interpreted);
        Assert.NotEmpty(native.Items);
        Assert.Equal(native.Items.Select(GeneratedItemJson.Serialize), interpreted.Items.Select(GeneratedItemJson.Serialize));
        return native.Items;
    }
}

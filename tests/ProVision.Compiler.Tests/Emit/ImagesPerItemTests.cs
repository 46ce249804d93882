using System.Collections.Immutable;
using ProVision.Compiler.Binding;
using ProVision.Compiler.Interpreter;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// <c>draw imgs = imagesPerItem images</c>: the run chooses the images per item (2 to 16, default the <c>images</c>
/// clause); a constant draw takes only its count. The interpreter and the compiled class agree for every count.
/// </summary>
public sealed class ImagesPerItemTests
{
    /// <summary>A generator drawing <c>imagesPerItem</c> images and one with a constant draw of two.</summary>
    internal const string Source = """
        generator WhichHas {
          family multi-image
          needs labels
          images 3

          budget 20
          draw imgs = imagesPerItem images where count(it.objects) > 0
          for label in distinct([o.label for img in imgs for o in img.objects])
          let holders = [img for img in imgs where label in img.labels]
          where count(holders) == 1

          emit {
            name     = label
            answer   = holders[0].name
            choices  = [img.name for img in imgs]
            evidence = [o for o in holders[0].objects where o.label == label]
          }

          ask "Which image has {a(name)}?" -> "{answer}"
        }

        generator PairOnly {
          family multi-image
          needs labels
          images 2

          draw imgs = 2 images
          for label in imgs[0].labels
          where label in imgs[1].labels

          emit {
            name   = label
            answer = imgs[0].name
          }

          ask "Where is {the(name)}?" -> "{answer}"
        }
        """;

    private static readonly ImmutableArray<SceneGraph> s_album =
    [
        .. TestScenes.Album(),
        new("album_d", "images/d.jpg", 10, 10, [new SceneObject("cat", new Box(0, 0, 1, 1)), new SceneObject("bird", new Box(2, 2, 3, 3))], []),
        new("album_e", "images/e.jpg", 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1))], []),
    ];

    [Fact]
    public void A_draw_of_imagesPerItem_takes_2_to_16_images_and_defaults_to_the_images_clause()
    {
        foreach (var generator in Both("WhichHas"))
        {
            Assert.Equal(3, generator.ImageCount);
            Assert.Equal(2, generator.MinImageCount);
            Assert.Equal(16, generator.MaxImageCount);
            Assert.Null(generator.ImageCountProblem(4));
            Assert.Equal("WhichHas takes 2 to 16 images per item, not 1", generator.ImageCountProblem(1));
        }
        foreach (var generator in Both("PairOnly"))
        {
            Assert.Equal((2, 2), (generator.MinImageCount, generator.MaxImageCount));
            Assert.Equal("PairOnly compares exactly 2 images per item, so it cannot make items of 3 images", generator.ImageCountProblem(3));
        }
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(2, 2)]
    [InlineData(4, 4)]
    [InlineData(5, 5)]
    public void Interpreter_and_compiled_class_draw_the_runs_count_and_agree(int? imagesPerItem, int expected)
    {
        var (native, interpreted) = (Both("WhichHas")[0], Both("WhichHas")[1]);
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            var options = new GenerationOptions { Seed = seed, McRatio = 0.5 };
            var ours = Run(native, options, imagesPerItem);
            Assert.NotEmpty(ours);
            Assert.All(ours, item =>
            {
                Assert.Equal(expected, item.Images.Length);
                Assert.Equal(expected, item.Images.Distinct().Count());
                Assert.Equal(expected, item.Evidence.PerImage.Length);
            });
            Assert.Equal(ours.Select(GeneratedItemJson.Serialize), Run(interpreted, options, imagesPerItem).Select(GeneratedItemJson.Serialize));
            Assert.Equal(ours.Select(GeneratedItemJson.Serialize), Run(native, options, imagesPerItem).Select(GeneratedItemJson.Serialize));
        }
    }

    [Fact]
    public void A_count_a_generator_cannot_take_is_refused_before_it_runs()
    {
        foreach (var generator in Both("PairOnly").Concat(Both("WhichHas")))
        {
            var images = generator.Name == "PairOnly" ? 3 : 17;
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Run(generator, new GenerationOptions(), images));
            Assert.Contains(generator.ImageCountProblem(images)!, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_default_below_two_is_an_error_for_a_draw_of_imagesPerItem()
    {
        var tree = ProVision.Compiler.Syntax.SyntaxTree.Parse(Source.Replace("images 3", "images 1", StringComparison.Ordinal), "one.pvg");
        var bound = Binder.Bind([tree]);
        var error = Assert.Single(bound.Diagnostics, d => d.Severity == ProVision.Compiler.Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal("PV1017", error.Code);
        Assert.Contains("from 2 to 16", error.Message, StringComparison.Ordinal);
    }

    private static CompiledGenerator[] Both(string name)
    {
        var compiled = InMemoryCompiler.CompilePvg(Source, "per-item.pvg");
        var bound = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(Source, "per-item.pvg")]);
        return [compiled.Create(name), new InterpretedGenerator(bound.Pack.Generators.Single(g => g.Name == name), bound.Pack)];
    }

    private static List<GeneratedItem> Run(CompiledGenerator generator, GenerationOptions options, int? imagesPerItem)
    {
        var collector = new ListItemCollector();
        generator.RunOn(new DataSetIndex(s_album), options, collector, TestScenes.KitchenVocabulary(), imagesPerItem);
        return collector.Items;
    }
}

using System.Collections.Immutable;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Support;
using static ProVision.Runtime.Templates.TemplateNode;

namespace ProVision.Runtime.Tests.Engine;

/// <summary>
/// A multi-image generator whose items take more distinct images than the data set has is not run (a one-graph run
/// pays nothing for its multi-image phase), and the report says what a run whose draws are exhausted at once says.
/// </summary>
public sealed class MultiImageShortDataSetTests
{
    // Draws like an emitted generator (until the draws are exhausted) and counts its runs and draws; makes no item.
    private sealed class DrawingGenerator(int imageCount) : CompiledGenerator
    {
        public int Runs { get; private set; }

        public int SuccessfulDraws { get; private set; }

        public override string Name => "DrawingGenerator";

        public override GeneratorFamily Family => GeneratorFamily.Object;

        public override DataNeeds Needs => DataNeeds.Labels;

        public override bool IsMultiImage => true;

        public override int ImageCount => imageCount;

        // Takes any count a run asks for (as a generator that draws imagesPerItem images does).
        public override int MinImageCount => 2;

        public override int MaxImageCount => 16;

        public override ImmutableArray<AskTemplate> QuestionTemplates => [new AskTemplate(Lit("Which image?"), Lit("the first"))];

        public override void Run(GeneratorContext context)
        {
            Runs++;
            var drawn = new int[context.ImageCount];
            for (var attempt = 0; attempt < 1_000 && !context.DrawsExhausted; attempt++)
            {
                if (context.TryDrawImages(drawn)) SuccessfulDraws++;
            }
        }
    }

    // Says which clauses it has, as an emitted generator does, over a template too large to expand: setting up its
    // phrasings throws. Never drawn from here.
    private sealed class UnexpandableGenerator(string name, bool asks) : CompiledGenerator
    {
        public override string Name => name;

        public override GeneratorFamily Family => GeneratorFamily.Object;

        public override DataNeeds Needs => DataNeeds.Labels;

        public override bool IsMultiImage => true;

        public override ImmutableArray<AskTemplate> QuestionTemplates => asks
            ? [new AskTemplate(Seq(Alt([.. Enumerable.Range(0, 400).Select(i => Lit($"a{i} "))]), Alt([.. Enumerable.Range(0, 400).Select(i => Lit($"b{i}"))])), Lit("x"))]
            : [];

        public override bool HasClauses(GenerationMode mode) => mode == GenerationMode.Qa && asks;

        public override void Run(GeneratorContext context) => throw new InvalidOperationException("the data set cannot supply a draw");
    }

    private static DataSetIndex Images(int count) =>
        new([.. Enumerable.Range(0, count).Select(i => new SceneGraph($"img{i}", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1))], []))]);

    [Theory]
    [InlineData(1, 2, null)]
    [InlineData(2, 3, null)]
    [InlineData(1, 2, 2)]
    [InlineData(3, 3, 4)]
    public void A_data_set_with_fewer_images_than_an_item_takes_does_not_run_the_generator(int images, int imageCount, int? imagesPerItem)
    {
        var generator = new DrawingGenerator(imageCount);
        var engine = new MultiImageEngine([generator], GenerationOptions.Default, samplesPerGenerator: 100, imagesPerItem: imagesPerItem,
            imagesPerItemOf: imagesPerItem is null ? null : _ => imagesPerItem);

        var report = engine.Run(Images(images), new NoItemSink());

        Assert.Equal(0, generator.Runs);
        var totals = report.Generators[generator.Name];
        Assert.Equal(0, totals.Items);
        Assert.Equal(100, totals.Shortfall);
        Assert.Equal(0, totals.BudgetStops);
        Assert.Equal(["DrawingGenerator: made 0 item(s), 100 fewer than asked (the data set cannot supply more draws of images that fit)"], report.ShortfallLines());
    }

    [Fact]
    public void A_generator_the_data_set_cannot_run_has_its_templates_left_unset_up_and_one_without_a_clause_is_left_out()
    {
        var asking = new UnexpandableGenerator("AskingGenerator", asks: true);
        var silent = new UnexpandableGenerator("SilentGenerator", asks: false);
        var engine = new MultiImageEngine([asking, silent], GenerationOptions.Default, samplesPerGenerator: 100);

        var report = engine.Run(Images(1), new NoItemSink());

        Assert.Equal(100, report.Generators[asking.Name].Shortfall);
        Assert.False(report.Generators.ContainsKey(silent.Name)); // as when the engine asked for its phrasings
        // Its phrasings really cannot be set up: the run above did not try.
        Assert.Throws<TemplateExpansionException>(() => asking.Templates);
    }

    [Fact]
    public void A_data_set_that_can_supply_a_draw_runs_the_generator_and_reports_as_the_skip_does()
    {
        var generator = new DrawingGenerator(2);
        var engine = new MultiImageEngine([generator], GenerationOptions.Default, samplesPerGenerator: 100);

        var report = engine.Run(Images(2), new NoItemSink());

        Assert.Equal(1, generator.Runs);
        Assert.Equal(1, generator.SuccessfulDraws); // the only set of two images, then the draws are exhausted
        var totals = report.Generators[generator.Name];
        Assert.Equal(0, totals.Items);
        Assert.Equal(100, totals.Shortfall);
        Assert.Equal(0, totals.BudgetStops);
    }
}

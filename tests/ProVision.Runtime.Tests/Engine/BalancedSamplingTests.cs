using System.Collections.Immutable;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Generation;
using ProVision.Runtime.Tests.Support;
using ProVision.Runtime.Writing;

namespace ProVision.Runtime.Tests.Engine;

public sealed class BalancedSamplingTests
{
    /// <summary>
    /// Every graph has one cup; every tenth also has two dogs: items about dogs (object=dog, count=2) are rare,
    /// items about the cup (object=cup, count=1) common.
    /// </summary>
    private static List<SceneGraph> Graphs() =>
        Enumerable.Range(0, 300).Select(g => new SceneGraph($"g{g}", null, 100, 100,
            (g % 10 == 0
                ? [new SceneObject("cup", new Box(0, 0, 5, 5)), new SceneObject("dog", new Box(10, 10, 20, 20)), new SceneObject("dog", new Box(30, 30, 40, 40))]
                : ImmutableArray.Create(new SceneObject("cup", new Box(0, 0, 5, 5)))),
            [])).ToList();

    private static List<GeneratedItem> Kept(bool balance)
    {
        var engine = new SingleImageEngine([new HandWrittenExistsObjectGenerator()], new EngineOptions { PerImage = 1 }, TestGraphs.KitchenVocabulary());
        var graphs = Graphs();
        var sink = new ListSink();
        engine.Run(graphs, sink, balance ? engine.CountTags(graphs) : null);
        return sink.Items;
    }

    [Fact]
    public void Balancing_favours_items_about_rare_labels()
    {
        static int DogsAmongDogImages(List<GeneratedItem> items) =>
            items.Count(i => i.Tags.Single(t => t.Key == "object").Value[0].AsString == "dog");

        var uniform = DogsAmongDogImages(Kept(balance: false));
        var balanced = DogsAmongDogImages(Kept(balance: true));

        // 30 images have both a cup and a dog; uniform picks the dog about half the time, balancing nearly always.
        Assert.InRange(uniform, 5, 25);
        Assert.InRange(balanced, 29, 30);
    }

    [Fact]
    public void Weight_is_the_inverse_mean_cube_of_tag_counts()
    {
        var counts = new TagCounts();
        var item = new GeneratedItem("a/G/0", "G", 0, ["a.png"], "q", "r", "r", tags: [new("object", [TagValue.FromString("dog")]), new("count", [TagValue.FromNumber(2)])]);
        counts.Add(item);
        counts.Add(item);
        counts.Add(new GeneratedItem("b/G/0", "G", 0, ["b.png"], "q", "r", "r", tags: [new("object", [TagValue.FromString("dog")])]));

        // object=dog seen 3 times, count=2 seen twice: 1 / ((27 + 8) / 2).
        Assert.Equal(2.0 / 35, counts.Weight(item), 12);
    }

    [Fact]
    public void Max_weight_bounds_the_weights_of_counted_items_and_is_one_once_an_item_has_no_tags()
    {
        var counts = new TagCounts();
        var both = new GeneratedItem("a/G/0", "G", 0, ["a.png"], "q", "r", "r", tags: [new("object", [TagValue.FromString("dog")]), new("count", [TagValue.FromNumber(2)])]);
        counts.Add(both);
        counts.Add(both);
        counts.Add(new GeneratedItem("b/G/0", "G", 0, ["b.png"], "q", "r", "r", tags: [new("object", [TagValue.FromString("dog")])]));

        // Smallest count: count=2, seen twice.
        Assert.Equal(1.0 / 8, counts.MaxWeight("G"), 12);
        Assert.True(counts.Weight(both) <= counts.MaxWeight("G"));
        Assert.Equal(1.0, counts.MaxWeight("never counted"));

        counts.Add(new GeneratedItem("c/G/0", "G", 0, ["c.png"], "q", "r", "r"));
        Assert.Equal(1.0, counts.MaxWeight("G"));
    }

    [Fact]
    public void Counts_and_balanced_output_do_not_depend_on_the_thread_count()
    {
        var graphs = Graphs();
        List<string> Run(int threads, out TagCounts counts)
        {
            var engine = new SingleImageEngine([new HandWrittenExistsObjectGenerator()], new EngineOptions { PerImage = 1, Threads = threads, BatchSize = 7 },
                TestGraphs.KitchenVocabulary());
            counts = engine.CountTags(graphs);
            var sink = new ListSink();
            engine.Run(graphs, sink, counts);
            return [.. sink.Items.Select(ItemJsonText)];
        }

        var one = Run(1, out var oneCounts);
        var three = Run(3, out var threeCounts);
        Assert.Equal(one, three);
        Assert.Equal(oneCounts.Distinct, threeCounts.Distinct);
        Assert.Equal(300, oneCounts.Count("ExistsObjectGenerator", "object", TagValue.FromString("cup")));
        Assert.Equal(oneCounts.Count("ExistsObjectGenerator", "object", TagValue.FromString("dog")), threeCounts.Count("ExistsObjectGenerator", "object", TagValue.FromString("dog")));
    }

    [Fact]
    public void Balanced_output_is_the_same_for_any_thread_count_and_shard_split()
    {
        var graphs = Graphs();
        List<string> Run(int threads, (int, int)? shard)
        {
            var job = new GenerationJob
            {
                Generators = [new HandWrittenExistsObjectGenerator()], Vocabulary = TestGraphs.KitchenVocabulary(),
                Balance = true, PerImage = 1, Threads = threads, Shard = shard, MultiSamples = 0,
            };
            var sink = new ListSink();
            job.Run(graphs, sink);
            return [.. sink.Items.Select(ItemJsonText)];
        }

        var whole = Run(1, null);
        Assert.Equal(300, whole.Count);
        Assert.Equal(whole, Run(2, null));
        Assert.Equal(whole, [.. Run(1, (1, 3)), .. Run(2, (2, 3)), .. Run(1, (3, 3))]);
    }

    [Fact]
    public void Pass_1_does_not_run_a_generator_without_tags_and_the_output_is_as_if_it_had()
    {
        var graphs = Graphs();
        (List<string> Items, int PassOneRuns, double MaxWeight) Run(bool saysUntagged)
        {
            var generator = new UntaggedGenerator(saysUntagged);
            var engine = new SingleImageEngine([generator, new HandWrittenExistsObjectGenerator()], new EngineOptions { PerImage = 1 }, TestGraphs.KitchenVocabulary());
            var counts = engine.CountTags(graphs);
            var passOne = generator.Runs;
            var sink = new ListSink();
            engine.Run(graphs, sink, counts);
            return ([.. sink.Items.Select(ItemJsonText)], passOne, counts.MaxWeight(generator.Name));
        }

        var skipped = Run(saysUntagged: true);
        var counted = Run(saysUntagged: false);

        Assert.Equal(0, skipped.PassOneRuns);
        Assert.Equal(graphs.Count, counted.PassOneRuns);
        Assert.Equal(1.0, skipped.MaxWeight);
        Assert.Equal(1.0, counted.MaxWeight);
        Assert.Equal(2 * graphs.Count, skipped.Items.Count);
        Assert.Equal(counted.Items, skipped.Items);
    }

    /// <summary>One item per object, without tags; says so through <see cref="CompiledGenerator.HasTags"/> or not.</summary>
    private sealed class UntaggedGenerator(bool saysUntagged) : CompiledGenerator
    {
        private static readonly ImmutableArray<AskTemplate> s_asks =
            [new(TemplateText.Parse("what is object {n}?"), TemplateText.Parse("{answer}"))];

        public int Runs { get; private set; }

        public override string Name => "Untagged";

        public override GeneratorFamily Family => GeneratorFamily.Object;

        public override DataNeeds Needs => DataNeeds.Labels;

        public override bool HasTags => !saysUntagged;

        public override ImmutableArray<AskTemplate> QuestionTemplates => s_asks;

        public override void Run(GeneratorContext context)
        {
            Runs++;
            for (var i = 0; i < context.Graph.Objects.Length; i++)
            {
                if (!context.Admits()) continue;
                var item = context.BeginItem();
                item.Set("n", SlotValue.FromInteger(i));
                item.Answer = SlotValue.FromText(context.Graph.Objects[i].Label);
                context.Emit(item, Templates);
            }
        }
    }

    private static string ItemJsonText(GeneratedItem item) => GeneratedItemJson.Serialize(item);

    private sealed class ListSink : IItemSink
    {
        public List<GeneratedItem> Items { get; } = [];
        public void Write(GeneratedItem item) => Items.Add(item);
        public void Complete() { }
        public void Dispose() { }
    }
}

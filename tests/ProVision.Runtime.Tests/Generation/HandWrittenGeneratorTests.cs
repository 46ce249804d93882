using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>
/// Runs the hand-written emitted form of ExistsObjectGenerator on a six-object graph and pins its items. The
/// graph has dog x1, cup x2, chair x1 (countable by the fallback), grass (mass noun) and people (listed as not
/// countable), so exactly three items come out, in order of first appearance.
/// </summary>
public sealed class HandWrittenGeneratorTests
{
    private static List<GeneratedItem> Run(GenerationOptions options)
    {
        var collector = new ListItemCollector();
        new HandWrittenExistsObjectGenerator().RunOn(TestGraphs.Kitchen(), options, collector, TestGraphs.KitchenVocabulary());
        return collector.Items;
    }

    private static string[] Json(List<GeneratedItem> items) => items.Select(GeneratedItemJson.Serialize).ToArray();

    [Fact]
    public void Open_ended_items_in_words_are_exactly_these()
    {
        var items = Run(new GenerationOptions { Seed = 7, McRatio = 0, NumberMode = NumberMode.Word });
        Assert.Equal(
            [
                """{"id":"kitchen_1/ExistsObjectGenerator/0","generator":"ExistsObjectGenerator","template":22,"images":["images/kitchen_1.jpg"],"prompt":"Can you tell how many dog can you see?","response":"one","answer":"one","choices":[],"slots":{"name":"dog","count":"one"},"evidence":{"objects":[0],"relations":[]},"tags":{"object":["dog"],"count":[1]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/1","generator":"ExistsObjectGenerator","template":14,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many cups exist?","response":"two","answer":"two","choices":[],"slots":{"name":"cups","count":"two"},"evidence":{"objects":[1,3],"relations":[]},"tags":{"object":["cup"],"count":[2]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/2","generator":"ExistsObjectGenerator","template":10,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many chair are there?","response":"one","answer":"one","choices":[],"slots":{"name":"chair","count":"one"},"evidence":{"objects":[5],"relations":[]},"tags":{"object":["chair"],"count":[1]}}""",
            ],
            Json(items));
        Assert.Equal([false, true, false], items.Select(i => i.ImageTokenFirst));
    }

    [Fact]
    public void Multiple_choice_items_are_exactly_these()
    {
        var items = Run(new GenerationOptions { Seed = 7, McRatio = 1, NumberMode = NumberMode.Numeric });
        Assert.Equal(
            [
                """{"id":"kitchen_1/ExistsObjectGenerator/0","generator":"ExistsObjectGenerator","template":22,"images":["images/kitchen_1.jpg"],"prompt":"Can you tell how many dog can you see? Choices: A. 2 B. 1 C. 3 D. 4","response":"B. 1","answer":"1","choices":["2","1","3","4"],"slots":{"name":"dog","count":"1"},"evidence":{"objects":[0],"relations":[]},"tags":{"object":["dog"],"count":[1]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/1","generator":"ExistsObjectGenerator","template":14,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many cups exist? (A) 1 (B) 4 (C) 3 (D) 2","response":"(D) 2","answer":"2","choices":["1","4","3","2"],"slots":{"name":"cups","count":"2"},"evidence":{"objects":[1,3],"relations":[]},"tags":{"object":["cup"],"count":[2]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/2","generator":"ExistsObjectGenerator","template":10,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many chair are there?\nSelect from:\nA. 1\nB. 3\nC. 2\nD. 4","response":"A. 1","answer":"1","choices":["1","3","2","4"],"slots":{"name":"chair","count":"1"},"evidence":{"objects":[5],"relations":[]},"tags":{"object":["chair"],"count":[1]}}""",
            ],
            Json(items));
    }

    [Fact]
    public void Description_mode_uses_the_tell_template_with_agreement()
    {
        var items = Run(new GenerationOptions { Seed = 7, Mode = GenerationMode.Description, NumberMode = NumberMode.Word });
        Assert.Equal(["There is one dog.", "There are two cups.", "There is one chair."], items.Select(i => i.Response));
        Assert.All(items, i => Assert.Equal("", i.Prompt));
        Assert.All(items, i => Assert.Equal(0, i.Template));
        Assert.All(items, i => Assert.Empty(i.Choices));
    }

    [Fact]
    public void All_templates_mode_emits_every_phrasing_in_order()
    {
        var items = Run(new GenerationOptions { Seed = 7, McRatio = 0, AllTemplates = true, NumberMode = NumberMode.Numeric });
        Assert.Equal(75, items.Count); // 25 phrasings x 3 labels
        Assert.Equal(Enumerable.Range(0, 25).Concat(Enumerable.Range(0, 25)).Concat(Enumerable.Range(0, 25)), items.Select(i => i.Template));
        Assert.Equal("How many dog are there?", items[0].Prompt);
        Assert.Equal("How many dog exist?", items[4].Prompt);
        Assert.Equal("Tell me how many dog are there?", items[5].Prompt);
        Assert.Equal("Can you tell how many chair exist?", items[74].Prompt);
        Assert.Equal(Enumerable.Range(0, 75).Select(i => $"kitchen_1/ExistsObjectGenerator/{i}"), items.Select(i => i.Id));
    }

    [Fact]
    public void Same_seed_gives_identical_items_and_another_seed_differs()
    {
        var options = new GenerationOptions { Seed = 99 };
        var first = Json(Run(options));
        var again = Json(Run(options));
        Assert.Equal(first, again);
        Assert.NotEqual(first, Json(Run(options with { Seed = 100 })));
    }

    [Fact]
    public void Changing_the_mc_ratio_leaves_the_phrasing_and_number_words_alone()
    {
        var open = Run(new GenerationOptions { Seed = 5, McRatio = 0 });
        var closed = Run(new GenerationOptions { Seed = 5, McRatio = 1 });
        Assert.Equal(open.Select(i => i.Template), closed.Select(i => i.Template));
        Assert.Equal(open.Select(i => i.Answer), closed.Select(i => i.Answer));
        Assert.All(closed, i => Assert.StartsWith(open[closed.IndexOf(i)].Prompt, i.Prompt));
    }

    [Fact]
    public void Item_budget_stops_the_run()
    {
        var collector = new ListItemCollector();
        var context = new HandWrittenExistsObjectGenerator().RunOn(
            TestGraphs.Kitchen(), new GenerationOptions { ItemsPerGraphBudget = 2 }, collector, TestGraphs.KitchenVocabulary());
        Assert.Equal(2, collector.Items.Count);
        Assert.Equal(StopReason.ItemBudget, context.StopReason);
    }

    [Fact]
    public void Header_members_describe_the_generator()
    {
        var generator = new HandWrittenExistsObjectGenerator();
        Assert.Equal(["CountObjects"], generator.Aliases.AsEnumerable());
        Assert.Equal(GeneratorFamily.Object, generator.Family);
        Assert.Equal(DataNeeds.Labels, generator.Needs);
        Assert.Equal(25, generator.Templates.Questions.Length);
        Assert.Single(generator.Templates.Descriptions);
        Assert.Same(generator.Templates, generator.Templates);
    }
}

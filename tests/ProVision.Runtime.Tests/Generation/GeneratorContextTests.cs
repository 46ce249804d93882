using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Generation;

public sealed class GeneratorContextTests
{
    private static readonly CompiledTemplates s_templates = new(
        [new AskTemplate(TemplateText.Parse("which color is the {name}?"), TemplateText.Parse("{answer}"))],
        []);

    private static GeneratorContext Context(GenerationOptions options, ListItemCollector collector) =>
        new("G", TestGraphs.Kitchen(), options, collector);

    [Fact]
    public void Emit_checks_the_draft()
    {
        var context = Context(GenerationOptions.Default, new ListItemCollector());
        var draft = context.BeginItem();
        Assert.Throws<InvalidOperationException>(() => context.Emit(draft, s_templates)); // no answer
        draft = context.BeginItem();
        draft.Set("name", SlotValue.FromText("dog"));
        draft.Answer = SlotValue.FromText("brown");
        context.Emit(draft, s_templates);
        Assert.Throws<InvalidOperationException>(() => context.Emit(draft, s_templates)); // emitted already
        Assert.Throws<ArgumentException>(() => draft.Answer = default);
    }

    [Fact]
    public void Counting_tags_a_draft_needs_no_answer_and_only_its_tags_are_counted()
    {
        var counts = new ProVision.Runtime.Engine.TagCounts();
        var context = new GeneratorContext("G", TestGraphs.Kitchen(), GenerationOptions.Default, counts);
        Assert.True(context.CountingTags);
        Assert.False(Context(GenerationOptions.Default, new ListItemCollector()).CountingTags);

        var draft = context.BeginItem();
        draft.AddTag("object", ProVision.Runtime.Items.TagValue.FromString("dog"));
        context.Emit(draft, s_templates); // no answer: the emitted code builds none while counting tags

        Assert.Equal(1, context.ItemCount);
        Assert.Equal(1, counts.Count("G", "object", ProVision.Runtime.Items.TagValue.FromString("dog")));
        Assert.Throws<InvalidOperationException>(() => context.Emit(draft, s_templates)); // emitted already
    }

    [Fact]
    public void A_mode_without_phrasings_emits_nothing()
    {
        var collector = new ListItemCollector();
        var context = Context(new GenerationOptions { Mode = GenerationMode.Description }, collector);
        var draft = context.BeginItem();
        draft.Answer = SlotValue.FromText("x");
        context.Emit(draft, s_templates);
        Assert.Empty(collector.Items);
        Assert.Equal(0, context.ItemCount);
    }

    [Fact]
    public void List_answers_matching_a_candidate_in_another_order_are_one_option()
    {
        var collector = new ListItemCollector();
        var context = Context(new GenerationOptions { McRatio = 1 }, collector);
        var draft = context.BeginItem();
        draft.Set("name", SlotValue.FromText("ball"));
        draft.Answer = SlotValue.FromList(["red", "white", "blue"]);
        draft.AddCandidate(SlotValue.FromList(["blue", "red", "white"]));
        context.Emit(draft, s_templates);
        var item = Assert.Single(collector.Items);
        Assert.Empty(item.Choices); // one distinct option only: open-ended
        Assert.Equal(item.Answer, item.Response);
    }

    [Fact]
    public void Multi_image_items_carry_every_image_and_per_image_evidence()
    {
        var a = TestGraphs.Kitchen();
        var b = new SceneGraph("park_3", null, 100, 100, [new SceneObject("dog", new Box(0, 0, 5, 5))], []);
        var collector = new ListItemCollector();
        var context = new GeneratorContext("M", "kitchen_1+park_3", [a, b], GenerationOptions.Default, collector);
        var draft = context.BeginItem();
        draft.Set("name", SlotValue.FromText("dog"));
        draft.Answer = SlotValue.FromText("Image 1");
        draft.AddObject(0, image: 0);
        draft.AddObject(0, image: 1);
        draft.AddRelation(2, image: 1);
        context.Emit(draft, s_templates);
        var item = Assert.Single(collector.Items);
        Assert.Equal("kitchen_1+park_3/M/0", item.Id);
        Assert.Equal(["images/kitchen_1.jpg", "park_3"], item.Images.AsEnumerable());
        Assert.Equal([0], item.Evidence.PerImage[0].Objects.AsEnumerable());
        Assert.Equal([2], item.Evidence.PerImage[1].Relations.AsEnumerable());
    }

    [Fact]
    public void Tags_group_values_by_name_in_first_use_order()
    {
        var collector = new ListItemCollector();
        var context = Context(GenerationOptions.Default, collector);
        var draft = context.BeginItem();
        draft.Set("name", SlotValue.FromText("dog"));
        draft.Answer = SlotValue.FromText("brown");
        draft.AddTag("object", "dog");
        draft.AddTag("count", 2);
        draft.AddTag("object", "cat");
        context.Emit(draft, s_templates);
        var tags = Assert.Single(collector.Items).Tags;
        Assert.Equal(["object", "count"], tags.Select(t => t.Key));
        Assert.Equal(["dog", "cat"], tags[0].Value.Select(v => v.AsString));
        Assert.Equal(2, tags[1].Value[0].AsNumber);
    }

    [Fact]
    public void The_time_budget_is_checked_every_256_calls()
    {
        var context = Context(new GenerationOptions { TimeBudget = TimeSpan.FromTicks(1) }, new ListItemCollector());
        Thread.Sleep(2);
        for (var i = 1; i < 256; i++)
        {
            Assert.False(context.ShouldStop());
        }
        Assert.True(context.ShouldStop());
        Assert.Equal(StopReason.TimeBudget, context.StopReason);
        Assert.True(context.ShouldStop());
    }

    [Fact]
    public void Counting_items_the_item_budget_stops_at_once_and_the_clock_is_read_every_256_calls()
    {
        var context = Context(new GenerationOptions { AllTemplates = true, TimeBudget = TimeSpan.FromTicks(1) }, new ListItemCollector());
        Thread.Sleep(2);
        for (var i = 1; i < 256; i++)
        {
            Assert.False(context.ShouldStop());
        }
        Assert.True(context.ShouldStop());
        Assert.Equal(StopReason.TimeBudget, context.StopReason);

        var budgeted = Context(new GenerationOptions { AllTemplates = true, ItemsPerGraphBudget = 1 }, new ListItemCollector());
        Assert.False(budgeted.ShouldStop());
        var draft = budgeted.BeginItem();
        draft.Set("name", SlotValue.FromText("dog"));
        draft.Answer = SlotValue.FromText("brown");
        budgeted.Emit(draft, s_templates);
        Assert.True(budgeted.ShouldStop());
        Assert.Equal(StopReason.ItemBudget, budgeted.StopReason);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Context(new GenerationOptions { McRatio = 1.5 }, new ListItemCollector()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Context(new GenerationOptions { ChoiceCount = 1 }, new ListItemCollector()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Context(new GenerationOptions { ItemsPerGraphBudget = 0 }, new ListItemCollector()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Context(new GenerationOptions { TimeBudget = TimeSpan.Zero }, new ListItemCollector()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Context(new GenerationOptions { DepthThreshold = -1 }, new ListItemCollector()));
        _ = Context(new GenerationOptions { TimeBudget = Timeout.InfiniteTimeSpan }, new ListItemCollector());
    }

    [Fact]
    public void Data_needs_report_what_a_graph_lacks()
    {
        var graph = TestGraphs.Kitchen();
        var needs = DataNeeds.Labels | DataNeeds.Attributes | DataNeeds.Relations | DataNeeds.Depth | DataNeeds.Masks;
        Assert.Equal(DataNeeds.Attributes | DataNeeds.Relations | DataNeeds.Depth | DataNeeds.Masks, needs.MissingFrom(graph));
        Assert.Equal(DataNeeds.None, (DataNeeds.Labels | DataNeeds.Boxes).MissingFrom(graph));
        Assert.Equal(50, Context(GenerationOptions.Default, new ListItemCollector()).DepthThreshold());
    }

    [Fact]
    public void Families_round_trip_their_names()
    {
        foreach (var family in Enum.GetValues<GeneratorFamily>())
        {
            Assert.True(GeneratorFamilies.TryParse(family.ToName(), out var parsed));
            Assert.Equal(family, parsed);
        }
        Assert.Equal("scene-graph", GeneratorFamily.SceneGraph.ToName());
        Assert.False(GeneratorFamilies.TryParse("objects", out _));
    }

    [Fact]
    public void Response_templates_ending_in_punctuation_are_sentences()
    {
        var templates = new CompiledTemplates(
            [new AskTemplate(TemplateText.Parse("which color is the {name}?"), TemplateText.Parse("the {name} is {answer}."))],
            []);
        var collector = new ListItemCollector();
        var context = Context(new GenerationOptions { McRatio = 0 }, collector);
        var draft = context.BeginItem();
        draft.Set("name", SlotValue.FromText("dog"));
        draft.Answer = SlotValue.FromText("brown");
        context.Emit(draft, templates);
        var item = Assert.Single(collector.Items);
        Assert.Equal("Which color is the dog?", item.Prompt);
        Assert.Equal("The dog is brown.", item.Response);
        Assert.Equal("brown", item.Answer);
        Assert.Equal([new KeyValuePair<string, string>("name", "dog")], item.Slots.AsEnumerable());
        _ = ImmutableArray<int>.Empty;
    }
}

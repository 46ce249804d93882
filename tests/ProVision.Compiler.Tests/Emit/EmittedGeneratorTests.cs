using System.Collections.Immutable;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// The acceptance generators of the corpus, emitted, compiled in memory with Roslyn and run on hand-made graphs with
/// fixed seeds: their items are pinned exactly.
/// </summary>
public sealed class EmittedGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pvg-emit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Acceptance => [.. CorpusCases.Acceptance];

    [Theory]
    [MemberData(nameof(Acceptance))]
    public void Acceptance_cases_emit_csharp_that_compiles(string name)
    {
        var pack = Compile(name);

        Assert.NotEmpty(pack.Result.Generators);
        Assert.All(pack.Result.Generators, g => Assert.NotNull(pack.Create(g.Name)));
    }

    public static TheoryData<string> EmittingCases =>
        [.. CorpusCases.All().Where(name => File.Exists(CorpusCases.PathOf(name, CorpusCases.EmittedSuffix)))];

    [Theory]
    [MemberData(nameof(EmittingCases))]
    public void Every_emitted_corpus_case_compiles(string name)
    {
        var assembly = InMemoryCompiler.Compile(File.ReadAllText(CorpusCases.PathOf(name, CorpusCases.EmittedSuffix)));

        Assert.Contains(assembly.GetTypes(), t => t.IsSubclassOf(typeof(CompiledGenerator)));
    }

    [Fact]
    public void Pvg_text_reaches_the_csharp_only_escaped()
    {
        const string name = "500-emit/502-escaping";
        var pack = Compile(name);
        var source = pack.Result.Source!;

        // No character that ends a C# line survives anywhere (comments are sanitised, literals escaped), so nothing
        // after a line separator in a .pvg comment can become code.
        Assert.DoesNotContain('\u0085', source);
        Assert.DoesNotContain('\u2028', source);
        Assert.DoesNotContain('\u2029', source);
        Assert.DoesNotContain('\u202E', source); // escaped as \u202E: it cannot reorder how the emitted code displays
        Assert.Contains("\\u202E", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\nSystem.Console", source, StringComparison.Ordinal);
        var items = RunSingle(pack.Create("Escaping"), TestScenes.Kitchen(), new GenerationOptions { Seed = 1, McRatio = 0 });
        Assert.Equal("*/ \"); System.Console.WriteLine(\"x", items[0].Answer);
        Assert.Equal("dogquote \" backslash \\ tab \t newline \n next-line \u0085 ls \u2028 ps \u2029 rlo \u202E end", items[0].Slot("name"));
    }

    [Fact]
    public void ExistsObject_matches_the_hand_written_generator_item_for_item()
    {
        var generator = Compile("100-syntax/101-exists-object").Create("ExistsObjectGenerator");
        var items = RunSingle(generator, TestScenes.Kitchen(), new GenerationOptions { Seed = 7, McRatio = 0, NumberMode = NumberMode.Word });

        // The same items HandWrittenGeneratorTests pins for the hand-written class (ProVision.Runtime.Tests).
        Assert.Equal(
            [
                """{"id":"kitchen_1/ExistsObjectGenerator/0","generator":"ExistsObjectGenerator","template":22,"images":["images/kitchen_1.jpg"],"prompt":"Can you tell how many dog can you see?","response":"one","answer":"one","choices":[],"slots":{"name":"dog","count":"one"},"evidence":{"objects":[0],"relations":[]},"tags":{"object":["dog"],"count":[1]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/1","generator":"ExistsObjectGenerator","template":14,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many cups exist?","response":"two","answer":"two","choices":[],"slots":{"name":"cups","count":"two"},"evidence":{"objects":[1,3],"relations":[]},"tags":{"object":["cup"],"count":[2]}}""",
                """{"id":"kitchen_1/ExistsObjectGenerator/2","generator":"ExistsObjectGenerator","template":10,"images":["images/kitchen_1.jpg"],"prompt":"Identify how many chair are there?","response":"one","answer":"one","choices":[],"slots":{"name":"chair","count":"one"},"evidence":{"objects":[5],"relations":[]},"tags":{"object":["chair"],"count":[1]}}""",
            ],
            items.Select(GeneratedItemJson.Serialize));
        Assert.Equal(["CountObjects"], generator.Aliases.AsEnumerable());
        Assert.Equal(DataNeeds.Labels, generator.Needs);
        Assert.Equal(25, generator.Templates.Questions.Length);
    }

    [Fact]
    public void ExistsObject_multiple_choice_matches_the_hand_written_generator()
    {
        var generator = Compile("100-syntax/101-exists-object").Create("ExistsObjectGenerator");
        var items = RunSingle(generator, TestScenes.Kitchen(), new GenerationOptions { Seed = 7, McRatio = 1, NumberMode = NumberMode.Numeric });

        Assert.Equal(
            [
                "Can you tell how many dog can you see? Choices: A. 2 B. 1 C. 3 D. 4 -> B. 1",
                "Identify how many cups exist? (A) 1 (B) 4 (C) 3 (D) 2 -> (D) 2",
                "Identify how many chair are there?\nSelect from:\nA. 1\nB. 3\nC. 2\nD. 4 -> A. 1",
            ],
            items.Select(i => i.Prompt + " -> " + i.Response));
    }

    [Fact]
    public void LeftMost_answers_the_smallest_x1_of_every_non_overlapping_unique_label_triple()
    {
        var generator = Compile("100-syntax/102-left-most-object").Create("LeftMostObjectGenerator");
        var items = RunSingle(generator, TestScenes.Street(), new GenerationOptions { Seed = 3, McRatio = 1, NumberMode = NumberMode.Numeric });

        // Unique labels in object order: car 0, lamp 2, tree 3, bench 4, sign 6; bench overlaps car and lamp in x.
        Assert.Equal(
            [
                "lamp | car, lamp, tree | objects [0, 2, 3]",
                "lamp | car, lamp, sign | objects [0, 2, 6]",
                "car | car, sign, tree | objects [0, 3, 6]",
                "lamp | lamp, sign, tree | objects [2, 3, 6]",
                "bench | bench, sign, tree | objects [3, 4, 6]",
            ],
            items.Select(i => $"{i.Answer} | {string.Join(", ", i.Choices.Order(StringComparer.Ordinal))} | {i.Evidence.PerImage[0]}".Replace(", relations []", "", StringComparison.Ordinal)));
        Assert.All(items, i => Assert.Contains(i.Answer, i.Slot("labels")!, StringComparison.Ordinal));
        Assert.All(items, i => Assert.Equal(i.Answer, i.Tags.Single(t => t.Key == "object").Value.Single().AsString));
    }

    [Fact]
    public void ExistsRelation_lists_the_predicates_of_unique_label_pairs_without_of()
    {
        var generator = Compile("100-syntax/103-exists-relation").Create("ExistsRelationGenerator");
        var dataSet = new DataSetIndex([TestScenes.Room(), TestScenes.Yard()]);
        var items = RunSingle(generator, TestScenes.Room(), new GenerationOptions { Seed = 11, McRatio = 0, NumberMode = NumberMode.Numeric }, dataSet);

        // (dog, sofa): on, lying on (and "of", dropped); (dog, cat): near; the cups are not unique; (cat, sofa) has only "of".
        Assert.Equal(
            [
                "dog-sofa | relations [0, 1, 2]",
                "dog-cat | relations [3]",
            ],
            items.Select(i => $"{i.Slot("subject")}-{i.Slot("object")} | {i.Evidence.PerImage[0]}".Replace("objects [], ", "", StringComparison.Ordinal)));
        Assert.Contains(items[0].Answer, new[] { "on and lying on", "lying on and on" });
        Assert.Equal("near", items[1].Answer);
    }

    [Fact]
    public void ExistsRelation_offers_the_data_sets_other_predicates_as_choices()
    {
        var generator = Compile("100-syntax/103-exists-relation").Create("ExistsRelationGenerator");
        var dataSet = new DataSetIndex([TestScenes.Room(), TestScenes.Yard()]);
        var items = RunSingle(generator, TestScenes.Room(), new GenerationOptions { Seed = 11, McRatio = 1, ChoiceCount = 5, NumberMode = NumberMode.Numeric }, dataSet);

        Assert.Equal(["near", "riding"], items[0].Choices.Where(c => c != items[0].Answer).Order(StringComparer.Ordinal));
        Assert.Equal(["lying on", "near", "on", "riding"], items[1].Choices.Order(StringComparer.Ordinal));
        Assert.Equal(["relation", "object"], items[1].Tags.Select(t => t.Key));
        Assert.Equal("near", items[1].Tags[0].Value.Single().AsString);
    }

    [Fact]
    public void CloserObject_compares_mask_depth_modes_against_the_threshold()
    {
        var generator = Compile("100-syntax/104-closer-object").Create("CloserObjectGenerator");
        var items = RunSingle(generator, TestScenes.Depths(_folder), new GenerationOptions { Seed = 5, McRatio = 0, NumberMode = NumberMode.Numeric });

        // Depth modes: ball 200, box 50, cone 190 (larger is closer), vase has an empty mask; threshold 50 on 0-255.
        Assert.Equal(
            [
                "ball | ball/box | other box | objects [0, 1]",
                "cone | box/cone | other box | objects [1, 2]",
            ],
            items.Select(i => $"{i.Answer} | {i.Slot("first")}/{i.Slot("second")} | other {i.Slot("other")} | {i.Evidence.PerImage[0]}".Replace(", relations []", "", StringComparison.Ordinal)));
        Assert.Equal(DataNeeds.Labels | DataNeeds.Boxes | DataNeeds.Depth | DataNeeds.Masks, generator.Needs);
    }

    [Fact]
    public void HasObjectMulti_draws_each_image_pair_once_and_names_the_image_with_the_label()
    {
        var generator = Compile("100-syntax/105-has-object-multi").Create("HasObjectMultiGenerator");
        var album = TestScenes.Album();
        var collector = new ListItemCollector();
        var context = generator.RunOn(new DataSetIndex(album), new GenerationOptions { Seed = 1, McRatio = 0 }, collector);
        var items = collector.Items;

        Assert.True(generator.IsMultiImage);
        Assert.Equal(2, generator.ImageCount);
        Assert.True(context.DrawsExhausted);
        Assert.Equal(3, items.Count);
        Assert.Equal(3, items.Select(i => string.Join("+", i.Images.Order(StringComparer.Ordinal))).Distinct().Count());
        foreach (var item in items)
        {
            var label = item.Slot("name")!;
            var holder = int.Parse(item.Answer["Image ".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1; // "Image 1" is the first
            var graphs = item.Images.Select(path => album.Single(g => g.ImagePath == path)).ToList();
            Assert.Contains(graphs[holder].Objects, o => o.Label == label);
            Assert.DoesNotContain(graphs[1 - holder].Objects, o => o.Label == label);
            Assert.Equal(["Image 1", "Image 2"], item.Choices.IsEmpty ? ["Image 1", "Image 2"] : item.Choices.Order(StringComparer.Ordinal));
            Assert.StartsWith("The two images are numbered 1 and 2 in the order they are given. ", item.Prompt, StringComparison.Ordinal);
            Assert.Equal(graphs[holder].Objects.Select((o, i) => (o, i)).Where(p => p.o.Label == label).Select(p => p.i), item.Evidence.PerImage[holder].Objects);
            Assert.Empty(item.Evidence.PerImage[1 - holder].Objects);
        }
        Assert.Equal(
            // The first draw shares a label (the generator reads labels: docs/randomness.md#multi-image-draws).
            ["images/b.jpg+images/a.jpg: Image 1 has car", "images/c.jpg+images/a.jpg: Image 2 has cat", "images/c.jpg+images/b.jpg: Image 2 has car"],
            items.Select(i => $"{string.Join("+", i.Images)}: {i.Answer} has {i.Slot("name")}"));
    }

    private static CompiledPack Compile(string name) =>
        InMemoryCompiler.CompilePvg(CorpusCases.Source(name), name + CorpusCases.SourceExtension);

    private static List<GeneratedItem> RunSingle(CompiledGenerator generator, ProVision.Runtime.SceneGraphs.SceneGraph graph, GenerationOptions options, DataSetIndex? dataSet = null)
    {
        var collector = new ListItemCollector();
        var context = new GeneratorContext(generator.Name, graph, options, collector, TestScenes.KitchenVocabulary());
        if (dataSet is not null)
        {
            context = new GeneratorContext(generator.Name, graph, options, collector, TestScenes.KitchenVocabulary()) { DataSet = dataSet };
        }
        generator.Run(context);
        return collector.Items;
    }
}

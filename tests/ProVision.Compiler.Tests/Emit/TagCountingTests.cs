using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Interpreter;
using ProVision.Compiler.Tests.Infrastructure;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Tests.Emit;

/// <summary>
/// Pass 1 of balanced sampling: a compiled class counting tags (<see cref="GeneratorContext.CountingTags"/>) skips
/// what its tags do not need, yet counts the tags of exactly the items the reference interpreter, which always runs
/// every statement, emits and renders: the same (generator, tag, value) counts, the same candidates attempted, the
/// same stop. On every emitting corpus case and on the built-in pack's fixtures.
/// </summary>
public sealed class TagCountingTests : IDisposable
{
    private static readonly GenerationOptions[] s_options =
    [
        new() { Seed = 7, McRatio = 0, NumberMode = NumberMode.Word },
        new() { Seed = 8, McRatio = 1 },
        new() { Seed = 10, McRatio = 0.5, AllTemplates = true, ItemsPerGraphBudget = 40 },
        new() { Seed = 11, ItemsPerGraphBudget = 3 },
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("pvg-tags-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> EmittingCases => EmittedGeneratorTests.EmittingCases;

    [Theory]
    [MemberData(nameof(EmittingCases))]
    public void Counting_tags_counts_what_the_interpreter_emits(string name)
    {
        var compiled = InMemoryCompiler.CompilePvg(CorpusCases.Source(name), name + CorpusCases.SourceExtension);
        var bound = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(CorpusCases.Source(name), name + CorpusCases.SourceExtension)]);
        var graphs = new[] { TestScenes.Kitchen(), TestScenes.Street(), TestScenes.Room(), TestScenes.Yard(), TestScenes.Depths(_folder) };
        var counted = 0;
        foreach (var generator in bound.Pack.Generators.Where(g => !g.IsMultiImage))
        {
            counted += CompareCounts(compiled.Create(generator.Name), new InterpretedGenerator(generator, bound.Pack), generator, graphs, TestScenes.KitchenVocabulary());
        }
        Assert.True(counted > 0 || !bound.Pack.Generators.Any(g => !g.IsMultiImage && g.HasTags), "no tag was counted");
    }

    [Fact]
    public void Counting_tags_counts_what_the_interpreter_emits_for_every_builtin_generator()
    {
        var source = BuiltinPackInterpreterTests.Source();
        var compiled = BuiltinPackInterpreterTests.Compiled();
        var bound = Binder.Bind([ProVision.Compiler.Syntax.SyntaxTree.Parse(source, "builtin.pvg")]);
        var (vocabulary, graphs) = BuiltinPackInterpreterTests.Fixtures();
        var silent = new List<string>();
        foreach (var generator in bound.Pack.Generators.Where(g => !g.IsMultiImage && g.HasTags))
        {
            if (CompareCounts(compiled.Create(generator.Name), new InterpretedGenerator(generator, bound.Pack), generator, graphs, vocabulary) == 0)
            {
                silent.Add(generator.Name);
            }
        }
        Assert.True(silent.Count == 0, "no tags counted for " + string.Join(", ", silent));
    }

    [Fact]
    public void The_emitted_class_says_whether_it_has_tags()
    {
        const string name = "500-emit/507-tags-in-balanced-pass-one";
        var compiled = InMemoryCompiler.CompilePvg(CorpusCases.Source(name), name + CorpusCases.SourceExtension);

        Assert.False(compiled.Create("Untagged").HasTags);
        Assert.True(compiled.Create("TagsThroughLetsAndSlots").HasTags);
        Assert.True(compiled.Create("SharedLocal").HasTags);
    }

    // The counts of the compiled class counting tags against those of the interpreter's rendered items (and of the
    // interpreter counting); returns how many tag values were counted.
    private static int CompareCounts(CompiledGenerator native, CompiledGenerator interpreted, BoundGenerator generator, IEnumerable<SceneGraph> graphs, Vocabulary vocabulary)
    {
        Assert.Equal(generator.HasTags, native.HasTags);
        Assert.Equal(generator.HasTags, interpreted.HasTags);
        var values = 0;
        foreach (var options in s_options)
        {
            foreach (var graph in graphs.Where(g => native.Needs.MissingFrom(g) == DataNeeds.None))
            {
                var dataSet = new DataSetIndex([graph]);
                var rendered = new ListItemCollector();
                var full = Context(interpreted, graph, options, rendered, vocabulary, dataSet);
                interpreted.Run(full);
                var expected = new TagCounts();
                foreach (var item in rendered.Items) expected.Add(item);

                var actual = new TagCounts();
                var counting = Context(native, graph, options, actual, vocabulary, dataSet);
                Assert.True(counting.CountingTags);
                native.Run(counting);
                var interpretedCounts = new TagCounts();
                interpreted.Run(Context(interpreted, graph, options, interpretedCounts, vocabulary, dataSet));

                var where = $"{native.Name} on {graph.ImageId}, seed {options.Seed}";
                Assert.True(full.DraftCount == counting.DraftCount, $"{where}: {full.DraftCount} attempts in full, {counting.DraftCount} counting");
                Assert.True(full.StopReason == counting.StopReason, $"{where}: stopped by {full.StopReason} in full, {counting.StopReason} counting");
                Assert.True(full.ItemCount == counting.ItemCount, $"{where}: {full.ItemCount} items in full, {counting.ItemCount} counted");
                foreach (var counts in new[] { actual, interpretedCounts })
                {
                    Assert.Equal(expected.Distinct, counts.Distinct);
                    Assert.Equal(expected.MaxWeight(native.Name), counts.MaxWeight(native.Name));
                    foreach (var item in rendered.Items)
                    {
                        foreach (var (tag, tagValues) in item.Tags)
                        {
                            foreach (var value in tagValues)
                            {
                                Assert.True(expected.Count(native.Name, tag, value) == counts.Count(native.Name, tag, value), $"{where}: {tag}={value}");
                            }
                        }
                    }
                }
                values += expected.Distinct;
            }
        }
        return values;
    }

    private static GeneratorContext Context(CompiledGenerator generator, SceneGraph graph, GenerationOptions options, IItemCollector collector, Vocabulary vocabulary, DataSetIndex dataSet) =>
        new(generator.Name, graph, options, collector, vocabulary) { DataSet = dataSet };
}

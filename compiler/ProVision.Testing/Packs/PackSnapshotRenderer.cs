using System.Collections.Immutable;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;

namespace ProVision.Testing.Packs;

/// <summary>
/// Runs a pack's generators through the public engines in all-templates mode (every phrasing of every item, every
/// item of every graph) and renders one snapshot text per generator. Question phrasings run in QA mode and
/// description phrasings in description mode, so a generator with both shows both.
/// </summary>
internal sealed class PackSnapshotRenderer(GeneratorPack pack, IReadOnlyList<CompiledGenerator> generators, ulong seed)
{
    private GenerationOptions Options(GenerationMode mode) => pack.Options with
    {
        Seed = seed,
        Mode = mode,
        AllTemplates = true,
        ItemsPerGraphBudget = PackSnapshotRunner.ItemsPerGraphBudget,
        // A time budget would make the output depend on machine load.
        TimeBudget = Timeout.InfiniteTimeSpan,
    };

    /// <summary>One text per single-image generator, in pack order.</summary>
    public IEnumerable<(string Generator, string Text)> RenderSingleImage(string fixture, ImmutableArray<SceneGraph> graphs)
    {
        var singles = generators.Where(g => !g.IsMultiImage).ToList();
        if (singles.Count == 0) yield break;
        var (questions, questionReport) = RunSingle(singles.Where(g => g.Templates.Questions.Length > 0).ToList(), GenerationMode.Qa, graphs);
        var (descriptions, descriptionReport) = RunSingle(singles.Where(g => g.Templates.Descriptions.Length > 0).ToList(), GenerationMode.Description, graphs);
        foreach (var generator in singles)
        {
            var sections = Sections(generator, questions, descriptions);
            var totals = questionReport.Generators.GetValueOrDefault(generator.Name) ?? descriptionReport.Generators.GetValueOrDefault(generator.Name);
            var missing = totals is { ImagesMissingData: > 0 }
                ? $"{totals.ImagesMissingData} of {graphs.Length} graph(s) lack data it needs ({totals.Missing.ToString().ToLowerInvariant()})"
                : null;
            yield return (generator.Name, SnapshotFile.Render(generator, fixture, seed, graphs, missing, sections));
        }
    }

    /// <summary>One text per multi-image generator, over all fixtures together as one data set.</summary>
    public IEnumerable<(string Generator, string Text)> RenderMultiImage(ImmutableArray<SceneGraph> graphs)
    {
        var dataSet = new DataSetIndex(graphs);
        foreach (var generator in generators.Where(g => g.IsMultiImage))
        {
            var questions = RunMulti(generator, GenerationMode.Qa, generator.Templates.Questions.Length, dataSet);
            var descriptions = RunMulti(generator, GenerationMode.Description, generator.Templates.Descriptions.Length, dataSet);
            var sections = Sections(generator, questions, descriptions);
            yield return (generator.Name, SnapshotFile.Render(generator, FixtureNames.AllFixtures, seed, graphs, null, sections));
        }
    }

    private static List<SnapshotSection> Sections(CompiledGenerator generator, List<GeneratedItem> questions, List<GeneratedItem> descriptions)
    {
        var sections = new List<SnapshotSection>();
        if (generator.Templates.Questions.Length > 0)
            sections.Add(new SnapshotSection(GenerationMode.Qa, generator.Templates.Questions.Length, PhrasingFingerprint.Questions(generator.Templates), questions.Where(i => i.Generator == generator.Name).ToList()));
        if (generator.Templates.Descriptions.Length > 0)
            sections.Add(new SnapshotSection(GenerationMode.Description, generator.Templates.Descriptions.Length, PhrasingFingerprint.Descriptions(generator.Templates), descriptions.Where(i => i.Generator == generator.Name).ToList()));
        return sections;
    }

    private (List<GeneratedItem> Items, EngineReport Report) RunSingle(List<CompiledGenerator> selected, GenerationMode mode, ImmutableArray<SceneGraph> graphs)
    {
        var sink = new ListSink();
        var job = pack.Job(selected) with { Options = Options(mode), PerImage = null, Threads = Environment.ProcessorCount };
        return (sink.Items, job.RunSingleImage(graphs, sink));
    }

    /// <summary>The engine counts phrasings as items, so the target is items times phrasings.</summary>
    private List<GeneratedItem> RunMulti(CompiledGenerator generator, GenerationMode mode, int phrasings, DataSetIndex dataSet)
    {
        var sink = new ListSink();
        if (phrasings == 0) return sink.Items;
        var job = pack.Job([generator]) with { Options = Options(mode), MultiSamples = PackSnapshotRunner.MultiImageItems * phrasings };
        job.RunMultiImage(dataSet, sink);
        return sink.Items;
    }

    private sealed class ListSink : IItemSink
    {
        public List<GeneratedItem> Items { get; } = [];
        public void Write(GeneratedItem item) => Items.Add(item);
        public void Complete() { }
        public void Dispose() { }
    }
}

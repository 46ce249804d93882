using System.Collections.Immutable;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Templates;
using static ProVision.Runtime.Templates.TemplateNode;

namespace ProVision.Runtime.Tests.Engine;

/// <summary>
/// <see cref="RunProgress.MultiImageStarting"/>: the host hears once, after every graph was read and before any
/// multi-image generator runs (the CLI stops its start-up JIT profile there, so that a start over one graph does not
/// prepare the multi-image generators' code: docs/performance.md#session-12-warm-start-and-the-multicore-jit).
/// </summary>
public sealed class RunProgressTests
{
    // A multi-image generator that notes, when it runs, whether the host has heard yet; makes no item.
    private sealed class WatchingGenerator(Func<int> callsSoFar) : CompiledGenerator
    {
        public int? CallsWhenRun { get; private set; }

        public override string Name => "WatchingGenerator";

        public override GeneratorFamily Family => GeneratorFamily.Object;

        public override DataNeeds Needs => DataNeeds.Labels;

        public override bool IsMultiImage => true;

        public override int ImageCount => 2;

        public override ImmutableArray<AskTemplate> QuestionTemplates => [new AskTemplate(Lit("Which image?"), Lit("the first"))];

        public override void Run(GeneratorContext context) => CallsWhenRun = callsSoFar();
    }

    private static IEnumerable<SceneGraph> Graphs(int count) =>
        Enumerable.Range(0, count).Select(i => new SceneGraph($"img{i}", null, 10, 10, [new SceneObject("dog", new Box(0, 0, 1, 1))], []));

    [Fact]
    public void The_host_hears_once_that_the_multi_image_half_starts_after_every_graph_and_before_its_generators()
    {
        var calls = 0;
        var graphsWhenCalled = -1L;
        RunProgress? progress = null;
        progress = new RunProgress { MultiImageStarting = () => { calls++; graphsWhenCalled = progress!.Graphs; } };
        var generator = new WatchingGenerator(() => calls);
        var job = new GenerationJob { Generators = [generator], MultiSamples = 10, Progress = progress };

        job.Run(Graphs(3), new NoSink());

        Assert.Equal(1, calls);
        Assert.Equal(3, graphsWhenCalled);
        Assert.Equal(1, generator.CallsWhenRun);
        Assert.True(progress.MultiImage);
    }

    [Fact]
    public void A_run_without_a_multi_image_half_never_calls_the_host()
    {
        var calls = 0;
        var generator = new WatchingGenerator(() => calls);
        var job = new GenerationJob { Generators = [generator], MultiSamples = 0, Progress = new RunProgress { MultiImageStarting = () => calls++ } };

        job.Run(Graphs(3), new NoSink());

        Assert.Equal(0, calls);
        Assert.Null(generator.CallsWhenRun);
    }
}

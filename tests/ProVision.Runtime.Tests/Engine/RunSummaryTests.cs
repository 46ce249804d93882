using System.Collections.Immutable;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Templates;
using static ProVision.Runtime.Templates.TemplateNode;

namespace ProVision.Runtime.Tests.Engine;

/// <summary>
/// The end-of-run table reads which clauses a generator has, not their expansions: expanding the templates of every
/// generator, also of those the run never started, cost a few hundred milliseconds at the end of each process.
/// </summary>
public sealed class RunSummaryTests
{
    private sealed class Clauses(ImmutableArray<AskTemplate> asks, ImmutableArray<TemplateNode> tells, bool multiImage = false) : CompiledGenerator
    {
        public override string Name => "ClausesGenerator";

        public override GeneratorFamily Family => GeneratorFamily.Object;

        public override DataNeeds Needs => DataNeeds.Labels;

        public override bool IsMultiImage => multiImage;

        public override ImmutableArray<AskTemplate> QuestionTemplates => asks;

        public override ImmutableArray<TemplateNode> DescriptionTemplates => tells;

        public override void Run(GeneratorContext context) => throw new InvalidOperationException("the summary must not run a generator");
    }

    private static readonly AskTemplate s_ask = new(Seq(Lit("how many "), Slot("name"), Alt(Lit(" are there"), Lit(" can you see")), Lit("?")), Slot("count"));

    private static readonly TemplateNode s_tell = Seq(Lit("There are "), Slot("count"), Lit(" "), Slot("name"), Lit("."));

    // 400 x 400 distinct phrasings: more than the expander's cap, so expanding them throws.
    private static readonly AskTemplate s_unexpandable = new(
        Seq(Alt([.. Enumerable.Range(0, 400).Select(i => Lit($"a{i} "))]), Alt([.. Enumerable.Range(0, 400).Select(i => Lit($"b{i}"))])), Lit("x"));

    [Fact]
    public void Having_clauses_is_having_phrasings_for_templates_that_expand()
    {
        var cases = new (ImmutableArray<AskTemplate> Asks, ImmutableArray<TemplateNode> Tells)[]
        {
            ([], []), ([s_ask], []), ([], [s_tell]), ([s_ask], [s_tell]), (default, default), (default, [s_tell]),
        };
        foreach (var (asks, tells) in cases)
        {
            var generator = new Clauses(asks, tells);
            foreach (var mode in new[] { GenerationMode.Qa, GenerationMode.Description })
            {
                Assert.Equal(generator.HasPhrasings(mode), generator.HasClauses(mode));
            }
        }
    }

    [Fact]
    public void The_summary_leaves_the_templates_of_a_generator_the_run_did_not_start_unexpanded()
    {
        var unstarted = new Clauses([s_unexpandable], [], multiImage: true);
        var captionOnly = new Clauses([], [s_tell]);
        var job = new GenerationJob { Generators = [unstarted, captionOnly], MultiSamples = 0 };

        var rows = RunSummary.Rows(job, new EngineReport());

        Assert.Equal(0, rows[0].Asked);
        Assert.Empty(rows[0].WhyFewer);
        Assert.Equal(["descriptions only: run with --mode description"], rows[1].WhyFewer);
        // The template really cannot be expanded: the summary of the run above did not try.
        Assert.Throws<TemplateExpansionException>(() => unstarted.Templates);
    }
}

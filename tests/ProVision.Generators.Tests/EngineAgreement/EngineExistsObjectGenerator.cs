using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Text;
using static ProVision.Runtime.Templates.TemplateNode;

namespace ProVision.Generators.Tests.EngineAgreement;

/// <summary>
/// The emitted form of ExistsObjectGenerator from docs/runtime-contract.md, trimmed: real engine output (number
/// words, multiple-choice layouts, response phrasings) for the verifier to judge, until the pack's own generators land.
/// </summary>
internal sealed class EngineExistsObjectGenerator : CompiledGenerator
{
    private static readonly TemplateNode s_lead = Alt(Lit(""), Lit("tell me"), Lit("identify"), Lit("determine"), Lit("can you tell"));
    private static readonly TemplateNode s_see = Alt(Lit("are there"), Lit("are visible"), Lit("can you see"), Lit("do you see"), Lit("exist"));

    private static readonly ImmutableArray<AskTemplate> s_asks =
    [
        new AskTemplate(Seq(s_lead, Lit(" how many "), Slot("name"), Lit(" "), s_see, Lit("?")), Slot("count")),
    ];

    private static readonly ImmutableArray<TemplateNode> s_tells =
    [
        Seq(Lit("There "), Slot("count", "be"), Lit(" "), Slot("count"), Lit(" "), Slot("name"), Lit(".")),
    ];

    public override string Name => "ExistsObjectGenerator";

    public override GeneratorFamily Family => GeneratorFamily.Object;

    public override DataNeeds Needs => DataNeeds.Labels;

    public override ImmutableArray<AskTemplate> QuestionTemplates => s_asks;

    public override ImmutableArray<TemplateNode> DescriptionTemplates => s_tells;

    public override void Run(GeneratorContext context)
    {
        var groups = Sets.GroupByLabel(context.Graph);
        Span<int> choices = stackalloc int[Counting.DefaultChoices];
        for (var g = 0; g < groups.Count; g++)
        {
            var label = groups.Label(g);
            if (context.ShouldStop() || !context.Vocabulary.IsCountable(label))
            {
                continue;
            }
            var group = groups.Objects(g);
            var n = group.Length;
            var item = context.BeginItem();
            item.Set("name", SlotValue.FromText(n == 1 ? label : Inflection.Plural(label)));
            item.Set("count", SlotValue.FromCount(n));
            item.Answer = SlotValue.FromCount(n);
            item.AddCountCandidates(choices[..Counting.CountChoices(n, item.Random, choices)]);
            item.AddObjects(group);
            item.AddTag("object", label);
            item.AddTag("count", n);
            context.Emit(item, Templates);
        }
    }
}

// What the emitter is expected to produce for the ExistsObjectGenerator of docs/design/2026-11-26-language-v0.md, written by
// hand against the runtime API. docs/runtime-contract.md quotes this file; HandWrittenGeneratorTests runs it.
//
// Source (.pvg):
//   phrases lead = "" | "tell me" | "identify" | "determine" | "can you tell"
//   phrases see  = "are there" | "are visible" | "can you see" | "do you see" | "exist"
//   generator ExistsObjectGenerator {
//     family object
//     needs labels
//     alias CountObjects
//     for label, group in objects grouped by label
//     where countable(label)
//     let n = count(group)
//     emit {
//       name     = n == 1 ? label : plural(label)
//       count    = number(n)
//       answer   = count
//       choices  = countChoices(n)
//       evidence = group
//       tag object = label
//       tag count  = n
//     }
//     ask  "{lead} how many {name} {see}?" -> "{count}"
//     tell "There {be(count)} {count} {name}."
//   }
using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Templates;
using ProVision.Runtime.Text;
using static ProVision.Runtime.Templates.TemplateNode;

namespace ProVision.Runtime.Tests.Generation;

public sealed class HandWrittenExistsObjectGenerator : CompiledGenerator
{
    // phrases lead (exists.pvg:1)
    private static readonly TemplateNode s_lead = Alt(Lit(""), Lit("tell me"), Lit("identify"), Lit("determine"), Lit("can you tell"));

    // phrases see (exists.pvg:2)
    private static readonly TemplateNode s_see = Alt(Lit("are there"), Lit("are visible"), Lit("can you see"), Lit("do you see"), Lit("exist"));

    // ask "{lead} how many {name} {see}?" -> "{count}" (exists.pvg:20)
    private static readonly ImmutableArray<AskTemplate> s_asks =
    [
        new AskTemplate(Seq(s_lead, Lit(" how many "), Slot("name"), Lit(" "), s_see, Lit("?")), Slot("count")),
    ];

    // tell "There {be(count)} {count} {name}." (exists.pvg:21)
    private static readonly ImmutableArray<TemplateNode> s_tells =
    [
        Seq(Lit("There "), Slot("count", "be"), Lit(" "), Slot("count"), Lit(" "), Slot("name"), Lit(".")),
    ];

    public override string Name => "ExistsObjectGenerator";

    public override ImmutableArray<string> Aliases => ["CountObjects"];

    public override GeneratorFamily Family => GeneratorFamily.Object;

    public override DataNeeds Needs => DataNeeds.Labels;

    public override ImmutableArray<AskTemplate> QuestionTemplates => s_asks;

    public override ImmutableArray<TemplateNode> DescriptionTemplates => s_tells;

    public override void Run(GeneratorContext context)
    {
        var graph = context.Graph;
        Span<int> choices = stackalloc int[Counting.DefaultChoices];

        // for label, group in objects grouped by label (exists.pvg:8)
        var groups = Sets.GroupByLabel(graph);
        for (var g = 0; g < groups.Count; g++)
        {
            if (context.ShouldStop())
            {
                return;
            }
            var label = groups.Label(g);
            var group = groups.Objects(g);

            // where countable(label) (exists.pvg:9)
            if (!context.Vocabulary.IsCountable(label))
            {
                continue;
            }

            // Admit point, before the lets that only prepare the emit block: a candidate that can no longer be
            // kept (the engine keeps k per image and has k with smaller selection values) is never built.
            if (!context.Admits())
            {
                continue;
            }

            // let n = count(group) (exists.pvg:10)
            var n = group.Length;

            // emit { ... } (exists.pvg:11)
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

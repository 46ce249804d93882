using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Linting;

/// <summary>
/// The checks that need only the templates: duplicate phrasings (PV5001, PV5002), template-text spacing (PV5020,
/// PV5021), final punctuation (PV5023), and the grammar rules over every expansion rendered with every
/// <see cref="SampleScenario"/> through the runtime's own expander and renderer (a real <see cref="ItemDraft"/>, so
/// the helpers behave exactly as in items).
/// </summary>
internal static partial class ExpansionChecks
{
    private static readonly SceneGraph s_blank = new("lint", null, 1, 1, [], []);

    private static readonly string[] s_questionWords =
        ["what", "which", "how", "where", "who", "whose", "when", "why", "is", "are", "does", "do", "can", "could", "will", "would", "should", "has", "have"];

    public static void Run(LintLocations at, SlotKinds kinds)
    {
        var generator = at.Generator;
        Duplicates(at, generator.Templates.Questions.Select(q => (q.Question.Text, at.Ask(q.AskIndex))), TextForm.Question);
        Duplicates(at, Descriptions(at).Select(d => (d.Expansion.Text, at.Tell(d.Tell))), TextForm.Description);
        if (at.Bound is { } bound)
        {
            foreach (var ask in bound.Asks)
            {
                TemplateText(at, ask.Question);
                TemplateText(at, ask.Answer);
            }
            foreach (var tell in bound.Tells)
            {
                TemplateText(at, tell.Description);
            }
        }

        var draft = new GeneratorContext(generator.Name, s_blank, GenerationOptions.Default, new ListItemCollector()).BeginItem();
        var slotOrder = kinds.Names;
        for (var a = 0; a < generator.QuestionTemplates.Length; a++)
        {
            var ask = generator.QuestionTemplates[a];
            foreach (var question in Expand(ask.Question))
            {
                FinalPunctuation(at, question, TextForm.Question, at.Ask(a));
                Render(at, draft, kinds, slotOrder, question, TextForm.Question, at.Ask(a));
            }
            foreach (var answer in Expand(ask.Answer))
            {
                Render(at, draft, kinds, slotOrder, answer, TextForm.Fragment, at.Ask(a, answer: true));
            }
        }
        foreach (var (tell, expansion) in Descriptions(at))
        {
            FinalPunctuation(at, expansion, TextForm.Description, at.Tell(tell));
            Render(at, draft, kinds, slotOrder, expansion, TextForm.Description, at.Tell(tell));
        }
    }

    private static IEnumerable<(int Tell, TemplateExpansion Expansion)> Descriptions(LintLocations at) =>
        at.Generator.DescriptionTemplates.SelectMany((tell, t) => Expand(tell).Select(e => (t, e)));

    private static ImmutableArray<TemplateExpansion> Expand(TemplateNode node)
    {
        var result = TemplateExpander.Expand(node);
        return result.Succeeded ? result.Expansions : [];
    }

    /// <summary>PV5001 for a phrasing produced twice, PV5002 for phrasings that read alike once finished.</summary>
    private static void Duplicates(LintLocations at, IEnumerable<(string Text, Text.TextSpan Span)> expansions, TextForm form)
    {
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var loose = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (text, span) in expansions)
        {
            index++;
            if (!exact.TryAdd(text, index))
            {
                at.Report(LintDiagnostics.LintDuplicateExpansion(span, text, $"phrasings #{exact[text]} and #{index}"), text);
                continue;
            }
            var key = Whitespace().Replace(TemplateRenderer.Finish(text, form), "").ToLowerInvariant();
            if (!loose.TryAdd(key, text))
            {
                at.Report(LintDiagnostics.LintCaseOrSpaceDuplicate(span, text, loose[key]), text);
            }
        }
        // A template whose raw expansions repeat ([a|a]) is deduplicated by the expander, so the count is smaller than written.
        for (var a = 0; a < at.Generator.QuestionTemplates.Length && form == TextForm.Question; a++)
        {
            var node = at.Generator.QuestionTemplates[a].Question;
            var count = TemplateExpander.Count(node);
            if (count.Succeeded && TemplateExpander.UpperBound(node) > count.Count)
            {
                at.Report(LintDiagnostics.LintDuplicateExpansion(at.Ask(a), node.ToString(), "the template's alternatives repeat a phrasing"), node.ToString());
            }
        }
    }

    /// <summary>PV5020 and PV5021 on the literal text of a template, pointing at that text.</summary>
    private static void TemplateText(LintLocations at, BoundTemplate template)
    {
        foreach (var part in template.Parts)
        {
            switch (part)
            {
                case BoundTemplateText text when DoubledSpace().IsMatch(text.Text):
                    at.Report(LintDiagnostics.LintDoubledSpace(text.Span, text.Text), text.Text);
                    break;
                case BoundTemplateText text when SpaceBeforeMark().IsMatch(text.Text):
                    at.Report(LintDiagnostics.LintSpaceBeforePunctuation(text.Span, text.Text), text.Text);
                    break;
                case BoundTemplateGroup group:
                    foreach (var alternative in group.Alternatives)
                    {
                        TemplateText(at, alternative);
                    }
                    break;
            }
        }
    }

    /// <summary>PV5023: questions worded as questions end with '?', descriptions do not end with '?'.</summary>
    private static void FinalPunctuation(LintLocations at, TemplateExpansion expansion, TextForm form, Text.TextSpan span)
    {
        var finished = TemplateRenderer.Finish(expansion.Text, form);
        if (form == TextForm.Question && finished.EndsWith('.') && StartsWithQuestionWord(expansion.Text))
        {
            at.Report(LintDiagnostics.LintFinalPunctuation(span, finished, "reads as a question but ends with '.'; end it with '?'"), finished);
        }
        else if (form == TextForm.Description && finished.EndsWith('?'))
        {
            at.Report(LintDiagnostics.LintFinalPunctuation(span, finished, "is a description but ends with '?'; end it with '.'"), finished);
        }
    }

    private static bool StartsWithQuestionWord(string text)
    {
        var first = text.TrimStart().Split(' ', 2)[0];
        return s_questionWords.Contains(first, StringComparer.OrdinalIgnoreCase);
    }

    private static void Render(LintLocations at, ItemDraft draft, SlotKinds kinds, IReadOnlyList<string> slotOrder,
        TemplateExpansion expansion, TextForm form, Text.TextSpan span)
    {
        var slotless = !expansion.Segments.Any(s => s.IsSlot);
        foreach (var scenario in SampleScenario.All)
        {
            for (var i = 0; i < slotOrder.Count; i++)
            {
                draft.Set(slotOrder[i], scenario.ValueFor(kinds[slotOrder[i]], i));
            }
            foreach (var segment in expansion.Segments)
            {
                if (segment.IsSlot && !kinds.ContainsKey(segment.Slot.Name))
                {
                    draft.Set(segment.Slot.Name, Runtime.Generation.SlotValue.FromText("something"));
                }
                foreach (var argument in segment.IsSlot ? segment.Slot.Arguments : [])
                {
                    if (argument.IsSlot && !kinds.ContainsKey(argument.Text))
                    {
                        draft.Set(argument.Text, Runtime.Generation.SlotValue.FromCount(scenario.Count));
                    }
                }
            }
            var text = TemplateRenderer.Render(expansion, draft, form);
            foreach (var hit in GrammarRules.Check(text))
            {
                at.Report(hit, span, $"\"{text}\" (from \"{expansion.Text}\")");
            }
            if (slotless)
            {
                break; // every scenario renders it alike
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex DoubledSpace();

    [GeneratedRegex(@"(?:^|\S)[ \t]+(?:[,;:?!]|\.(?!\d))")]
    private static partial Regex SpaceBeforeMark();
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ProVision.Compiler.Diagnostics;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Linting;

/// <summary>
/// The checks that need real items: the generator runs over sample graphs with several seeds, once open-ended and
/// once with every item multiple-choice (the same items: the choice decision has its own random stream), and in
/// description mode. Each item is checked for slots that rendered empty (PV5030), a question for one relation answered
/// by several (PV5032), a question that contains its own answer (PV5040), options that repeat (PV5041), a non-object
/// label named as an object (PV5026), and the grammar rules over its real prompt and response.
/// </summary>
/// <remarks>
/// The answer-leak rule: the answer, trimmed, found in the open-ended prompt case-insensitively and word-bounded.
/// Not a leak: yes/no answers (the words are the question's form, not its content); a question that also names
/// another of the item's options (a choice question, "which is closer, the dog or the cat?"); a number that is part of
/// a decimal or coordinates ("0.25") or follows image/picture/photo ("image 2"), which is not a count; an occurrence
/// inside a relative clause ("the object that is next to the small dog", "the cup, which the dog is on,"), which
/// describes a neighbour of the object asked about rather than the object itself.
/// </remarks>
internal static partial class ItemChecks
{
    private const int Seeds = 4;

    public static void Run(LintLocations at, Vocabulary vocabulary, GenerationOptions defaults, IReadOnlyList<SceneGraph> graphs)
    {
        var generator = at.Generator;
        var usedSlots = UsedSlots(generator);
        var nonThings = NonThingLabels(vocabulary, graphs);
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            var options = defaults with { Seed = seed, AllTemplates = false, ItemsPerGraphBudget = 200, TimeBudget = TimeSpan.FromSeconds(5) };
            if (generator.Templates.Questions.Length > 0)
            {
                var open = RunAll(generator, options with { McRatio = 0, Mode = GenerationMode.Qa }, vocabulary, graphs);
                var mc = RunAll(generator, options with { McRatio = 1, Mode = GenerationMode.Qa }, vocabulary, graphs)
                    .ToDictionary(i => i.Id, StringComparer.Ordinal);
                foreach (var item in open)
                {
                    var choices = mc.TryGetValue(item.Id, out var withChoices) ? withChoices.Choices : [];
                    var ask = at.Ask(generator.Templates.Questions[item.Template].AskIndex);
                    EmptySlots(at, item, usedSlots);
                    OneRelationSeveralAnswers(at, item, ask);
                    Leak(at, item, choices, ask);
                    RepeatedOptions(at, withChoices);
                    NamesNonThing(at, withChoices ?? item, nonThings, ask);
                    Grammar(at, item.Prompt, ask);
                    Grammar(at, item.Response, at.Ask(generator.Templates.Questions[item.Template].AskIndex, answer: true));
                }
            }
            if (generator.Templates.Descriptions.Length > 0)
            {
                foreach (var item in RunAll(generator, options with { Mode = GenerationMode.Description }, vocabulary, graphs))
                {
                    EmptySlots(at, item, usedSlots);
                    NamesNonThing(at, item, nonThings, at.Tell(TellOf(generator, item.Template)));
                    Grammar(at, item.Response, at.Tell(TellOf(generator, item.Template)));
                }
            }
        }
    }

    private static List<GeneratedItem> RunAll(CompiledGenerator generator, GenerationOptions options, Vocabulary vocabulary, IReadOnlyList<SceneGraph> graphs)
    {
        var collector = new ListItemCollector();
        if (generator.IsMultiImage)
        {
            if (graphs.Count >= generator.ImageCount)
            {
                generator.RunOn(new DataSetIndex([.. graphs]), options, collector, vocabulary);
            }
            return collector.Items;
        }
        foreach (var graph in graphs)
        {
            if (HasData(generator.Needs, graph))
            {
                generator.RunOn(graph, options, collector, vocabulary);
            }
        }
        return collector.Items;
    }

    private static bool HasData(DataNeeds needs, SceneGraph graph) =>
        (!needs.HasFlag(DataNeeds.Depth) || graph.Depth is not null) && (!needs.HasFlag(DataNeeds.Masks) || graph.Masks is not null);

    private static void EmptySlots(LintLocations at, GeneratedItem item, HashSet<string> usedSlots)
    {
        foreach (var (name, value) in item.Slots)
        {
            if (usedSlots.Contains(name) && string.IsNullOrWhiteSpace(value))
            {
                at.Report(LintDiagnostics.LintEmptySlot(at.Slot(name), name, item.Id), $"\"{item.Prompt}{(item.Prompt.Length > 0 ? " " : "")}{item.Response}\"");
            }
        }
    }

    /// <summary>
    /// PV5032: the question names one relation ("the relation", "a connection") while the answer lists several: a
    /// reader gives one and is marked wrong. Attribute answers ("what is the color" -> "white and red") are not relations.
    /// </summary>
    private static void OneRelationSeveralAnswers(LintLocations at, GeneratedItem item, Text.TextSpan span)
    {
        if (!item.Answer.Contains(" and ", StringComparison.Ordinal) && !item.Answer.Contains(", ", StringComparison.Ordinal))
        {
            return;
        }
        if (OneRelation().Match(item.Prompt) is { Success: true } match)
        {
            at.Report(LintDiagnostics.LintOneRelationSeveralAnswers(span, match.Value, item.Answer), $"\"{item.Prompt}\" -> \"{item.Answer}\"");
        }
    }

    private static void Leak(LintLocations at, GeneratedItem item, ImmutableArray<string> choices, Text.TextSpan span)
    {
        var answer = item.Answer.Trim();
        if (answer.Length == 0 || answer.Equals("yes", StringComparison.OrdinalIgnoreCase) || answer.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (!Contains(MainClauses(item.Prompt), answer))
        {
            return;
        }
        foreach (var choice in choices)
        {
            if (!choice.Trim().Equals(answer, StringComparison.OrdinalIgnoreCase) && choice.Trim().Length > 0 && Contains(item.Prompt, choice.Trim()))
            {
                return; // a choice question names its options
            }
        }
        at.Report(LintDiagnostics.LintAnswerLeak(span, answer, item.Id), $"\"{item.Prompt}\" -> \"{item.Answer}\"");
    }

    /// <summary>Word-bounded, case-insensitive; a number must stand alone (not in a decimal, not an image number).</summary>
    private static bool Contains(string text, string phrase)
    {
        var pattern = @"(?<![\w.])" + Regex.Escape(phrase) + @"(?![\w]|\.\d)";
        foreach (Match match in Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        {
            var before = text[..match.Index].TrimEnd();
            if (char.IsAsciiDigit(phrase[0]) && ImageWord().IsMatch(before))
            {
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>The text with every relative clause cut out: from a "that/which/who/whose" after a noun or a comma to the next comma or the end.</summary>
    // A place phrase ("in the image") is not content: an answer "in" is not given away by it.
    private static string MainClauses(string text) => PlacePhrase().Replace(RelativeClause().Replace(text, "$1"), " ");

    private static void RepeatedOptions(LintLocations at, GeneratedItem? item)
    {
        if (item is null)
        {
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in item.Choices)
        {
            var key = Spaces().Replace(choice.Trim(), " ").ToLowerInvariant();
            if (!seen.Add(key))
            {
                at.Report(LintDiagnostics.LintRepeatedOption(at.Choices, choice, item.Id), $"\"{item.Prompt}\"");
                return;
            }
        }
    }

    /// <summary>
    /// The labels of the sample graphs that name no thing (vocabulary nonObjects), as written and in the plural: the
    /// words an item must not use for an object. The sample graphs hold such labels, as real graphs do ("spots").
    /// </summary>
    private static List<string> NonThingLabels(Vocabulary vocabulary, IReadOnlyList<SceneGraph> graphs) =>
        [.. graphs.SelectMany(g => g.Objects).Select(o => o.Label.Trim()).Where(l => !vocabulary.IsThing(l))
            .SelectMany(l => new[] { l, Runtime.Text.Inflection.Plural(l) }).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static void NamesNonThing(LintLocations at, GeneratedItem item, List<string> nonThings, Text.TextSpan span)
    {
        var text = string.Join(" | ", new[] { item.Prompt, item.Response }.Concat(item.Choices));
        if (nonThings.FirstOrDefault(label => Contains(text, label)) is { } named)
        {
            at.Report(LintDiagnostics.LintNonThingNamed(span, named, item.Id), $"\"{item.Prompt}{(item.Prompt.Length > 0 ? " " : "")}{item.Response}\"");
        }
    }

    private static void Grammar(LintLocations at, string text, Text.TextSpan span)
    {
        foreach (var hit in GrammarRules.Check(text))
        {
            at.Report(hit, span, $"\"{text}\"");
        }
    }

    private static HashSet<string> UsedSlots(CompiledGenerator generator)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var expansions = generator.Templates.Questions.SelectMany(q => q.Answers.Prepend(q.Question)).Concat(generator.Templates.Descriptions);
        foreach (var expansion in expansions)
        {
            foreach (var segment in expansion.Segments.Where(s => s.IsSlot))
            {
                names.Add(segment.Slot.Name);
            }
        }
        return names;
    }

    private static int TellOf(CompiledGenerator generator, int description)
    {
        var start = 0;
        for (var t = 0; t < generator.DescriptionTemplates.Length; t++)
        {
            var count = Runtime.Templates.TemplateExpander.Count(generator.DescriptionTemplates[t]).Count;
            if (description < start + count)
            {
                return t;
            }
            start += count;
        }
        return 0;
    }

    [GeneratedRegex(@"\b(?:the|a|one|which) (?:relation|relationship|connection|predicate)\b(?!s)", RegexOptions.IgnoreCase)]
    private static partial Regex OneRelation();

    [GeneratedRegex(@"(?:image|picture|photo|#)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageWord();

    [GeneratedRegex(@"((?:[A-Za-z]{2,}|,)\s+)(?<!\b(?:me|us|you|know|tell|ask|about|and|or|of)\s+)(?:that|which|who|whose)\b[^,?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\b(?:in|across) (?:the|this|these|all the|all of the) (?:image|picture|photo|scene|images|pictures|photos)\b|\bin (?:the )?region\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePhrase();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

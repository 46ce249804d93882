using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Binding;

/// <summary>
/// Checks a generator's templates with the runtime's own <see cref="TemplateExpander"/>, so the compiler and the
/// engine agree on what a phrasing is: a rendering longer than <see cref="RenderedLength.Limit"/> is an error (PV1052),
/// found before expanding; more distinct expansions than the runtime's cap is an error (PV1022); a
/// template whose raw expansions repeat is a warning (PV1020); a phrasing that an earlier template of the same mode
/// already produces is a warning (PV1021).
/// </summary>
internal static class TemplateChecks
{
    /// <summary>
    /// Checks the templates; true when every question and description template expanded with no phrasing repeated
    /// (no PV1020 and no error), so the engine may expand each phrasing when an item draws it
    /// (<see cref="BoundGenerator.PhrasingsDistinctAsWritten"/>).
    /// </summary>
    public static bool Run(BoundGenerator generator, PhraseSetTable phraseSets, Action<Diagnostic> report)
    {
        var builder = new TemplateNodeBuilder(phraseSets);
        var lengths = new RenderedLength(phraseSets.Lookup);
        var distinct = CheckMode(generator, [.. generator.Asks.Select(a => a.Question)], builder, lengths, report);
        distinct &= CheckMode(generator, [.. generator.Tells.Select(t => t.Description)], builder, lengths, report);
        foreach (var ask in generator.Asks)
        {
            CheckOne(ask.Answer, builder, lengths, report);
        }
        return distinct;
    }

    // True when every template expanded and none repeats a phrasing of its own (PV1021, across templates, is no repeat:
    // each template's phrasings have their own numbers).
    private static bool CheckMode(BoundGenerator generator, ImmutableArray<BoundTemplate> templates, TemplateNodeBuilder builder, RenderedLength lengths, Action<Diagnostic> report)
    {
        var distinct = true;
        var firstSeen = new Dictionary<string, BoundTemplate>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            if (CheckOne(template, builder, lengths, report) is not { } checkedTemplate)
            {
                distinct = false;
                continue;
            }
            var expansions = checkedTemplate.Expansions;
            distinct &= !checkedTemplate.Repeats;
            foreach (var expansion in expansions)
            {
                if (firstSeen.TryGetValue(expansion.Text, out var earlier))
                {
                    var line = generator.Source.GetLinePosition(earlier.Span.Start).DisplayLine;
                    report(BindingDiagnostics.DuplicateExpansionAcrossTemplates(template.Span, expansion.Text, line));
                    break;
                }
            }
            foreach (var expansion in expansions)
            {
                firstSeen.TryAdd(expansion.Text, template);
            }
        }
        return distinct;
    }

    // The template's expansions and whether its raw expansions repeat one (PV1020); null when it has an error.
    private static (ImmutableArray<TemplateExpansion> Expansions, bool Repeats)? CheckOne(BoundTemplate template, TemplateNodeBuilder builder, RenderedLength lengths, Action<Diagnostic> report)
    {
        // Measured before anything is expanded: expanding a length bomb is the attack (PV1052).
        if (lengths.Of(template) is var length and > RenderedLength.Limit)
        {
            report(BindingDiagnostics.RenderedTooLong(template.Span, "this template", RenderedLength.Format(length), RenderedLength.Limit));
            return null;
        }
        if (builder.Build(template) is not { } node)
        {
            return null;
        }
        var result = TemplateExpander.Expand(node);
        if (!result.Succeeded)
        {
            report(BindingDiagnostics.TooManyExpansions(template.Span, result.Error!));
            return null;
        }
        var raw = TemplateExpander.UpperBound(node);
        if (raw > result.Count)
        {
            report(BindingDiagnostics.DuplicateExpansions(template.Span, (int)Math.Min(raw, int.MaxValue), result.Count));
        }
        return (result.Expansions, raw > result.Count);
    }
}

/// <summary>
/// Builds the runtime <see cref="TemplateNode"/> of a bound template, phrase sets inlined as alternations: the same
/// tree the emitted C# builds with the <c>TemplateNode</c> factories. Null when the template has an error hole.
/// </summary>
internal sealed class TemplateNodeBuilder(Func<PhraseSetSymbol, BoundPhraseSet?> lookup, IReadOnlySet<PhraseSetSymbol> cyclic)
{
    public TemplateNodeBuilder(PhraseSetTable phraseSets)
        : this(phraseSets.Lookup, phraseSets.Cyclic)
    {
    }

    public TemplateNodeBuilder(BoundPack pack)
        : this(symbol => pack.PhraseSets.FirstOrDefault(s => s.Symbol == symbol), new HashSet<PhraseSetSymbol>())
    {
    }

    private readonly Dictionary<PhraseSetSymbol, TemplateNode?> _sets = [];

    public TemplateNode? Build(BoundTemplate template)
    {
        var parts = new List<TemplateNode>(template.Parts.Length);
        foreach (var part in template.Parts)
        {
            if (Build(part) is not { } node)
            {
                return null;
            }
            parts.Add(node);
        }
        return parts.Count switch
        {
            0 => LiteralNode.Empty,
            1 => parts[0],
            _ => TemplateNode.Seq([.. parts]),
        };
    }

    private TemplateNode? Build(BoundTemplatePart part)
    {
        switch (part)
        {
            case BoundTemplateText text:
                return TemplateNode.Lit(text.Text);
            case BoundSlotHole hole:
                // One helper per slot node: a nested helper (an emit error) is counted by its outer helper.
                return hole.Helpers.IsEmpty
                    ? TemplateNode.Slot(hole.Slot)
                    : TemplateNode.Slot(hole.Slot, hole.Helpers[0], [.. hole.Arguments.Select(TemplateArgument.SlotRef)]);
            case BoundPhraseSetHole hole:
                return PhraseSet(hole.PhraseSet);
            case BoundTemplateGroup { Alternatives.IsEmpty: true }:
                return null;
            case BoundTemplateGroup group:
                var alternatives = new List<TemplateNode>(group.Alternatives.Length + 1);
                foreach (var alternative in group.Alternatives)
                {
                    if (Build(alternative) is not { } node)
                    {
                        return null;
                    }
                    alternatives.Add(node);
                }
                return TemplateNode.Alt([.. alternatives]);
            default:
                return null;
        }
    }

    private TemplateNode? PhraseSet(PhraseSetSymbol name)
    {
        if (_sets.TryGetValue(name, out var built))
        {
            return built;
        }
        if (cyclic.Contains(name) || lookup(name) is not { } set || set.Alternatives.IsEmpty)
        {
            return null;
        }
        _sets[name] = null; // guards against cycles that slipped through
        var alternatives = new List<TemplateNode>(set.Alternatives.Length);
        foreach (var alternative in set.Alternatives)
        {
            if (Build(alternative) is not { } node)
            {
                return null;
            }
            alternatives.Add(node);
        }
        built = TemplateNode.Alt([.. alternatives]);
        _sets[name] = built;
        return built;
    }
}

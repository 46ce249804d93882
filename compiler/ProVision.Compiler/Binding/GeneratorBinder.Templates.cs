using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Binding;

// Templates: holes resolve to the emit block's slots (and `answer`) or to the pack's phrase sets. Query variables
// are not visible: a value a template shows must be a slot, so every item lists exactly what its text used.
internal sealed partial class GeneratorBinder
{
    private sealed class TemplateBinder
    {
        private readonly GeneratorBinder _owner;
        private readonly Dictionary<string, SlotSymbol> _slots = new(StringComparer.Ordinal);
        private readonly bool _hasEmit;
        private readonly Scope _emitScope;

        public TemplateBinder(GeneratorBinder owner, ImmutableArray<SlotSymbol> slots, bool hasEmit, Scope emitScope)
        {
            _owner = owner;
            _hasEmit = hasEmit;
            _emitScope = emitScope;
            foreach (var slot in slots)
            {
                _slots.TryAdd(slot.Name, slot);
            }
        }

        /// <summary>The slots some template uses (as a hole or a helper argument).</summary>
        public HashSet<string> UsedSlots { get; } = new(StringComparer.Ordinal);

        public BoundTemplate Bind(TemplateSyntax template) => new(template.Span, BindParts(template.Parts));

        private ImmutableArray<BoundTemplatePart> BindParts(ImmutableArray<TemplatePartSyntax> parts)
        {
            var result = ImmutableArray.CreateBuilder<BoundTemplatePart>(parts.Length);
            foreach (var part in parts)
            {
                result.Add(part switch
                {
                    TemplateTextSyntax text => new BoundTemplateText(text.Span, text.Text),
                    TemplateGroupSyntax group => new BoundTemplateGroup(
                        group.Span,
                        [.. group.Alternatives.Select(a => new BoundTemplate(a.Span, BindParts(a.Parts)))]),
                    TemplateHoleSyntax hole => BindHole(hole),
                    _ => new BoundErrorHole(part.Span),
                });
            }
            return result.MoveToImmutable();
        }

        private BoundTemplatePart BindHole(TemplateHoleSyntax hole)
        {
            switch (hole.Expression)
            {
                case NameExpressionSyntax name:
                    if (IsSlot(name))
                    {
                        return new BoundSlotHole(hole.Span, name.Name.Text, [], []);
                    }
                    if (_owner._phraseParameters.TryGetValue(name.Name.Text, out var parameter) && parameter is null)
                    {
                        return new BoundErrorHole(hole.Span);
                    }
                    if ((parameter is not null ? _owner._phraseSets.Lookup(parameter) : _owner._phraseSets.Lookup(name.Name.Text, _owner._source)) is { } set)
                    {
                        if (_owner._phraseSets.Cyclic.Contains(set.Symbol))
                        {
                            return new BoundErrorHole(hole.Span);
                        }
                        // Through a `phrases` parameter, a missing slot is the instance's argument's fault.
                        Action<Diagnostic> report = parameter is not null && _owner._phraseArguments.TryGetValue(name.Name.Text, out var argument)
                            ? d => _owner.ReportAtInstance(d with { Span = argument })
                            : _owner.Report;
                        CheckPhraseSetSlots(set, hole.Span, report);
                        return new BoundPhraseSetHole(hole.Span, set.Symbol);
                    }
                    ReportUnknownSlot(name);
                    return new BoundErrorHole(hole.Span);
                case CallExpressionSyntax call:
                    return HelperHoles.Bind(call, IsSlot, ReportUnknownSlot, _owner.Report) is { } bound ? bound with { Span = hole.Span } : new BoundErrorHole(hole.Span);
                default:
                    _owner.Report(BindingDiagnostics.UnsupportedHole(hole.Expression.Span, HelperHoles.Describe(hole.Expression)));
                    return new BoundErrorHole(hole.Span);
            }
        }

        // The slots a phrase set shows (directly or through the sets it uses) are this generator's: each must be set
        // by the emit block (PV1073), reported at the use with the set's own line.
        private void CheckPhraseSetSlots(BoundPhraseSet set, TextSpan use, Action<Diagnostic> report)
        {
            var visited = new HashSet<PhraseSetSymbol>();
            var pending = new Stack<BoundPhraseSet>();
            pending.Push(set);
            while (pending.TryPop(out var current))
            {
                if (!visited.Add(current.Symbol))
                {
                    continue;
                }
                foreach (var hole in current.Alternatives.SelectMany(a => a.DescendantHoles()))
                {
                    if (hole is BoundPhraseSetHole inner && _owner._phraseSets.Lookup(inner.PhraseSet) is { } next)
                    {
                        pending.Push(next);
                    }
                    else if (hole is BoundSlotHole slot)
                    {
                        foreach (var missing in slot.Arguments.Prepend(slot.Slot).Where(n => !IsSlot(n)))
                        {
                            var where = $"{current.Symbol.Source.Path} line {current.Symbol.Source.GetLinePosition(slot.Span.Start).DisplayLine}";
                            var candidates = _slots.Keys.Append(AnswerName).Concat(_owner._phraseSets.NamesVisibleFrom(current.Symbol.Source));
                            report(BindingDiagnostics.PhraseSetSlotNotSet(use, current.Symbol.Name, missing, slot.Describe() ?? missing, where, NameSuggestions.DidYouMean(missing, candidates)));
                        }
                    }
                }
            }
        }

        // Marks the slot used; `answer` is always a slot (the draft's answer when no slot of that name is set).
        private bool IsSlot(NameExpressionSyntax name) => IsSlot(name.Name.Text);

        private bool IsSlot(string text)
        {
            if (_slots.ContainsKey(text) || (text == AnswerName && _hasEmit))
            {
                UsedSlots.Add(text);
                return true;
            }
            return false;
        }

        private void ReportUnknownSlot(NameExpressionSyntax name)
        {
            var text = name.Name.Text;
            if (name.Name.IsMissing)
            {
                return;
            }
            if (text is ChoicesName or EvidenceName)
            {
                _owner.Report(BindingDiagnostics.NotATemplateSlot(name.Span, text));
            }
            else if (_emitScope.Lookup(text) is not null)
            {
                _owner.Report(BindingDiagnostics.VariableInTemplate(name.Span, text));
            }
            else if (_hasEmit)
            {
                var candidates = _slots.Keys.Append(AnswerName).Concat(_owner._phraseSets.NamesVisibleFrom(_owner._source).Concat(_owner._phraseParameters.Keys));
                _owner.Report(BindingDiagnostics.UnknownTemplateSlot(name.Span, text, NameSuggestions.DidYouMean(text, candidates)));
            }
        }
    }
}

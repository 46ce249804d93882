using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
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
                    if (_owner._phraseSets.Lookup(name.Name.Text) is { } set)
                    {
                        return _owner._phraseSets.Cyclic.Contains(set.Symbol.Name) ? new BoundErrorHole(hole.Span) : new BoundPhraseSetHole(hole.Span, set.Symbol);
                    }
                    ReportUnknownSlot(name);
                    return new BoundErrorHole(hole.Span);
                case CallExpressionSyntax call:
                    var helpers = ImmutableArray.CreateBuilder<string>();
                    return BindHelperCall(call, helpers) is { } bound ? bound with { Span = hole.Span } : new BoundErrorHole(hole.Span);
                default:
                    _owner.Report(BindingDiagnostics.UnsupportedHole(hole.Expression.Span, Describe(hole.Expression)));
                    return new BoundErrorHole(hole.Span);
            }
        }

        private BoundSlotHole? BindHelperCall(CallExpressionSyntax call, ImmutableArray<string>.Builder helpers)
        {
            if (call.Callee is not NameExpressionSyntax { Name: { IsMissing: false } callee })
            {
                _owner.Report(BindingDiagnostics.UnsupportedHole(call.Callee.Span, Describe(call.Callee)));
                return null;
            }
            if (SlotHelpers.Find(callee.Text) is not { } helper)
            {
                _owner.Report(BindingDiagnostics.UnknownTemplateHelper(callee.Span, callee.Text, NameSuggestions.DidYouMean(callee.Text, SlotHelpers.All.Select(h => h.Name))));
                return null;
            }
            var maxArguments = helper.MaxArguments;
            if (call.Arguments.Length < 1 || call.Arguments.Length > maxArguments)
            {
                _owner.Report(BindingDiagnostics.TemplateHelperArguments(call.Span, callee.Text, maxArguments == 2 ? (helper.Helper == SlotHelper.Verb ? "a slot and optionally its subject's slot, as in '{verb(predicate, subject)}'" : "a slot and optionally a count slot, as in '{plural(name, n)}'") : $"one slot, as in '{{{callee.Text}(name)}}'"));
                return null;
            }
            helpers.Add(callee.Text);
            var arguments = ImmutableArray.CreateBuilder<string>();
            for (var i = 1; i < call.Arguments.Length; i++)
            {
                if (call.Arguments[i] is not NameExpressionSyntax argument || !IsSlot(argument))
                {
                    if (call.Arguments[i] is NameExpressionSyntax unknown)
                    {
                        ReportUnknownSlot(unknown);
                    }
                    else
                    {
                        _owner.Report(BindingDiagnostics.TemplateHelperArguments(call.Arguments[i].Span, callee.Text, "slot names as arguments"));
                    }
                    return null;
                }
                arguments.Add(argument.Name.Text);
            }

            switch (call.Arguments[0])
            {
                case NameExpressionSyntax name when IsSlot(name):
                    return new BoundSlotHole(call.Span, name.Name.Text, helpers.ToImmutable(), arguments.ToImmutable());
                case NameExpressionSyntax name:
                    ReportUnknownSlot(name);
                    return null;
                case CallExpressionSyntax inner:
                    return BindHelperCall(inner, helpers) is { } nested
                        ? nested with { Span = call.Span, Arguments = [.. arguments, .. nested.Arguments] }
                        : null;
                default:
                    _owner.Report(BindingDiagnostics.UnsupportedHole(call.Arguments[0].Span, Describe(call.Arguments[0])));
                    return null;
            }
        }

        // Marks the slot used; `answer` is always a slot (the draft's answer when no slot of that name is set).
        private bool IsSlot(NameExpressionSyntax name)
        {
            var text = name.Name.Text;
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
                var candidates = _slots.Keys.Append(AnswerName).Concat(_owner._phraseSets.Names);
                _owner.Report(BindingDiagnostics.UnknownTemplateSlot(name.Span, text, NameSuggestions.DidYouMean(text, candidates)));
            }
        }

        private static string Describe(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax => "a member access",
            IntegerLiteralSyntax => "a number",
            IndexExpressionSyntax => "an index",
            CallExpressionSyntax => "a call",
            _ => "this expression",
        };
    }
}

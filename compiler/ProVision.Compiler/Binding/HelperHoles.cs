using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Binding;

/// <summary>
/// The shape of a helper hole (<c>{a(x)}</c>, <c>{plural(x, n)}</c>, <c>{verb(p, s)}</c>): a known helper, the right
/// number of arguments, slot names as arguments. Shared by templates, whose slots are checked against the emit block at
/// once, and phrase sets, whose slots are checked against each generator that uses the set.
/// </summary>
internal static class HelperHoles
{
    /// <summary>
    /// The bound hole, or null after reporting why not. <paramref name="isSlot"/> says whether a name is a slot (and
    /// may mark it used); <paramref name="unknownSlot"/> reports one that is not.
    /// </summary>
    public static BoundSlotHole? Bind(CallExpressionSyntax call, Func<NameExpressionSyntax, bool> isSlot, Action<NameExpressionSyntax> unknownSlot, Action<Diagnostic> report) =>
        Bind(call, ImmutableArray.CreateBuilder<string>(), isSlot, unknownSlot, report);

    /// <summary>"a member access", "a number", ...: what a hole holds that is neither a name nor a helper call.</summary>
    public static string Describe(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax => "a member access",
        IntegerLiteralSyntax => "a number",
        IndexExpressionSyntax => "an index",
        CallExpressionSyntax => "a call",
        _ => "this expression",
    };

    private static BoundSlotHole? Bind(CallExpressionSyntax call, ImmutableArray<string>.Builder helpers, Func<NameExpressionSyntax, bool> isSlot, Action<NameExpressionSyntax> unknownSlot, Action<Diagnostic> report)
    {
        if (call.Callee is not NameExpressionSyntax { Name: { IsMissing: false } callee })
        {
            report(BindingDiagnostics.UnsupportedHole(call.Callee.Span, Describe(call.Callee)));
            return null;
        }
        if (SlotHelpers.Find(callee.Text) is not { } helper)
        {
            report(BindingDiagnostics.UnknownTemplateHelper(callee.Span, callee.Text, NameSuggestions.DidYouMean(callee.Text, SlotHelpers.All.Select(h => h.Name))));
            return null;
        }
        var maxArguments = helper.MaxArguments;
        if (call.Arguments.Length < 1 || call.Arguments.Length > maxArguments)
        {
            report(BindingDiagnostics.TemplateHelperArguments(call.Span, callee.Text, maxArguments == 2 ? (helper.Helper == SlotHelper.Verb ? "a slot and optionally its subject's slot, as in '{verb(predicate, subject)}'" : "a slot and optionally a count slot, as in '{plural(name, n)}'") : $"one slot, as in '{{{callee.Text}(name)}}'"));
            return null;
        }
        helpers.Add(callee.Text);
        var arguments = ImmutableArray.CreateBuilder<string>();
        for (var i = 1; i < call.Arguments.Length; i++)
        {
            if (call.Arguments[i] is not NameExpressionSyntax argument || !isSlot(argument))
            {
                if (call.Arguments[i] is NameExpressionSyntax unknown)
                {
                    unknownSlot(unknown);
                }
                else
                {
                    report(BindingDiagnostics.TemplateHelperArguments(call.Arguments[i].Span, callee.Text, "slot names as arguments"));
                }
                return null;
            }
            arguments.Add(argument.Name.Text);
        }

        switch (call.Arguments[0])
        {
            case NameExpressionSyntax name when isSlot(name):
                return new BoundSlotHole(call.Span, name.Name.Text, helpers.ToImmutable(), arguments.ToImmutable());
            case NameExpressionSyntax name:
                unknownSlot(name);
                return null;
            case CallExpressionSyntax inner:
                return Bind(inner, helpers, isSlot, unknownSlot, report) is { } nested
                    ? nested with { Span = call.Span, Arguments = [.. arguments, .. nested.Arguments] }
                    : null;
            default:
                report(BindingDiagnostics.UnsupportedHole(call.Arguments[0].Span, Describe(call.Arguments[0])));
                return null;
        }
    }
}

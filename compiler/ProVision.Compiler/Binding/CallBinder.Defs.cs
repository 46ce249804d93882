using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Binding;

// Calls of defs, inlined: the body is bound again at each call site, in a scope of its own (the def sees its
// parameters and the pack's functions and built-ins, never the caller's variables), with its diagnostics reported in
// the def's file (repeats across call sites are dropped by Binder). Recursion is rejected (PV1056) and inlining is
// bounded (PV1057), so no pack can make the binder loop or grow without limit.
internal abstract partial class CallBinder
{
    /// <summary>Defs calling defs may nest this deep.</summary>
    internal const int MaxDefNesting = 32;

    /// <summary>At most this many def calls are inlined into one generator (nested calls included).</summary>
    internal const int MaxInlinedCalls = 4096;

    private protected int _inlinedCalls;
    private protected bool _inlineLimitReported;


    private protected BoundExpression BindDefCall(CallExpressionSyntax syntax, IdentifierSyntax name, DefSymbol def)
    {
        var arguments = syntax.Arguments.Select(a => a is LambdaExpressionSyntax ? null : BindExpression(a)).ToArray();
        if (_defStack.FindIndex(d => d.Def == def) is var at and >= 0)
        {
            var cycle = string.Join(", ", _defStack.Skip(at).Select((d, i) => $"'{d.Def.Name}' calls '{(at + i + 1 < _defStack.Count ? _defStack[at + i + 1].Def.Name : def.Name)}'"));
            Report(BindingDiagnostics.RecursiveDef(name.Span, cycle));
            return new BoundErrorExpression(syntax.Span);
        }
        if (_defStack.Count >= MaxDefNesting)
        {
            Report(BindingDiagnostics.DefExpansionTooLarge(name.Span, $"defs calling defs nest deeper than {MaxDefNesting} here", MaxDefNesting));
            return new BoundErrorExpression(syntax.Span);
        }
        if (++_inlinedCalls > MaxInlinedCalls)
        {
            if (!_inlineLimitReported)
            {
                _inlineLimitReported = true;
                var site = _defCallSite ?? (syntax.Span, _source);
                _diagnostics.Add(BindingDiagnostics.DefExpansionTooLarge(site.Span, $"generator '{_syntax.Name.Text}' inlines more than {MaxInlinedCalls:N0} def calls", MaxInlinedCalls) with { Source = site.Source });
            }
            return new BoundErrorExpression(syntax.Span);
        }
        if (!CheckDefArguments(syntax, def, arguments))
        {
            return new BoundErrorExpression(syntax.Span);
        }
        return InlineDef(syntax, def, arguments!);
    }

    private protected bool CheckDefArguments(CallExpressionSyntax syntax, DefSymbol def, BoundExpression?[] arguments)
    {
        if (arguments.Length != def.Parameters.Length)
        {
            Report(BindingDiagnostics.WrongArgumentCount(syntax.Span, def.Name, arguments.Length, def.Display));
            return false;
        }
        var ok = true;
        for (var i = 0; i < arguments.Length; i++)
        {
            var (parameter, type) = def.Parameters[i];
            if (arguments[i] is not { } argument)
            {
                Report(BindingDiagnostics.LambdaMismatch(syntax.Arguments[i].Span, def.Name, parameter, type.Name + ", not a lambda (a def's parameters are values)"));
                ok = false;
            }
            else if (argument.Type.IsError || type.IsError)
            {
                ok = false;
            }
            // Lists are passed as they are, so their element types must match (no List<int> for List<float>).
            else if (!argument.Type.ConvertsTo(type) || (type.ContainsList && !argument.Type.Equals(type) && argument is not BoundList { Elements.IsEmpty: true }))
            {
                Report(BindingDiagnostics.ArgumentTypeMismatch(argument.Span, def.Name, parameter, type.Name, argument.Type.Name));
                ok = false;
            }
        }
        return ok && !def.ReturnType.IsError;
    }

    private protected BoundExpression InlineDef(CallExpressionSyntax syntax, DefSymbol def, BoundExpression[] arguments)
    {
        var (scope, source, groupKeyIt, callSite) = (_scope, _source, _groupKeyIt, _defCallSite);
        _defCallSite ??= (syntax.Span, _source);
        _scope = new Scope(null);
        _source = def.Source;
        _groupKeyIt = null;
        var evaluated = ImmutableArray.CreateBuilder<BoundDefArgument>();
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameterSyntax = def.Syntax.Parameters[i];
            var parameter = Declare(parameterSyntax.Name, def.Parameters[i].Type, VariableKind.Parameter);
            var argument = arguments[i];
            if (argument is BoundLiteral or BoundVariable && argument.Type.Equals(parameter.Type))
            {
                _substitutions[parameter] = argument;
            }
            else
            {
                evaluated.Add(new BoundDefArgument(argument.Span, parameter, argument));
            }
        }

        _defStack.Add((def, syntax.Span));
        var body = BindExpression(def.Syntax.Body);
        _defStack.RemoveAt(_defStack.Count - 1);
        if (!body.Type.IsError && !body.Type.ConvertsTo(def.ReturnType))
        {
            Report(BindingDiagnostics.TypeMismatch(def.Syntax.Body.Span, $"the body of def '{def.Name}'", def.ReturnType.Name, body.Type.Name));
            body = new BoundErrorExpression(body.Span);
        }
        (_scope, _source, _groupKeyIt, _defCallSite) = (scope, source, groupKeyIt, callSite);
        if (body.Type.IsError)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        // A call with nothing to evaluate first and a body of the declared type is its body.
        return evaluated.Count == 0 && body.Type.Equals(def.ReturnType)
            ? body with { Span = syntax.Span }
            : new BoundDefCall(syntax.Span, def.ReturnType, def, evaluated.ToImmutable(), body);
    }

    // A def must be pure: the same arguments give the same value, wherever it is inlined.
    private protected void CheckPureInDef(IdentifierSyntax name, FunctionSymbol function)
    {
        if (_defStack.Count > 0 && (function.Flags & (FunctionFlags.ItemRandom | FunctionFlags.QueryRandom)) != 0)
        {
            Report(BindingDiagnostics.ImpureDef(name.Span, _defStack[^1].Def.Name, function.Name));
        }
    }

    /// <summary>
    /// Binds an unused def once, in a single-image generator's context, so that its mistakes are reported even though
    /// no generator inlines it (every parameter is a variable of its declared type).
    /// </summary>
    internal static IReadOnlyList<Diagnostic> CheckUnusedDef(DefSymbol def, PhraseSetTable phraseSets, DefTable defs)
    {
        var context = new GeneratorDeclarationSyntax(def.Syntax.Span, def.Syntax.Name, default, []);
        var binder = new GeneratorBinder(def.Source, context, phraseSets, defs, instance: null);
        binder._defStack.Add((def, def.Syntax.Name.Span));
        foreach (var parameter in def.Syntax.Parameters.Zip(def.Parameters))
        {
            binder.Declare(parameter.First.Name, parameter.Second.Type, VariableKind.Parameter);
        }
        var body = binder.BindExpression(def.Syntax.Body);
        if (!body.Type.IsError && !def.ReturnType.IsError && !body.Type.ConvertsTo(def.ReturnType))
        {
            binder.Report(BindingDiagnostics.TypeMismatch(def.Syntax.Body.Span, $"the body of def '{def.Name}'", def.ReturnType.Name, body.Type.Name));
        }
        return binder.Diagnostics;
    }
}

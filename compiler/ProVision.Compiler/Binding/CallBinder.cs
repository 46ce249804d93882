using ProVision.Compiler.Text;
using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Binding;

// Calls of standard-library functions: overloads by argument count (then by argument types), type variables bound
// left to right, lambdas bound last with their parameter types taken from the arguments before them.
internal abstract partial class CallBinder : ExpressionBinder
{
    private protected CallBinder(SourceText source, GeneratorDeclarationSyntax syntax, PhraseSetTable phraseSets, DefTable defs)
        : base(source, syntax, phraseSets, defs)
    {
    }

    private protected const int MaxCombinationSize = 4;

    private protected override BoundExpression BindCall(CallExpressionSyntax syntax)
    {
        if (syntax.Callee is not NameExpressionSyntax { Name: { IsMissing: false } name })
        {
            if (syntax.Callee is not NameExpressionSyntax)
            {
                Report(BindingDiagnostics.NotAFunction(syntax.Callee.Span, "this expression"));
            }
            return new BoundErrorExpression(syntax.Span);
        }
        if (_scope.Lookup(name.Text) is not null)
        {
            Report(BindingDiagnostics.NotAFunction(name.Span, $"'{name.Text}' (a variable)"));
            return new BoundErrorExpression(syntax.Span);
        }
        if (StandardLibrary.LookupRetired(name.Text) is { } retired)
        {
            Report(BindingDiagnostics.RetiredFunction(name.Span, retired.Name, retired.Replacement));
            return new BoundErrorExpression(syntax.Span);
        }
        if (_defs.Lookup(name.Text) is { } def)
        {
            return BindDefCall(syntax, name, def);
        }
        if (StandardLibrary.LookupFunction(name.Text) is not { } function)
        {
            Report(BindingDiagnostics.UnknownFunction(name.Span, name.Text, NameSuggestions.DidYouMean(name.Text, StandardLibrary.FunctionNames.Concat(_defs.All.Select(d => d.Name)))));
            return new BoundErrorExpression(syntax.Span);
        }

        var candidates = function.Overloads.Where(o => o.Parameters.Length == syntax.Arguments.Length).ToList();
        if (candidates.Count == 0)
        {
            var signatures = string.Join(" or ", function.Overloads.Select(o => function.Name + o.Display));
            Report(BindingDiagnostics.WrongArgumentCount(syntax.Span, function.Name, syntax.Arguments.Length, signatures));
            return new BoundErrorExpression(syntax.Span);
        }
        CheckPureInDef(name, function);
        if ((function.Flags & FunctionFlags.ItemRandom) != 0 && !_inEmit && _defStack.Count == 0)
        {
            Report(BindingDiagnostics.ItemRandomOutsideEmit(name.Span, function.Name));
        }
        if ((function.Flags & FunctionFlags.SingleImage) != 0 && IsMultiImage)
        {
            Report(BindingDiagnostics.NotAvailableHere(name.Span, $"'{function.Name}'", "it reads the single image of a single-image generator"));
        }
        UseNeeds(function.Needs, syntax.Span);

        // Values first (once); lambdas need the type variables those bind.
        var values = new BoundExpression?[syntax.Arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (syntax.Arguments[i] is not LambdaExpressionSyntax)
            {
                values[i] = BindExpression(syntax.Arguments[i]);
            }
        }
        if (values.Any(v => v is { Type.IsError: true }))
        {
            BindLambdasForErrors(syntax);
            return new BoundErrorExpression(syntax.Span);
        }

        var signature = candidates.FirstOrDefault(c => Fits(c, syntax, values)) ?? candidates[0];
        if (signature.SingleImage && IsMultiImage)
        {
            Report(BindingDiagnostics.NotAvailableHere(name.Span, $"'{function.Name}{signature.Display}'", "it reads the single image of a single-image generator; pass the image"));
        }
        var bindings = new Dictionary<string, TypeSymbol>(StringComparer.Ordinal);
        var arguments = ImmutableArray.CreateBuilder<BoundExpression>(values.Length);
        var failed = false;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = signature.Parameters[i];
            var argumentSyntax = syntax.Arguments[i];
            if (parameter.Type is LambdaPattern lambdaPattern)
            {
                if (argumentSyntax is not LambdaExpressionSyntax lambda)
                {
                    Report(BindingDiagnostics.LambdaMismatch(argumentSyntax.Span, function.Name, parameter.Name, "a lambda such as 'x => ...' (" + lambdaPattern.Display + ")"));
                    failed = true;
                    continue;
                }
                var boundLambda = BindLambda(lambda, lambdaPattern, bindings);
                arguments.Add(boundLambda);
                if (boundLambda.Body.Type.IsError)
                {
                    failed = true;
                }
                else if (!lambdaPattern.Result.Match(boundLambda.Body.Type, bindings))
                {
                    Report(BindingDiagnostics.ArgumentTypeMismatch(lambda.Body.Span, function.Name, parameter.Name, "a lambda returning " + Describe(lambdaPattern.Result), boundLambda.Body.Type.Name));
                    failed = true;
                }
                continue;
            }
            if (argumentSyntax is LambdaExpressionSyntax)
            {
                Report(BindingDiagnostics.LambdaMismatch(argumentSyntax.Span, function.Name, parameter.Name, Describe(parameter.Type) + ", not a lambda"));
                failed = true;
                continue;
            }
            var value = values[i]!;
            arguments.Add(value);
            if (!parameter.Type.Match(value.Type, bindings))
            {
                Report(BindingDiagnostics.ArgumentTypeMismatch(value.Span, function.Name, parameter.Name, Describe(parameter.Type), value.Type.Name));
                failed = true;
            }
        }
        if (failed)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        var type = signature.Return.Resolve(bindings);
        if (function.Form == SpecialForm.Combinations)
        {
            var k = arguments[1].ConstantValue as long?;
            if (k is not (>= 2 and <= MaxCombinationSize))
            {
                Report(BindingDiagnostics.ConstantRequired(arguments[1].Span, "the size of combinations", $"from 2 to {MaxCombinationSize}"));
                return new BoundErrorExpression(syntax.Span);
            }
            var element = bindings.GetValueOrDefault("T") ?? TypeSymbol.Error;
            type = TypeSymbol.ListOf(TypeSymbol.TupleOf([.. Enumerable.Repeat(element, (int)k.Value)]));
        }
        return new BoundCall(syntax.Span, type, function, signature, arguments.MoveToImmutable());
    }

    // Whether an overload accepts the value arguments and has lambdas exactly where lambdas were written.
    private protected static bool Fits(FunctionSignature signature, CallExpressionSyntax syntax, BoundExpression?[] values)
    {
        var bindings = new Dictionary<string, TypeSymbol>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var isLambda = syntax.Arguments[i] is LambdaExpressionSyntax;
            var wantsLambda = signature.Parameters[i].Type is LambdaPattern;
            if (isLambda != wantsLambda || (!isLambda && !signature.Parameters[i].Type.Match(values[i]!.Type, bindings)))
            {
                return false;
            }
        }
        return true;
    }

    private protected BoundLambda BindLambda(LambdaExpressionSyntax syntax, LambdaPattern pattern, Dictionary<string, TypeSymbol> bindings)
    {
        if (syntax.Parameters.Length != pattern.Parameters.Length)
        {
            Report(BindingDiagnostics.LambdaParameterCount(syntax.Span, pattern.Parameters.Length, syntax.Parameters.Length));
        }
        var outer = PushScope();
        var parameters = ImmutableArray.CreateBuilder<VariableSymbol>(syntax.Parameters.Length);
        for (var i = 0; i < syntax.Parameters.Length; i++)
        {
            var type = i < pattern.Parameters.Length ? pattern.Parameters[i].Resolve(bindings) : TypeSymbol.Error;
            parameters.Add(Declare(syntax.Parameters[i], type, VariableKind.LambdaParameter));
        }
        var body = syntax.Parameters.Length == pattern.Parameters.Length ? BindExpression(syntax.Body) : new BoundErrorExpression(syntax.Body.Span);
        _scope = outer;
        return new BoundLambda(syntax.Span, parameters.MoveToImmutable(), body);
    }

    // After an argument error, lambda bodies are still bound (with unknown parameter types) so their own mistakes show.
    private protected void BindLambdasForErrors(CallExpressionSyntax syntax)
    {
        foreach (var lambda in syntax.Arguments.OfType<LambdaExpressionSyntax>())
        {
            var outer = PushScope();
            foreach (var parameter in lambda.Parameters)
            {
                Declare(parameter, TypeSymbol.Error, VariableKind.LambdaParameter);
            }
            BindExpression(lambda.Body);
            _scope = outer;
        }
    }

    private protected static string Describe(TypePattern pattern) => pattern switch
    {
        VariablePattern { Numeric: true } => "a number",
        VariablePattern => "a value of the same type",
        ListPattern { Element: VariablePattern { Numeric: true } } => "a list of numbers",
        ListPattern { Element: VariablePattern } => "a list",
        _ => pattern.Display,
    };
}

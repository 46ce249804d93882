using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Binding;

// Instances of parameterised generators: `generator LeftMostObjectGenerator = ExtremeObject("x", "min", leftMost)`.
// The shared body is bound once per instance with each value parameter standing for its constant argument (so
// `axis == "x" ? ... : ...` folds to one branch) and each `phrases` parameter standing for a phrase set in templates.
internal sealed partial class GeneratorBinder
{
    // `phrases` parameters of the shared body: in a template, `{most}` is the phrase set the instance passed (null
    // when its argument was wrong, which has been reported).
    private readonly Dictionary<string, PhraseSetSymbol?> _phraseParameters = new(StringComparer.Ordinal);

    // Where each `phrases` argument is written in the instance (a set's slot the body does not set is reported there).
    private readonly Dictionary<string, TextSpan> _phraseArguments = new(StringComparer.Ordinal);

    private void BindInstanceArguments()
    {
        if (_instance is null)
        {
            return;
        }
        var parameters = _syntax.Parameters;
        var types = DefTable.ResolveParameters(parameters, $"generator '{_syntax.Name.Text}'", _syntax.Name.Span, Report, allowPhrases: true);
        var arguments = _instance.Syntax.Arguments;
        if (types.Length != parameters.Length)
        {
            return;
        }
        if (arguments.Length != parameters.Length)
        {
            var list = string.Join(", ", parameters.Select(p => p.Name.Text + ": " + p.Type.Name));
            ReportAtInstance(BindingDiagnostics.InstanceArgumentCount(_instance.Syntax.Span, _syntax.Name.Text, parameters.Length, arguments.Length, list));
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var argument = i < arguments.Length ? arguments[i] : null;
            if (parameter.Type.Name == TypeNameSyntax.PhrasesName)
            {
                BindPhrasesArgument(parameter, argument);
                continue;
            }
            var type = types[i].Type;
            var variable = Declare(parameter.Name, type, VariableKind.Parameter);
            _substitutions[variable] = argument is null || type.IsError
                ? new BoundErrorExpression(parameter.Span)
                : BindConstantArgument(parameter, type, argument);
        }
    }

    private void BindPhrasesArgument(ParameterSyntax parameter, ExpressionSyntax? argument)
    {
        _phraseParameters[parameter.Name.Text] = null;
        if (argument is null)
        {
            return;
        }
        if (argument is NameExpressionSyntax { Name.IsMissing: false } name && _phraseSets.Lookup(name.Name.Text, _instance!.Source) is { } set)
        {
            _phraseParameters[parameter.Name.Text] = set.Symbol;
            _phraseArguments[parameter.Name.Text] = argument.Span;
            return;
        }
        var suggestion = argument is NameExpressionSyntax written ? NameSuggestions.DidYouMean(written.Name.Text, _phraseSets.NamesVisibleFrom(_instance!.Source)) : "";
        ReportAtInstance(BindingDiagnostics.InvalidGeneratorArgument(argument.Span, parameter.Name.Text, "the name of a phrase set" + suggestion));
    }

    // A constant, bound in the instance's file with nothing in scope; an int argument of a float parameter is widened.
    private BoundExpression BindConstantArgument(ParameterSyntax parameter, TypeSymbol type, ExpressionSyntax argument)
    {
        var (scope, source) = (_scope, _source);
        (_scope, _source) = (new Scope(null), _instance!.Source);
        var bound = BindExpression(argument);
        BoundExpression result = new BoundErrorExpression(argument.Span);
        if (!bound.Type.IsError && bound.ConstantValue is null)
        {
            Report(BindingDiagnostics.InvalidGeneratorArgument(argument.Span, parameter.Name.Text, "a constant: a number, a string, true or false"));
        }
        else if (!bound.Type.IsError && !bound.Type.ConvertsTo(type))
        {
            Report(BindingDiagnostics.ArgumentTypeMismatch(argument.Span, _syntax.Name.Text, parameter.Name.Text, type.Name, bound.Type.Name));
        }
        else if (!bound.Type.IsError)
        {
            result = bound.ConstantValue is long n && type.Kind == TypeKind.Float
                ? new BoundLiteral(bound.Span, TypeSymbol.Float, (double)n)
                : new BoundLiteral(bound.Span, type, bound.ConstantValue!);
        }
        (_scope, _source) = (scope, source);
        return result;
    }

    private void ReportAtInstance(Diagnostic diagnostic) => _diagnostics.Add(diagnostic with { Source = _instance!.Source });
}

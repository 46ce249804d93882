using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;
using System.Collections.Immutable;

namespace ProVision.Compiler.Binding;

/// <summary>
/// The state every part of binding one generator shares (its file, diagnostics, scopes, the data it reads, the
/// family) and the binding of expressions: literals, names, members, indexing, operators, lists, tuples,
/// comprehensions. Calls are <see cref="CallBinder"/>'s, query clauses and the emit block <see cref="QueryBinder"/>'s,
/// the header, templates and whole-generator checks <see cref="GeneratorBinder"/>'s.
/// </summary>
internal abstract class ExpressionBinder
{
    private protected readonly GeneratorDeclarationSyntax _syntax;
    private protected readonly PhraseSetTable _phraseSets;
    private protected readonly DefTable _defs;

    // The file whose spans are being bound: the generator's, or a def's while its body is inlined.
    private protected SourceText _source;

    // The def's file while a def body is inlined, for the operations that can fault at run time: their fault names the
    // place as `def file(line,column)`, not the generator's file at the def's line and column.
    private SourceText? DefSource => _defCallSite is null ? null : _source;
    private protected readonly List<Diagnostic> _diagnostics = [];
    private protected readonly Dictionary<DataNeeds, (TextSpan Span, string What)> _usedNeeds = [];
    private protected Scope _scope = new(null);
    private protected DataNeeds _declaredNeeds;
    private protected GeneratorFamily _family;
    private protected bool _inEmit;

    // Inside a `grouped by` key: `it`, whose members bare names may also mean (`grouped by label`).
    private protected VariableSymbol? _groupKeyIt;

    private protected readonly List<(DefSymbol Def, TextSpan CallSpan)> _defStack = [];
    private protected readonly Dictionary<VariableSymbol, BoundExpression> _substitutions = new(ReferenceEqualityComparer.Instance);
    private protected ExpressionBinder(SourceText source, GeneratorDeclarationSyntax syntax, PhraseSetTable phraseSets, DefTable defs)
    {
        _source = source;
        _syntax = syntax;
        _phraseSets = phraseSets;
        _defs = defs;
    }

    /// <summary>The diagnostics, each with its source.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    private protected bool IsMultiImage => _family == GeneratorFamily.MultiImage;

    // Where the outermost def call of the current expression is (in the generator's file): data read inside a def is
    // charged to it, so a missing `needs` is reported where the generator calls the def.
    private protected (TextSpan Span, SourceText Source)? _defCallSite;
    /// <summary>A call of a standard-library function or a def.</summary>
    private protected abstract BoundExpression BindCall(CallExpressionSyntax syntax);

    /// <summary>A <c>for</c> (of the query or of a comprehension), declaring its variables in the current scope.</summary>
    private protected abstract BoundForClause BindFor(ForClauseSyntax syntax, VariableKind kind);

    private protected void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic with { Source = _source });
    /// <summary>
    /// Records that the generator reads <paramref name="needs"/> at <paramref name="span"/>; inside an inlined def, at
    /// the generator's call of the def.
    /// </summary>
    private protected void UseNeeds(DataNeeds needs, TextSpan span)
    {
        var (at, source) = _defCallSite ?? (span, _source);
        foreach (var (_, flag) in StandardLibrary.NeedNames)
        {
            if ((needs & flag) != 0 && !_usedNeeds.ContainsKey(flag))
            {
                _usedNeeds[flag] = (at, $"'{source.ToString(at)}'");
            }
        }
    }
    private protected VariableSymbol Declare(IdentifierSyntax name, TypeSymbol type, VariableKind kind)
    {
        var variable = new VariableSymbol(name.Text, type, kind, name.Span);
        if (!name.IsMissing && !_scope.TryDeclare(variable))
        {
            Report(BindingDiagnostics.NameAlreadyDefined(name.Span, name.Text));
        }
        return variable;
    }
    private protected Scope PushScope()
    {
        var outer = _scope;
        _scope = new Scope(outer);
        return outer;
    }
    /// <summary>True for types whose values compare with <c>==</c> (everything but lists and masks).</summary>
    private protected static bool IsEquatable(TypeSymbol type) => type.Kind switch
    {
        TypeKind.List or TypeKind.Mask or TypeKind.DataSet => false,
        TypeKind.Tuple => type.Elements.All(IsEquatable),
        _ => true,
    };
    private protected BoundExpression BindValue(ExpressionSyntax syntax) => BindExpression(syntax);

    private protected BoundExpression BindCondition(ExpressionSyntax syntax, string what)
    {
        var bound = BindExpression(syntax);
        RequireType(bound, TypeSymbol.Bool, what);
        return bound;
    }

    private protected void RequireType(BoundExpression bound, TypeSymbol type, string what)
    {
        if (!bound.Type.ConvertsTo(type))
        {
            Report(BindingDiagnostics.TypeMismatch(bound.Span, what, type.Name, bound.Type.Name));
        }
    }

    private protected BoundExpression BindExpression(ExpressionSyntax syntax) => syntax switch
    {
        IntegerLiteralSyntax integer => new BoundLiteral(integer.Span, TypeSymbol.Int, integer.Value),
        DecimalLiteralSyntax number => new BoundLiteral(number.Span, TypeSymbol.Float, number.Value),
        StringLiteralSyntax text => new BoundLiteral(text.Span, TypeSymbol.String, text.Value),
        BooleanLiteralSyntax boolean => new BoundLiteral(boolean.Span, TypeSymbol.Bool, boolean.Value),
        ParenthesizedExpressionSyntax parenthesized => BindExpression(parenthesized.Inner),
        NameExpressionSyntax name => BindName(name),
        MemberAccessExpressionSyntax member => BindMember(member),
        IndexExpressionSyntax index => BindIndex(index),
        CallExpressionSyntax call => BindCall(call),
        UnaryExpressionSyntax unary => BindUnary(unary),
        BinaryExpressionSyntax binary => BindBinary(binary),
        ConditionalExpressionSyntax conditional => BindConditional(conditional),
        ListExpressionSyntax list => BindList(list),
        TupleExpressionSyntax tuple => BindTuple(tuple),
        ComprehensionExpressionSyntax comprehension => BindComprehension(comprehension),
        // Lambdas outside call arguments were reported by the parser (PV0015); missing expressions too.
        _ => new BoundErrorExpression(syntax.Span),
    };

    private protected BoundExpression BindName(NameExpressionSyntax syntax)
    {
        var name = syntax.Name.Text;
        if (syntax.Name.IsMissing)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        if (_scope.Lookup(name) is { } variable)
        {
            // A def parameter or generator parameter set to a constant or a variable stands for it directly.
            return _substitutions.TryGetValue(variable, out var value) ? value with { Span = syntax.Span } : new BoundVariable(syntax.Span, variable);
        }
        if (StandardLibrary.LookupBuiltin(name) is { } builtin)
        {
            if (builtin.SingleImageOnly && IsMultiImage)
            {
                Report(BindingDiagnostics.NotAvailableHere(syntax.Span, $"'{name}'", "a multi-image generator reaches objects and relations through its images ('img.objects')"));
                return new BoundErrorExpression(syntax.Span);
            }
            UseNeeds(builtin.Needs, syntax.Span);
            return new BoundBuiltin(syntax.Span, builtin);
        }
        // In a group key, a bare name may be a member of the element: `grouped by label` is `grouped by it.label`.
        if (_groupKeyIt is { } it && StandardLibrary.LookupMember(it.Type.Kind, name) is { } member)
        {
            return MemberOf(syntax.Span, new BoundVariable(syntax.Span, it), member);
        }
        if (StandardLibrary.LookupFunction(name) is not null || _defs.Lookup(name) is not null)
        {
            Report(BindingDiagnostics.FunctionUsedAsValue(syntax.Span, name));
            return new BoundErrorExpression(syntax.Span);
        }
        var candidates = _scope.VisibleNames().Concat(StandardLibrary.Builtins.Select(b => b.Name));
        Report(BindingDiagnostics.UnknownName(syntax.Span, name, NameSuggestions.DidYouMean(name, candidates)));
        return new BoundErrorExpression(syntax.Span);
    }

    private protected BoundExpression BindMember(MemberAccessExpressionSyntax syntax)
    {
        var target = BindExpression(syntax.Target);
        if (target.Type.IsError || syntax.Member.IsMissing)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        var name = syntax.Member.Text;
        if (StandardLibrary.LookupMember(target.Type.Kind, name) is not { } member)
        {
            Report(BindingDiagnostics.UnknownMember(syntax.Member.Span, target.Type.Name, name, NameSuggestions.DidYouMean(name, StandardLibrary.MemberNames(target.Type.Kind))));
            return new BoundErrorExpression(syntax.Span);
        }
        if (member.MultiImageOnly && !IsMultiImage)
        {
            Report(BindingDiagnostics.NotAvailableHere(syntax.Member.Span, $"'.{name}'", "only objects of a multi-image draw belong to an image"));
            return new BoundErrorExpression(syntax.Span);
        }
        return MemberOf(syntax.Span, target, member);
    }

    private protected BoundMemberAccess MemberOf(Text.TextSpan span, BoundExpression target, MemberSymbol member)
    {
        UseNeeds(member.Needs, span);
        return new BoundMemberAccess(span, target, member);
    }

    private protected BoundExpression BindIndex(IndexExpressionSyntax syntax)
    {
        var target = BindExpression(syntax.Target);
        var index = BindExpression(syntax.Index);
        if (target.Type.IsError || index.Type.IsError)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        if (target.Type.IsList && index.Type.IsInteger)
        {
            if (index.ConstantValue is long k && k is < 0 or > int.MaxValue)
            {
                Report(BindingDiagnostics.IndexOutOfRange(syntax.Index.Span, k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return new BoundErrorExpression(syntax.Span);
            }
            return new BoundIndex(syntax.Span, target.Type.ElementType!.Kind == TypeKind.Never ? TypeSymbol.Error : target.Type.ElementType, target, index);
        }
        if (target.Type.Kind == TypeKind.Tuple)
        {
            if (index.ConstantValue is long k && k >= 0 && k < target.Type.Elements.Length)
            {
                return new BoundTupleElement(syntax.Span, target.Type.Elements[(int)k], target, (int)k);
            }
            Report(BindingDiagnostics.InvalidTupleIndex(syntax.Index.Span, target.Type.Name));
            return new BoundErrorExpression(syntax.Span);
        }
        Report(BindingDiagnostics.NotIndexable(syntax.Span, target.Type.IsList ? $"{target.Type.Name} with {index.Type.Name}" : target.Type.Name));
        return new BoundErrorExpression(syntax.Span);
    }

    private protected BoundExpression BindUnary(UnaryExpressionSyntax syntax)
    {
        var operand = BindExpression(syntax.Operand);
        if (operand.Type.IsError)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        if (syntax.Operator == UnaryOperator.Not)
        {
            RequireType(operand, TypeSymbol.Bool, "the operand of 'not'");
            return ConstantFolding.Fold(new BoundUnary(syntax.Span, TypeSymbol.Bool, syntax.Operator, operand));
        }
        if (!operand.Type.IsNumeric)
        {
            Report(BindingDiagnostics.TypeMismatch(operand.Span, "the operand of '-'", "a number", operand.Type.Name));
            return new BoundErrorExpression(syntax.Span);
        }
        return new BoundUnary(syntax.Span, operand.Type.Kind == TypeKind.Float ? TypeSymbol.Float : TypeSymbol.Int, syntax.Operator, operand) { DefSource = DefSource };
    }

    private protected BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        var left = BindExpression(syntax.Left);
        var right = BindExpression(syntax.Right);
        if (left.Type.IsError || right.Type.IsError)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        var op = syntax.Operator;
        TypeSymbol? result = null;
        var operandType = left.Type;
        switch (op)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                if (left.Type.Kind == TypeKind.Bool && right.Type.Kind == TypeKind.Bool)
                {
                    result = TypeSymbol.Bool;
                }
                break;
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                if (TypeSymbol.Unify(left.Type, right.Type) is { } common && IsEquatable(common))
                {
                    operandType = common;
                    result = TypeSymbol.Bool;
                }
                break;
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                if (left.Type.IsNumeric && right.Type.IsNumeric)
                {
                    operandType = TypeSymbol.Unify(left.Type, right.Type)!;
                    result = TypeSymbol.Bool;
                }
                break;
            case BinaryOperator.In or BinaryOperator.NotIn:
                if (right.Type.IsList && (right.Type.ElementType!.Kind == TypeKind.Never || left.Type.ConvertsTo(right.Type.ElementType!)) && IsEquatable(left.Type))
                {
                    operandType = right.Type.ElementType!.Kind == TypeKind.Never ? left.Type : right.Type.ElementType!;
                    result = TypeSymbol.Bool;
                }
                break;
            case BinaryOperator.Add when left.Type.Kind == TypeKind.String && right.Type.Kind == TypeKind.String:
                result = TypeSymbol.String;
                break;
            case BinaryOperator.Divide:
                if (left.Type.IsNumeric && right.Type.IsNumeric)
                {
                    operandType = TypeSymbol.Float;
                    result = TypeSymbol.Float;
                }
                break;
            default:
                if (left.Type.IsNumeric && right.Type.IsNumeric)
                {
                    operandType = TypeSymbol.Unify(left.Type, right.Type)!;
                    if (operandType.Kind == TypeKind.Count)
                    {
                        operandType = TypeSymbol.Int;
                    }
                    result = operandType;
                }
                break;
        }

        if (result is null)
        {
            Report(BindingDiagnostics.OperatorTypeMismatch(syntax.OperatorSpan, SyntaxFacts.GetText(op), left.Type.Name, right.Type.Name));
            return new BoundErrorExpression(syntax.Span);
        }
        if (ConstantFault(op, operandType, left.ConstantValue, right.ConstantValue) is { } fault)
        {
            Report(BindingDiagnostics.ConstantArithmeticFault(syntax.Span, fault));
        }
        return ConstantFolding.Fold(new BoundBinary(syntax.Span, result, left, op, right, operandType) { DefSource = DefSource });
    }

    /// <summary>
    /// What is wrong with arithmetic whose operands are known now: a zero divisor (whatever the left side), or
    /// constants whose result the run-time checks would reject (ProVision.Runtime.Stdlib.Arithmetic).
    /// </summary>
    private protected static string? ConstantFault(BinaryOperator op, TypeSymbol operandType, object? left, object? right)
    {
        var zeroDivisor = right is 0L or 0.0;
        if (op is BinaryOperator.Divide or BinaryOperator.Modulo && zeroDivisor)
        {
            return op == BinaryOperator.Divide ? "division by zero" : "remainder of a division by zero";
        }
        if (operandType.Kind != TypeKind.Int || left is not long a || right is not long b)
        {
            return null;
        }
        var ok = op switch
        {
            BinaryOperator.Add => Runtime.Stdlib.Arithmetic.TryAdd(a, b, out _),
            BinaryOperator.Subtract => Runtime.Stdlib.Arithmetic.TrySubtract(a, b, out _),
            BinaryOperator.Multiply => Runtime.Stdlib.Arithmetic.TryMultiply(a, b, out _),
            BinaryOperator.Modulo => Runtime.Stdlib.Arithmetic.TryRemainder(a, b, out _),
            _ => true,
        };
        return ok ? null : "the result does not fit in a 64-bit int";
    }

    private protected BoundExpression BindConditional(ConditionalExpressionSyntax syntax)
    {
        var condition = BindCondition(syntax.Condition, "the condition of '?:'");
        var whenTrue = BindExpression(syntax.WhenTrue);
        var whenFalse = BindExpression(syntax.WhenFalse);
        if (whenTrue.Type.IsError || whenFalse.Type.IsError)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        if (TypeSymbol.Unify(whenTrue.Type, whenFalse.Type) is not { } type)
        {
            Report(BindingDiagnostics.TypeMismatch(whenFalse.Span, "the second branch of '?:'", whenTrue.Type.Name + " like the first", whenFalse.Type.Name));
            return new BoundErrorExpression(syntax.Span);
        }
        return ConstantFolding.Fold(new BoundConditional(syntax.Span, type, condition, whenTrue, whenFalse));
    }

    private protected BoundExpression BindList(ListExpressionSyntax syntax)
    {
        var elements = syntax.Elements.Select(BindExpression).ToImmutableArray();
        var type = TypeSymbol.Never;
        foreach (var element in elements)
        {
            if (TypeSymbol.Unify(type, element.Type) is { } unified)
            {
                type = unified;
            }
            else
            {
                Report(BindingDiagnostics.TypeMismatch(element.Span, "a list element", type.Name + " like the elements before it", element.Type.Name));
                type = TypeSymbol.Error;
            }
        }
        return CheckNoNestedList(new BoundList(syntax.Span, TypeSymbol.ListOf(type), elements));
    }

    private protected BoundExpression BindTuple(TupleExpressionSyntax syntax)
    {
        var elements = syntax.Elements.Select(BindExpression).ToImmutableArray();
        return CheckNoNestedList(new BoundTuple(syntax.Span, TypeSymbol.TupleOf([.. elements.Select(e => e.Type)]), elements));
    }

    private protected BoundExpression BindComprehension(ComprehensionExpressionSyntax syntax)
    {
        var outer = PushScope();
        var clauses = ImmutableArray.CreateBuilder<BoundClause>(syntax.Clauses.Length);
        foreach (var clause in syntax.Clauses)
        {
            switch (clause)
            {
                case ForClauseSyntax forClause:
                    clauses.Add(BindFor(forClause, VariableKind.Comprehension));
                    break;
                case WhereClauseSyntax where:
                    clauses.Add(new BoundWhereClause(where.Span, BindCondition(where.Condition, "the 'where' condition")));
                    break;
            }
        }
        var element = BindExpression(syntax.Element);
        _scope = outer;
        return CheckNoNestedList(new BoundComprehension(syntax.Span, TypeSymbol.ListOf(element.Type), element, clauses.MoveToImmutable()));
    }

    // Lists are spans over reusable buffers at run time, so a list cannot live inside a list or tuple.
    private protected BoundExpression CheckNoNestedList(BoundExpression expression)
    {
        var nested = expression.Type.Kind == TypeKind.List ? expression.Type.ElementType!.ContainsList : expression.Type.ContainsList;
        if (nested && !expression.Type.ContainsError)
        {
            Report(BindingDiagnostics.NestedList(expression.Span, expression.Type.Name));
            return new BoundErrorExpression(expression.Span);
        }
        return expression;
    }
}

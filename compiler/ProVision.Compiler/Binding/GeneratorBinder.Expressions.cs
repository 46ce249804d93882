using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Binding;

// Expressions: literals, names, members, indexing, operators, lists, tuples, comprehensions. Calls are in .Calls.cs.
internal sealed partial class GeneratorBinder
{
    private BoundExpression BindValue(ExpressionSyntax syntax) => BindExpression(syntax);

    private BoundExpression BindCondition(ExpressionSyntax syntax, string what)
    {
        var bound = BindExpression(syntax);
        RequireType(bound, TypeSymbol.Bool, what);
        return bound;
    }

    private void RequireType(BoundExpression bound, TypeSymbol type, string what)
    {
        if (!bound.Type.ConvertsTo(type))
        {
            Report(BindingDiagnostics.TypeMismatch(bound.Span, what, type.Name, bound.Type.Name));
        }
    }

    private BoundExpression BindExpression(ExpressionSyntax syntax) => syntax switch
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

    private BoundExpression BindName(NameExpressionSyntax syntax)
    {
        var name = syntax.Name.Text;
        if (syntax.Name.IsMissing)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        if (_scope.Lookup(name) is { } variable)
        {
            return new BoundVariable(syntax.Span, variable);
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
        if (StandardLibrary.LookupFunction(name) is not null)
        {
            Report(BindingDiagnostics.FunctionUsedAsValue(syntax.Span, name));
            return new BoundErrorExpression(syntax.Span);
        }
        var candidates = _scope.VisibleNames().Concat(StandardLibrary.Builtins.Select(b => b.Name));
        Report(BindingDiagnostics.UnknownName(syntax.Span, name, NameSuggestions.DidYouMean(name, candidates)));
        return new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindMember(MemberAccessExpressionSyntax syntax)
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

    private BoundMemberAccess MemberOf(Text.TextSpan span, BoundExpression target, MemberSymbol member)
    {
        UseNeeds(member.Needs, span);
        return new BoundMemberAccess(span, target, member);
    }

    private BoundExpression BindIndex(IndexExpressionSyntax syntax)
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

    private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
    {
        var operand = BindExpression(syntax.Operand);
        if (operand.Type.IsError)
        {
            return new BoundErrorExpression(syntax.Span);
        }
        if (syntax.Operator == UnaryOperator.Not)
        {
            RequireType(operand, TypeSymbol.Bool, "the operand of 'not'");
            return new BoundUnary(syntax.Span, TypeSymbol.Bool, syntax.Operator, operand);
        }
        if (!operand.Type.IsNumeric)
        {
            Report(BindingDiagnostics.TypeMismatch(operand.Span, "the operand of '-'", "a number", operand.Type.Name));
            return new BoundErrorExpression(syntax.Span);
        }
        return new BoundUnary(syntax.Span, operand.Type.Kind == TypeKind.Float ? TypeSymbol.Float : TypeSymbol.Int, syntax.Operator, operand);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
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
        return new BoundBinary(syntax.Span, result, left, op, right, operandType);
    }

    /// <summary>
    /// What is wrong with arithmetic whose operands are known now: a zero divisor (whatever the left side), or
    /// constants whose result the run-time checks would reject (ProVision.Runtime.Stdlib.Arithmetic).
    /// </summary>
    private static string? ConstantFault(BinaryOperator op, TypeSymbol operandType, object? left, object? right)
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

    private BoundExpression BindConditional(ConditionalExpressionSyntax syntax)
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
        return new BoundConditional(syntax.Span, type, condition, whenTrue, whenFalse);
    }

    private BoundExpression BindList(ListExpressionSyntax syntax)
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

    private BoundExpression BindTuple(TupleExpressionSyntax syntax)
    {
        var elements = syntax.Elements.Select(BindExpression).ToImmutableArray();
        return CheckNoNestedList(new BoundTuple(syntax.Span, TypeSymbol.TupleOf([.. elements.Select(e => e.Type)]), elements));
    }

    private BoundExpression BindComprehension(ComprehensionExpressionSyntax syntax)
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
    private BoundExpression CheckNoNestedList(BoundExpression expression)
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

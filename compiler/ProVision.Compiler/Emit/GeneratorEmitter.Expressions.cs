using System.Globalization;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Emit;

// Expressions. Expr writes any statements an expression needs (loops for comprehensions and inlined lambdas, guards
// that skip the iteration) at the current position and returns the C# expression for its value. `and`, `or` and `?:`
// keep their short-circuit: when the right side needs statements, they go inside an `if`.
internal sealed partial class GeneratorEmitter
{
    /// <summary>A C# expression; <see cref="Simple"/> when it needs no parentheses as an operand.</summary>
    private readonly record struct CsExpr(string Text, bool Simple);

    private static string Paren(CsExpr expression) => expression.Simple ? expression.Text : "(" + expression.Text + ")";

    private static CsExpr Simple(string text) => new(text, true);

    private static CsExpr Compound(string text) => new(text, false);

    /// <summary>The expression as something safe to repeat: itself when it is a name, else a new local holding it.</summary>
    private string Stable(CsExpr expression, TypeSymbol type)
    {
        if (CSharpSyntax.IsIdentifier(expression.Text))
        {
            return expression.Text;
        }
        var name = Temp();
        _w.Line(type.IsList ? $"var {name} = {expression.Text};" : $"{CSharpSyntax.Type(type, Multi)} {name} = {expression.Text};");
        return name;
    }

    /// <summary>
    /// <see cref="Expr(BoundExpression)"/>, except that an empty list literal takes the element type the context
    /// expects (<c>[]</c> is a <c>List&lt;Never&gt;</c>, which C# cannot infer from).
    /// </summary>
    private CsExpr ExprAs(BoundExpression expression, TypeSymbol type) =>
        expression is BoundList { Elements.IsEmpty: true } && type.IsList
            ? Simple($"ReadOnlySpan<{CSharpSyntax.Type(type.ElementType!, Multi)}>.Empty")
            : Expr(expression);

    private CsExpr Expr(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => Literal(literal),
        BoundVariable variable => Simple(NameOf(variable.Variable)),
        BoundBuiltin builtin => Builtin(builtin),
        BoundMemberAccess member => Member(member),
        BoundIndex index => Index(index),
        BoundTupleElement element => Simple($"{Paren(Expr(element.Target))}.Item{(element.Element + 1).ToString(CultureInfo.InvariantCulture)}"),
        BoundCall call => Call(call),
        BoundUnary unary => unary.Operator == UnaryOperator.Not ? Compound("!" + Paren(Expr(unary.Operand))) : Negate(unary),
        BoundBinary binary => Binary(binary),
        BoundConditional conditional => Conditional(conditional),
        BoundList list => List(list),
        BoundTuple tuple => Simple("(" + string.Join(", ", tuple.Elements.Select(e => Expr(e).Text)) + ")"),
        BoundComprehension comprehension => Comprehension(comprehension),
        _ => throw new InvalidOperationException("cannot emit " + expression.Kind),
    };

    private static CsExpr Literal(BoundLiteral literal) => literal.Value switch
    {
        bool b => Simple(b ? "true" : "false"),
        long l => l < 0 ? Compound(CSharpSyntax.Long(l)) : Simple(CSharpSyntax.Long(l)),
        double d => d < 0 ? Compound(CSharpSyntax.Double(d)) : Simple(CSharpSyntax.Double(d)),
        string s => Simple(CSharpSyntax.String(s)),
        _ => throw new InvalidOperationException("unknown literal"),
    };

    private static CsExpr Builtin(BoundBuiltin builtin) => builtin.Builtin.Kind switch
    {
        BuiltinKind.Objects => Simple("Lists.Range(graph.Objects.Length)"),
        BuiltinKind.Relations => Simple("Lists.Range(graph.Relations.Length)"),
        BuiltinKind.DataSet => Simple("context.DataSet"),
        _ => Simple("context.DepthThreshold()"),
    };

    private CsExpr Index(BoundIndex index)
    {
        var list = Stable(Expr(index.Target), index.Target.Type);
        var position = Expr(index.Index);
        if (index.Index.ConstantValue is long constant)
        {
            if (constant < 0)
            {
                Report(Diagnostics.EmitDiagnostics.CannotEmit(index.Index.Span, "a negative list index", "index from 0"));
            }
            _w.Line($"if ({list}.Length <= {CSharpSyntax.Long(constant)}) {Skip}");
            return Simple($"{list}[{CSharpSyntax.Long(constant)}]");
        }
        var i = position.Text;
        if (!CSharpSyntax.IsIdentifier(i))
        {
            i = Temp();
            _w.Line($"var {i} = {position.Text};");
        }
        _w.Line($"if ((ulong){i} >= (ulong){list}.Length) {Skip}");
        return Simple($"{list}[(int){i}]");
    }

    private CsExpr Binary(BoundBinary binary)
    {
        var left = Expr(binary.Left);
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var capture = _w.Capture();
            var outer = _w;
            _w = capture;
            var right = Expr(binary.Right);
            _w = outer;
            var op = binary.Operator == BinaryOperator.And ? "&&" : "||";
            if (capture.IsEmpty)
            {
                return Compound($"{Paren(left)} {op} {Paren(right)}");
            }
            var result = Temp();
            _w.Line($"var {result} = {left.Text};");
            _w.Open(binary.Operator == BinaryOperator.And ? $"if ({result})" : $"if (!{result})");
            _w.Append(capture);
            _w.Line($"{result} = {right.Text};");
            _w.Close();
            return Simple(result);
        }

        var r = binary.Operator is BinaryOperator.In or BinaryOperator.NotIn
            ? ExprAs(binary.Right, TypeSymbol.ListOf(binary.OperandType))
            : Expr(binary.Right);
        switch (binary.Operator)
        {
            case BinaryOperator.In:
                return Simple($"Lists.Contains({r.Text}, {left.Text})");
            case BinaryOperator.NotIn:
                return Compound($"!Lists.Contains({r.Text}, {left.Text})");
            case BinaryOperator.Divide:
                return Checked(binary, t => $"Arithmetic.TryDivide({left.Text}, {r.Text}, out var {t})", "division by zero or to a number too large");
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Modulo when binary.OperandType.Kind == TypeKind.Int:
                var method = binary.Operator switch
                {
                    BinaryOperator.Add => "TryAdd",
                    BinaryOperator.Subtract => "TrySubtract",
                    BinaryOperator.Multiply => "TryMultiply",
                    _ => "TryRemainder",
                };
                return Checked(binary, t => $"Arithmetic.{method}({left.Text}, {r.Text}, out var {t})", binary.Operator == BinaryOperator.Modulo ? "remainder by zero or overflow" : "integer overflow");
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Modulo when binary.OperandType.Kind == TypeKind.Float:
                {
                    var value = Temp();
                    _w.Line($"var {value} = {Paren(left)} {SyntaxFacts.GetText(binary.Operator)} {Paren(r)};");
                    return Checked(binary, _ => $"Arithmetic.IsFinite({value})", "a float result that is not a finite number", value);
                }
            default:
                return Compound($"{Paren(left)} {SyntaxFacts.GetText(binary.Operator)} {Paren(r)}");
        }
    }

    private CsExpr Negate(BoundUnary unary)
    {
        var operand = Expr(unary.Operand);
        return unary.Operand.Type.Kind is TypeKind.Int or TypeKind.Count
            ? Checked(unary, t => $"Arithmetic.TryNegate({operand.Text}, out var {t})", "integer overflow")
            : Compound("-" + Paren(operand));
    }

    /// <summary>
    /// Arithmetic that can fail (overflow, division by zero, a non-finite float): <paramref name="test"/> (given the
    /// result's local) is false on failure, and the candidate is then skipped with a counted reason
    /// that names the .pvg location (<see cref="ProVision.Runtime.Generation.GeneratorContext.Fault"/>).
    /// </summary>
    private CsExpr Checked(BoundExpression expression, Func<string, string> test, string what, string? result = null)
    {
        var local = result ?? Temp();
        var text = CSharpSyntax.CommentText(Source.ToString(expression.Span));
        var reason = CSharpSyntax.String($"{what} in '{(text.Length <= 60 ? text : text[..57] + "...")}' at {Location(expression.Span)}");
        _w.Line($"if (!{test(local)}) {{ context.Fault({reason}); {Skip} }}");
        return Simple(local);
    }

    private CsExpr Conditional(BoundConditional conditional)
    {
        var condition = Expr(conditional.Condition);
        var outer = _w;
        var whenTrueWriter = _w.Capture();
        _w = whenTrueWriter;
        var whenTrue = ExprAs(conditional.WhenTrue, conditional.Type);
        var whenFalseWriter = outer.Capture();
        _w = whenFalseWriter;
        var whenFalse = ExprAs(conditional.WhenFalse, conditional.Type);
        _w = outer;
        if (whenTrueWriter.IsEmpty && whenFalseWriter.IsEmpty)
        {
            return Compound($"{Paren(condition)} ? {Paren(whenTrue)} : {Paren(whenFalse)}");
        }
        var result = Temp();
        _w.Line($"{CSharpSyntax.Type(conditional.Type, Multi)} {result};");
        _w.Open($"if ({condition.Text})");
        _w.Append(whenTrueWriter);
        _w.Line($"{result} = {whenTrue.Text};");
        _w.Close();
        _w.Open("else");
        _w.Append(whenFalseWriter);
        _w.Line($"{result} = {whenFalse.Text};");
        _w.Close();
        return Simple(result);
    }

    private CsExpr List(BoundList list)
    {
        var element = list.Type.ElementType!;
        if (list.Elements.IsEmpty)
        {
            return Simple($"ReadOnlySpan<{CSharpSyntax.Type(element, Multi)}>.Empty");
        }
        var buffer = Buffer(element);
        var values = list.Elements.Select(e => Expr(e).Text).ToList();
        _w.Line($"{buffer}.Clear();");
        foreach (var value in values)
        {
            _w.Line($"{buffer}.Add({value});");
        }
        return Simple(buffer + ".Span");
    }

    private CsExpr Comprehension(BoundComprehension comprehension)
    {
        var buffer = Buffer(comprehension.Type.ElementType!);
        _w.Line($"{buffer}.Clear();");
        var depth = _loopDepth;
        EmitComprehensionClauses(comprehension, 0, buffer);
        _loopDepth = depth;
        return Simple(buffer + ".Span");
    }

    private void EmitComprehensionClauses(BoundComprehension comprehension, int index, string buffer)
    {
        if (index == comprehension.Clauses.Length)
        {
            var element = Expr(comprehension.Element);
            // Every element counts against the element budget: nested `for`s can build lists far faster than the
            // time budget notices (docs/packs.md, "Sandbox and budgets").
            _w.Line($"if (context.ElementBudgetSpent()) return;");
            _w.Line($"{buffer}.Add({element.Text});");
            return;
        }
        switch (comprehension.Clauses[index])
        {
            case BoundForClause forClause:
                EmitFor(forClause, () => EmitComprehensionClauses(comprehension, index + 1, buffer));
                break;
            case BoundWhereClause where:
                var condition = Expr(where.Condition);
                _w.Line($"if (!{Paren(condition)}) {Skip}");
                EmitComprehensionClauses(comprehension, index + 1, buffer);
                break;
        }
    }
}

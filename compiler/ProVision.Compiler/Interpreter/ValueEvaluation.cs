using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Interpreter;

/// <summary>
/// The values of expressions over the bound tree, mirroring <c>Emit/ExpressionEmitter</c>: literals, variables,
/// members (<c>.Members.cs</c>), operators, lists and comprehensions. Calls are <see cref="CallEvaluation"/>'s; the
/// query clauses that bind variables are <see cref="Evaluation"/>'s.
/// </summary>
internal abstract partial class ValueEvaluation
{
    private protected ValueEvaluation(BoundGenerator generator, GeneratorContext context)
    {
        Generator = generator;
        Context = context;
    }

    private protected BoundGenerator Generator { get; }

    private protected GeneratorContext Context { get; }

    /// <summary>The value of every variable bound so far.</summary>
    private protected Dictionary<VariableSymbol, object?> Variables { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The item being built, inside the emit block.</summary>
    private protected ItemDraft? CurrentItem { get; set; }

    private protected bool Multi => Generator.IsMultiImage;

    private protected SceneGraph Graph => Context.Graph;

    private protected void Stop()
    {
        if (Context.ShouldStop())
        {
            throw StopRun.Instance;
        }
    }

    /// <summary>A <c>where</c> (of the query or of a comprehension): false skips the iteration.</summary>
    private protected void Where(BoundWhereClause where)
    {
        if (!(bool)Eval(where.Condition)!)
        {
            throw SkipIteration.Instance;
        }
    }

    /// <summary>A standard-library call.</summary>
    private protected abstract object? Call(BoundCall call);

    /// <summary>Runs <paramref name="body"/> once per binding of a <c>for</c> (a comprehension's, here).</summary>
    private protected abstract void ForEach(BoundForClause clause, Action body);

    private protected object? Eval(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => literal.Value,
        BoundVariable variable => Variables[variable.Variable],
        BoundBuiltin builtin => builtin.Builtin.Evaluate(Context),
        BoundMemberAccess member => Member(member),
        BoundIndex index => Index(index),
        BoundTupleElement element => ((TupleValue)Eval(element.Target)!).Items[element.Element],
        BoundCall call => Call(call),
        BoundDefCall call => DefCall(call),
        BoundUnary unary => Unary(unary),
        BoundBinary binary => Binary(binary),
        BoundConditional conditional => (bool)Eval(conditional.Condition)! ? Eval(conditional.WhenTrue) : Eval(conditional.WhenFalse),
        BoundList list => list.Elements.Select(Eval).ToArray(),
        BoundTuple tuple => new TupleValue([.. tuple.Elements.Select(Eval)]),
        BoundComprehension comprehension => Comprehension(comprehension),
        _ => throw new InvalidOperationException("cannot interpret " + expression.Kind),
    };

    // An inlined def: the arguments into their parameters, in order, then the body (as Emit/GeneratorEmitter does).
    private protected object? DefCall(BoundDefCall call)
    {
        foreach (var argument in call.Arguments)
        {
            Variables[argument.Parameter] = Widen(Eval(argument.Value), argument.Parameter.Type);
        }
        return Widen(Eval(call.Body), call.Type);
    }

    private protected static object? Widen(object? value, TypeSymbol type) => type.Kind == TypeKind.Float && value is long n ? (double)n : value;

    private protected object? Index(BoundIndex index)
    {
        var list = Values.List(Eval(index.Target));
        var position = Values.ToLong(Eval(index.Index));
        if ((ulong)position >= (ulong)list.Length)
        {
            throw SkipIteration.Instance;
        }
        return list[position];
    }

    private protected object Unary(BoundUnary unary)
    {
        var operand = Eval(unary.Operand);
        return unary.Operator == UnaryOperator.Not
            ? !(bool)operand!
            : unary.Type.Kind == TypeKind.Float ? -Values.ToDouble(operand)
            : Checked(Arithmetic.TryNegate(Values.ToLong(operand), out var negated), negated, "integer overflow");
    }

    // The emitted code's checked arithmetic (GeneratorEmitter.Checked): a failure counts a fault and skips, alike.
    private protected T Checked<T>(bool succeeded, T value, string what)
    {
        if (succeeded)
        {
            return value;
        }
        Context.Fault(what);
        throw SkipIteration.Instance;
    }

    private protected object Binary(BoundBinary binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return (bool)Eval(binary.Left)! && (bool)Eval(binary.Right)!;
            case BinaryOperator.Or:
                return (bool)Eval(binary.Left)! || (bool)Eval(binary.Right)!;
        }
        var left = Eval(binary.Left);
        var right = Eval(binary.Right);
        var isFloat = binary.OperandType.Kind == TypeKind.Float;
        switch (binary.Operator)
        {
            case BinaryOperator.Equal:
                return Values.Equal(left, right);
            case BinaryOperator.NotEqual:
                return !Values.Equal(left, right);
            case BinaryOperator.In:
                return Values.List(right).Any(e => Values.Equal(e, left));
            case BinaryOperator.NotIn:
                return !Values.List(right).Any(e => Values.Equal(e, left));
            case BinaryOperator.Less:
                return isFloat ? Values.ToDouble(left) < Values.ToDouble(right) : Values.ToLong(left) < Values.ToLong(right);
            case BinaryOperator.LessOrEqual:
                return isFloat ? Values.ToDouble(left) <= Values.ToDouble(right) : Values.ToLong(left) <= Values.ToLong(right);
            case BinaryOperator.Greater:
                return isFloat ? Values.ToDouble(left) > Values.ToDouble(right) : Values.ToLong(left) > Values.ToLong(right);
            case BinaryOperator.GreaterOrEqual:
                return isFloat ? Values.ToDouble(left) >= Values.ToDouble(right) : Values.ToLong(left) >= Values.ToLong(right);
            case BinaryOperator.Add when binary.Type.Kind == TypeKind.String:
                return (string)left! + (string)right!;
            case BinaryOperator.Divide:
                return Checked(Arithmetic.TryDivide(Values.ToDouble(left), Values.ToDouble(right), out var quotient), quotient, "division by zero or to a number too large");
        }
        if (isFloat)
        {
            var (a, b) = (Values.ToDouble(left), Values.ToDouble(right));
            var value = binary.Operator switch
            {
                BinaryOperator.Add => a + b,
                BinaryOperator.Subtract => a - b,
                BinaryOperator.Multiply => a * b,
                _ => a % b,
            };
            return Checked(Arithmetic.IsFinite(value), value, "a float result that is not a finite number");
        }
        var (x, y) = (Values.ToLong(left), Values.ToLong(right));
        long result;
        var ok = binary.Operator switch
        {
            BinaryOperator.Add => Arithmetic.TryAdd(x, y, out result),
            BinaryOperator.Subtract => Arithmetic.TrySubtract(x, y, out result),
            BinaryOperator.Multiply => Arithmetic.TryMultiply(x, y, out result),
            _ => Arithmetic.TryRemainder(x, y, out result),
        };
        return Checked(ok, result, binary.Operator == BinaryOperator.Modulo ? "remainder by zero or overflow" : "integer overflow");
    }

    private protected object?[] Comprehension(BoundComprehension comprehension)
    {
        var result = new List<object?>();
        RunComprehension(comprehension, 0, result);
        return [.. result];
    }

    private protected void RunComprehension(BoundComprehension comprehension, int index, List<object?> result)
    {
        if (index == comprehension.Clauses.Length)
        {
            result.Add(Eval(comprehension.Element));
            return;
        }
        switch (comprehension.Clauses[index])
        {
            case BoundForClause forClause:
                ForEach(forClause, () => RunComprehension(comprehension, index + 1, result));
                break;
            case BoundWhereClause where:
                Where(where);
                RunComprehension(comprehension, index + 1, result);
                break;
        }
    }
}

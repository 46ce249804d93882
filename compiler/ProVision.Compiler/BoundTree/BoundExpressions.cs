using System.Collections.Immutable;
using System.Globalization;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.BoundTree;

/// <summary>A typed expression.</summary>
public abstract record BoundExpression(TextSpan Span, TypeSymbol Type) : BoundNode(Span)
{
    /// <summary>The constant value (bool, long, double or string), when the expression is a literal.</summary>
    public virtual object? ConstantValue => null;
}

/// <summary>An expression that could not be bound; its error has been reported.</summary>
public sealed record BoundErrorExpression(TextSpan Span) : BoundExpression(Span, TypeSymbol.Error)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;
}

/// <summary>A literal: <c>bool</c>, <c>long</c>, <c>double</c> or <c>string</c>.</summary>
public sealed record BoundLiteral(TextSpan Span, TypeSymbol Type, object Value) : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override object? ConstantValue => Value;

    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe() => Value switch
    {
        string s => SyntaxFacts.Quote(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture),
    };
}

/// <summary>A reference to a variable.</summary>
public sealed record BoundVariable(TextSpan Span, VariableSymbol Variable) : BoundExpression(Span, Variable.Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe() => $"{Variable.Name} ({Variable.VariableKind.ToString().ToLowerInvariant()})";
}

/// <summary>A built-in value: <c>objects</c>, <c>relations</c>, <c>dataset</c>, <c>depthThreshold</c>.</summary>
public sealed record BoundBuiltin(TextSpan Span, BuiltinSymbol Builtin) : BoundExpression(Span, Builtin.Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe() => Builtin.Name;
}

/// <summary><c>target.member</c> on a built-in type.</summary>
public sealed record BoundMemberAccess(TextSpan Span, BoundExpression Target, MemberSymbol Member) : BoundExpression(Span, Member.Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("target", Target)];

    /// <inheritdoc />
    public override string? Describe() => "." + Member.Name;
}

/// <summary><c>list[index]</c>; an index out of range skips the iteration.</summary>
public sealed record BoundIndex(TextSpan Span, TypeSymbol Type, BoundExpression Target, BoundExpression Index) : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("target", Target), ("index", Index)];
}

/// <summary><c>tuple[k]</c> with a constant <c>k</c>.</summary>
public sealed record BoundTupleElement(TextSpan Span, TypeSymbol Type, BoundExpression Target, int Element) : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("target", Target)];

    /// <inheritdoc />
    public override string? Describe() => "[" + Element.ToString(CultureInfo.InvariantCulture) + "]";
}

/// <summary>A call of a standard-library function; lambda arguments are <see cref="BoundLambda"/>.</summary>
public sealed record BoundCall(TextSpan Span, TypeSymbol Type, FunctionSymbol Function, FunctionSignature Signature, ImmutableArray<BoundExpression> Arguments)
    : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => Unnamed(Arguments);

    /// <inheritdoc />
    public override string? Describe() => Function.Name;
}

/// <summary>A lambda argument, inlined by the emitter.</summary>
public sealed record BoundLambda(TextSpan Span, ImmutableArray<VariableSymbol> Parameters, BoundExpression Body) : BoundExpression(Span, Body.Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("body", Body)];

    /// <inheritdoc />
    public override string? Describe() => string.Join(", ", Parameters.Select(p => $"{p.Name}: {p.Type.Name}")) + " =>";
}

/// <summary><c>-x</c> or <c>not x</c>.</summary>
public sealed record BoundUnary(TextSpan Span, TypeSymbol Type, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Span, Type)
{
    /// <summary>The def's file when the operation was inlined from a def (<see cref="BoundNode.Span"/> is in it); null in the generator's own file.</summary>
    public SourceText? DefSource { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("operand", Operand)];

    /// <inheritdoc />
    public override string? Describe() => SyntaxFacts.GetText(Operator);
}

/// <summary>A binary operation. <see cref="OperandType"/> is the type both operands are converted to (float for <c>1 &lt; 0.5</c>).</summary>
public sealed record BoundBinary(TextSpan Span, TypeSymbol Type, BoundExpression Left, BinaryOperator Operator, BoundExpression Right, TypeSymbol OperandType)
    : BoundExpression(Span, Type)
{
    /// <summary>The def's file when the operation was inlined from a def (<see cref="BoundNode.Span"/> is in it); null in the generator's own file.</summary>
    public SourceText? DefSource { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("left", Left), ("right", Right)];

    /// <inheritdoc />
    public override string? Describe() => SyntaxFacts.GetText(Operator);
}

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
public sealed record BoundConditional(TextSpan Span, TypeSymbol Type, BoundExpression Condition, BoundExpression WhenTrue, BoundExpression WhenFalse)
    : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() =>
        [("condition", Condition), ("true", WhenTrue), ("false", WhenFalse)];
}

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record BoundList(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundExpression> Elements) : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => Unnamed(Elements);
}

/// <summary><c>(a, b)</c>.</summary>
public sealed record BoundTuple(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundExpression> Elements) : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => Unnamed(Elements);
}

/// <summary><c>[element for x in xs where c]</c>: <see cref="Clauses"/> holds only for and where clauses.</summary>
public sealed record BoundComprehension(TextSpan Span, TypeSymbol Type, BoundExpression Element, ImmutableArray<BoundClause> Clauses)
    : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("element", Element), .. Unnamed(Clauses)];
}

using System.Collections.Immutable;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.BoundTree;

/// <summary>
/// A call of a <c>def</c>, inlined: <see cref="Arguments"/> are evaluated once, in order, into their parameters, then
/// <see cref="Body"/> (bound at this call site) gives the value, converted to <see cref="BoundExpression.Type"/> (the
/// declared result type; an <c>int</c> body of a <c>float</c> def is widened). Arguments that are constants or
/// variables are not listed: the body refers to them directly.
/// </summary>
public sealed record BoundDefCall(TextSpan Span, TypeSymbol Type, DefSymbol Def, ImmutableArray<BoundDefArgument> Arguments, BoundExpression Body)
    : BoundExpression(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() =>
        [.. Arguments.Select(a => ("argument", (BoundNode)a)), ("body", Body)];

    /// <inheritdoc />
    public override string? Describe() => Def.Name + " (def, inlined)";
}

/// <summary>One parameter of an inlined def call and the argument that sets it.</summary>
public sealed record BoundDefArgument(TextSpan Span, VariableSymbol Parameter, BoundExpression Value) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("value", Value)];

    /// <inheritdoc />
    public override string? Describe() => Parameter.Name;
}

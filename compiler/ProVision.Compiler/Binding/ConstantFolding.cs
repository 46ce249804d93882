using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Binding;

/// <summary>
/// Folds the operators whose operands are known at compile time into their value: <c>not</c>, <c>==</c>, <c>!=</c>,
/// <c>and</c>, <c>or</c> and <c>?:</c>. Their operands become constants when a parameterised generator's arguments
/// are substituted (<c>axis == "x" ? overlapsX(a, b) : overlapsY(a, b)</c> with <c>axis</c> set to <c>"x"</c>), so
/// each instance's emitted C# holds only its own branch. Arithmetic is left to the back ends.
/// </summary>
internal static class ConstantFolding
{
    public static BoundExpression Fold(BoundUnary unary) =>
        unary.Operator == UnaryOperator.Not && unary.Operand.ConstantValue is bool value
            ? new BoundLiteral(unary.Span, TypeSymbol.Bool, !value)
            : unary;

    public static BoundExpression Fold(BoundBinary binary)
    {
        var (left, right) = (binary.Left.ConstantValue, binary.Right.ConstantValue);
        switch (binary.Operator)
        {
            case BinaryOperator.Equal or BinaryOperator.NotEqual when left is not null && right is not null
                && binary.Left.Type.Equals(binary.Right.Type) && left is bool or long or string:
                return new BoundLiteral(binary.Span, TypeSymbol.Bool, left.Equals(right) == (binary.Operator == BinaryOperator.Equal));
            case BinaryOperator.And when left is bool l:
                return l ? binary.Right : new BoundLiteral(binary.Span, TypeSymbol.Bool, false);
            case BinaryOperator.Or when left is bool l:
                return l ? new BoundLiteral(binary.Span, TypeSymbol.Bool, true) : binary.Right;
            default:
                return binary;
        }
    }

    // Only when the chosen branch already has the expression's type (an int branch of a float ?: keeps the ?:).
    public static BoundExpression Fold(BoundConditional conditional) =>
        conditional.Condition.ConstantValue is bool condition && (condition ? conditional.WhenTrue : conditional.WhenFalse) is var chosen
            && chosen.Type.Equals(conditional.Type)
            ? chosen
            : conditional;
}

using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Emit;

// `noun(a.label) == noun(b.label)` of two objects of a single-image generator's graph compares two ints, each
// object's noun id (Nouns.IdsOfObjects: equal exactly when the nouns are equal, ordinal, as the strings compare), made
// once per graph, instead of two noun strings: HeadRelation compares the nouns of every pair of objects for every
// (object, predicate, noun) group. The objects are emitted in the order the calls were, and noun() is pure and cannot
// fail on an object's label, so the value is the same. The rule: docs/language-design.md#emit.
internal abstract partial class HoistingEmitter
{
    private bool TryNounIdComparison(BoundExpression expression, out CsExpr result)
    {
        result = default;
        if (Multi || _scopes.Count == 0
            || expression is not BoundBinary { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual } binary
            || NounOfObjectLabel(binary.Left) is not { } left || NounOfObjectLabel(binary.Right) is not { } right)
        {
            return false;
        }
        // One array per Run, declared at its top and made on first use.
        if (!_scopes[0].Locals.TryGetValue(NounIdsKey, out var local))
        {
            local = "nounIdsOfObjects";
            for (var i = 2; !_usedNames.Add(local); i++)
            {
                local = "nounIdsOfObjects_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            DeclareIn(0, $"int[] {local} = null;");
            _scopes[0].Locals[NounIdsKey] = local;
        }
        var ids = $"({local} ??= Nouns.IdsOfObjects(graph, context.Vocabulary))";
        var a = Expr(left).Text;
        var b = Expr(right).Text;
        var op = binary.Operator == BinaryOperator.Equal ? "==" : "!=";
        // The left operand runs first, so the right one reads the array the left one made.
        result = Compound($"{ids}[{a}] {op} {local}[{b}]");
        return true;
    }

    private const string NounIdsKey = "Nouns.IdsOfObjects @graph";

    // The object of `noun(<object>.label)`, or null for any other expression.
    private static BoundExpression? NounOfObjectLabel(BoundExpression expression) =>
        expression is BoundCall { Function.Binding: { DeclaringType.Name: "Vocabulary", Member: "NounOf" }, Arguments: [BoundMemberAccess
        {
            Member.Binding: { View: MemberView.SceneObject, Member: "Label", IsMethod: false },
            Target: { Type.Kind: TypeKind.Object } target,
        }] }
            ? target
            : null;
}

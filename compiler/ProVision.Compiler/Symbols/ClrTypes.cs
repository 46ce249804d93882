using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib.SceneGraphFamily;

namespace ProVision.Compiler.Symbols;

/// <summary>How well a .pvg value fits a runtime parameter.</summary>
public enum TypeMatch
{
    /// <summary>It does not.</summary>
    None,

    /// <summary>Through a narrowing the back ends write out (an Int passed as <c>int</c>, a multi-image object as its index).</summary>
    Narrowing,

    /// <summary>As it is.</summary>
    Exact,
}

/// <summary>
/// The CLR type a .pvg value has in emitted code (see <c>Emit/CSharpSyntax.Type</c>) and what runtime parameter
/// types accept it; used to resolve <see cref="RuntimeBinding"/> overloads.
/// </summary>
public static class ClrTypes
{
    /// <summary>How <paramref name="type"/> fits a parameter of CLR type <paramref name="parameter"/>.</summary>
    public static TypeMatch Match(TypeSymbol type, Type parameter)
    {
        if (type.Kind == TypeKind.List)
        {
            return parameter.IsGenericType && parameter.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>)
                && Match(type.ElementType!, parameter.GetGenericArguments()[0]) == TypeMatch.Exact
                ? TypeMatch.Exact
                : TypeMatch.None;
        }
        if (ScalarOf(type) is { } exact && exact == parameter)
        {
            return TypeMatch.Exact;
        }
        return parameter == typeof(int) && type.Kind is TypeKind.Int or TypeKind.Count or TypeKind.Object or TypeKind.Relation or TypeKind.Image
            ? TypeMatch.Narrowing
            : TypeMatch.None;
    }

    // The single-image representation: objects and relations are indices (multi-image refs pass their index).
    private static Type? ScalarOf(TypeSymbol type) => type.Kind switch
    {
        TypeKind.Bool => typeof(bool),
        TypeKind.Int or TypeKind.Count => typeof(long),
        TypeKind.Float => typeof(double),
        TypeKind.String => typeof(string),
        TypeKind.Object or TypeKind.Relation or TypeKind.Image => typeof(int),
        TypeKind.Box => typeof(Box),
        TypeKind.Point => typeof(ValueTuple<double, double>),
        TypeKind.Mask => typeof(BitMask),
        TypeKind.DataSet => typeof(DataSetIndex),
        TypeKind.RefExpr => typeof(ReferringExpression),
        _ => null,
    };
}

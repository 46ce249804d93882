using System.Collections.Immutable;

namespace ProVision.Compiler.Symbols;

/// <summary>
/// A static type. Types are compared structurally (<c>List&lt;Object&gt;</c> equals every other
/// <c>List&lt;Object&gt;</c>); the primitive and entity types are singletons.
/// </summary>
public sealed class TypeSymbol : IEquatable<TypeSymbol>
{
    private TypeSymbol(TypeKind kind, TypeSymbol? element, ImmutableArray<TypeSymbol> elements)
    {
        Kind = kind;
        ElementType = element;
        Elements = elements.IsDefault ? [] : elements;
        Name = kind switch
        {
            TypeKind.List => $"List<{element!.Name}>",
            TypeKind.Tuple => $"Tuple<{string.Join(", ", Elements.Select(e => e.Name))}>",
            TypeKind.Error => "?",
            TypeKind.Never => "Never",
            TypeKind.Bool => "bool",
            TypeKind.Int => "int",
            TypeKind.Float => "float",
            TypeKind.String => "string",
            _ => kind.ToString(),
        };
    }

    /// <summary>The type of an erroneous expression.</summary>
    public static TypeSymbol Error { get; } = new(TypeKind.Error, null, []);

    /// <summary>The element type of <c>[]</c>.</summary>
    public static TypeSymbol Never { get; } = new(TypeKind.Never, null, []);

    /// <summary><c>bool</c></summary>
    public static TypeSymbol Bool { get; } = new(TypeKind.Bool, null, []);

    /// <summary><c>int</c></summary>
    public static TypeSymbol Int { get; } = new(TypeKind.Int, null, []);

    /// <summary><c>float</c></summary>
    public static TypeSymbol Float { get; } = new(TypeKind.Float, null, []);

    /// <summary><c>string</c></summary>
    public static TypeSymbol String { get; } = new(TypeKind.String, null, []);

    /// <summary><c>Count</c></summary>
    public static TypeSymbol Count { get; } = new(TypeKind.Count, null, []);

    /// <summary><c>Object</c></summary>
    public static TypeSymbol Object { get; } = new(TypeKind.Object, null, []);

    /// <summary><c>Relation</c></summary>
    public static TypeSymbol Relation { get; } = new(TypeKind.Relation, null, []);

    /// <summary><c>Box</c></summary>
    public static TypeSymbol Box { get; } = new(TypeKind.Box, null, []);

    /// <summary><c>Point</c></summary>
    public static TypeSymbol Point { get; } = new(TypeKind.Point, null, []);

    /// <summary><c>Mask</c></summary>
    public static TypeSymbol Mask { get; } = new(TypeKind.Mask, null, []);

    /// <summary><c>Image</c></summary>
    public static TypeSymbol Image { get; } = new(TypeKind.Image, null, []);

    /// <summary><c>DataSet</c></summary>
    public static TypeSymbol DataSet { get; } = new(TypeKind.DataSet, null, []);

    /// <summary><c>RefExpr</c>: a scene-graph referring expression.</summary>
    public static TypeSymbol RefExpr { get; } = new(TypeKind.RefExpr, null, []);

    /// <summary>The kind of type.</summary>
    public TypeKind Kind { get; }

    /// <summary>The element type of a list, else null.</summary>
    public TypeSymbol? ElementType { get; }

    /// <summary>The element types of a tuple, else empty.</summary>
    public ImmutableArray<TypeSymbol> Elements { get; }

    /// <summary>The type as written in messages and dumps: <c>List&lt;Object&gt;</c>.</summary>
    public string Name { get; }

    /// <summary>True for the error type.</summary>
    public bool IsError => Kind == TypeKind.Error;

    /// <summary>True for <c>int</c>, <c>Count</c> and <c>float</c>.</summary>
    public bool IsNumeric => Kind is TypeKind.Int or TypeKind.Float or TypeKind.Count;

    /// <summary>True for <c>int</c> and <c>Count</c> (a Count is an int that renders as a count).</summary>
    public bool IsInteger => Kind is TypeKind.Int or TypeKind.Count;

    /// <summary>True for a list type.</summary>
    public bool IsList => Kind == TypeKind.List;

    /// <summary>True when the type, or a type inside it, is the error type.</summary>
    public bool ContainsError => Kind == TypeKind.Error
        || (ElementType?.ContainsError ?? false)
        || Elements.Any(e => e.ContainsError);

    /// <summary>True when a list is nested in this type (a list of lists, a tuple holding a list).</summary>
    public bool ContainsList => Kind switch
    {
        TypeKind.List => true,
        TypeKind.Tuple => Elements.Any(e => e.ContainsList),
        _ => false,
    };

    /// <summary><c>List&lt;element&gt;</c></summary>
    public static TypeSymbol ListOf(TypeSymbol element) => new(TypeKind.List, element, []);

    /// <summary><c>Tuple&lt;elements&gt;</c></summary>
    public static TypeSymbol TupleOf(ImmutableArray<TypeSymbol> elements) => new(TypeKind.Tuple, null, elements);

    /// <summary>
    /// True when a value of this type may be used where <paramref name="target"/> is expected: the same type, an
    /// error on either side, <c>Never</c>, <c>int</c> and <c>Count</c> either way, <c>int</c>/<c>Count</c> to
    /// <c>float</c>, and element-wise for lists and tuples.
    /// </summary>
    public bool ConvertsTo(TypeSymbol target)
    {
        if (Equals(target) || IsError || target.IsError || Kind == TypeKind.Never)
        {
            return true;
        }
        if (IsInteger && (target.IsInteger || target.Kind == TypeKind.Float))
        {
            return true;
        }
        return (Kind, target.Kind) switch
        {
            (TypeKind.List, TypeKind.List) => ElementType!.ConvertsTo(target.ElementType!),
            (TypeKind.Tuple, TypeKind.Tuple) => Elements.Length == target.Elements.Length
                && Elements.Zip(target.Elements).All(p => p.First.ConvertsTo(p.Second)),
            _ => false,
        };
    }

    /// <summary>
    /// The common type of two values that meet (the branches of <c>?:</c>, the elements of a list), or null when they
    /// have none: <c>int</c> with <c>float</c> is <c>float</c>, <c>Count</c> with <c>int</c> is <c>int</c>.
    /// </summary>
    public static TypeSymbol? Unify(TypeSymbol a, TypeSymbol b)
    {
        if (a.Equals(b))
        {
            return a;
        }
        if (a.IsError || b.IsError)
        {
            return Error;
        }
        if (a.Kind == TypeKind.Never)
        {
            return b;
        }
        if (b.Kind == TypeKind.Never)
        {
            return a;
        }
        if (a.IsNumeric && b.IsNumeric)
        {
            return a.Kind == TypeKind.Float || b.Kind == TypeKind.Float ? Float : Int;
        }
        if (a.Kind == TypeKind.List && b.Kind == TypeKind.List)
        {
            return Unify(a.ElementType!, b.ElementType!) is { } element ? ListOf(element) : null;
        }
        if (a.Kind == TypeKind.Tuple && b.Kind == TypeKind.Tuple && a.Elements.Length == b.Elements.Length)
        {
            var elements = ImmutableArray.CreateBuilder<TypeSymbol>(a.Elements.Length);
            for (var i = 0; i < a.Elements.Length; i++)
            {
                if (Unify(a.Elements[i], b.Elements[i]) is not { } element)
                {
                    return null;
                }
                elements.Add(element);
            }
            return TupleOf(elements.MoveToImmutable());
        }
        return null;
    }

    /// <inheritdoc />
    public bool Equals(TypeSymbol? other) =>
        other is not null && Kind == other.Kind
        && Equals(ElementType, other.ElementType)
        && Elements.SequenceEqual(other.Elements);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TypeSymbol);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, ElementType, Elements.Length);

    /// <inheritdoc />
    public override string ToString() => Name;
}

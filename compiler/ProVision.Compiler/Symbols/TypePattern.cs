using System.Collections.Immutable;

namespace ProVision.Compiler.Symbols;

/// <summary>
/// A parameter or return type of a standard-library signature: an exact type, a type variable (<c>T</c>, or a
/// numeric <c>N</c>), a list of a pattern, or a lambda. The binder matches arguments against the patterns left to
/// right, binding the variables, then resolves the return pattern with those bindings.
/// </summary>
public abstract record TypePattern
{
    /// <summary>The pattern as shown in signatures: <c>List&lt;T&gt;</c>, <c>T =&gt; N</c>.</summary>
    public abstract string Display { get; }

    /// <summary>Matches <paramref name="actual"/>, extending <paramref name="bindings"/>; false when it does not fit.</summary>
    public abstract bool Match(TypeSymbol actual, Dictionary<string, TypeSymbol> bindings);

    /// <summary>The type this pattern stands for under <paramref name="bindings"/> (the error type for an unbound variable).</summary>
    public abstract TypeSymbol Resolve(IReadOnlyDictionary<string, TypeSymbol> bindings);

    /// <inheritdoc />
    public override string ToString() => Display;
}

/// <summary>Exactly this type (or one that converts to it).</summary>
public sealed record ExactPattern(TypeSymbol Type) : TypePattern
{
    /// <inheritdoc />
    public override string Display => Type.Name;

    /// <inheritdoc />
    public override bool Match(TypeSymbol actual, Dictionary<string, TypeSymbol> bindings) => actual.ConvertsTo(Type);

    /// <inheritdoc />
    public override TypeSymbol Resolve(IReadOnlyDictionary<string, TypeSymbol> bindings) => Type;
}

/// <summary>A type variable; <paramref name="Numeric"/> restricts it to <c>int</c>, <c>Count</c> and <c>float</c>.</summary>
public sealed record VariablePattern(string Name, bool Numeric = false) : TypePattern
{
    /// <inheritdoc />
    public override string Display => Name;

    /// <inheritdoc />
    public override bool Match(TypeSymbol actual, Dictionary<string, TypeSymbol> bindings)
    {
        if (Numeric && !actual.IsNumeric && !actual.IsError && actual.Kind != TypeKind.Never)
        {
            return false;
        }
        if (!bindings.TryGetValue(Name, out var bound))
        {
            bindings[Name] = actual;
            return true;
        }
        if (TypeSymbol.Unify(bound, actual) is not { } unified)
        {
            return false;
        }
        bindings[Name] = unified;
        return true;
    }

    /// <inheritdoc />
    public override TypeSymbol Resolve(IReadOnlyDictionary<string, TypeSymbol> bindings) =>
        bindings.TryGetValue(Name, out var bound) ? (bound.Kind == TypeKind.Never && Numeric ? TypeSymbol.Int : bound) : TypeSymbol.Error;
}

/// <summary><c>List&lt;element&gt;</c></summary>
public sealed record ListPattern(TypePattern Element) : TypePattern
{
    /// <inheritdoc />
    public override string Display => $"List<{Element.Display}>";

    /// <inheritdoc />
    public override bool Match(TypeSymbol actual, Dictionary<string, TypeSymbol> bindings) =>
        actual.IsError || (actual.IsList && Element.Match(actual.ElementType!, bindings));

    /// <inheritdoc />
    public override TypeSymbol Resolve(IReadOnlyDictionary<string, TypeSymbol> bindings) => TypeSymbol.ListOf(Element.Resolve(bindings));
}

/// <summary>A lambda argument <c>x =&gt; body</c>: parameters resolved from earlier arguments, the body matched against <see cref="Result"/>.</summary>
public sealed record LambdaPattern(ImmutableArray<TypePattern> Parameters, TypePattern Result) : TypePattern
{
    /// <inheritdoc />
    public override string Display =>
        (Parameters.Length == 1 ? Parameters[0].Display : "(" + string.Join(", ", Parameters.Select(p => p.Display)) + ")") + " => " + Result.Display;

    /// <inheritdoc />
    public override bool Match(TypeSymbol actual, Dictionary<string, TypeSymbol> bindings) => Result.Match(actual, bindings);

    /// <inheritdoc />
    public override TypeSymbol Resolve(IReadOnlyDictionary<string, TypeSymbol> bindings) => Result.Resolve(bindings);
}

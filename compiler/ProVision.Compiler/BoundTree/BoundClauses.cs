using System.Collections.Immutable;
using System.Globalization;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.BoundTree;

/// <summary>A query clause (also the for and where parts of a comprehension).</summary>
public abstract record BoundClause(TextSpan Span) : BoundNode(Span);

/// <summary>What a <c>for</c> binds each element to.</summary>
public abstract record BoundPattern(TextSpan Span, TypeSymbol Type) : BoundNode(Span);

/// <summary>One variable (<c>_</c> binds nothing).</summary>
public sealed record BoundNamePattern(TextSpan Span, VariableSymbol Variable) : BoundPattern(Span, Variable.Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe() => $"{Variable.Name}: {Variable.Type.Name}";
}

/// <summary><c>(a, b)</c>: destructures a tuple.</summary>
public sealed record BoundTuplePattern(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundPattern> Elements) : BoundPattern(Span, Type)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => Unnamed(Elements);

    /// <inheritdoc />
    public override string? Describe() => Type.Name;
}

/// <summary>How a <c>for</c> iterates.</summary>
public enum ForKind
{
    /// <summary>Over the elements of a list.</summary>
    Elements,

    /// <summary>Over the k-subsets of a list (<c>combinations(xs, k)</c>), as nested index loops.</summary>
    Combinations,

    /// <summary>Over the groups of <c>grouped by</c>: (key, elements) pairs in order of first appearance.</summary>
    Groups,
}

/// <summary>
/// <c>for pattern in source</c>. For <see cref="ForKind.Combinations"/>, <see cref="Source"/> is the list and
/// <see cref="CombinationSize"/> is k; for <see cref="ForKind.Groups"/>, <see cref="GroupKey"/> is the key
/// expression over <see cref="It"/>. <see cref="Pattern"/> is one pattern for the element (a tuple pattern when
/// several variables destructure it).
/// </summary>
public sealed record BoundForClause(
    TextSpan Span,
    ForKind ForKind,
    BoundPattern Pattern,
    BoundExpression Source,
    int CombinationSize,
    VariableSymbol? It,
    BoundExpression? GroupKey,
    TypeSymbol ElementType) : BoundClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren()
    {
        yield return ("pattern", Pattern);
        yield return ("source", Source);
        if (GroupKey is not null)
        {
            yield return ("grouped by", GroupKey);
        }
    }

    /// <inheritdoc />
    public override string? Describe() => ForKind switch
    {
        ForKind.Combinations => "combinations k=" + CombinationSize.ToString(CultureInfo.InvariantCulture) + " of " + ElementType.Name,
        ForKind.Groups => "groups of " + ElementType.Name,
        _ => "elements of " + ElementType.Name,
    };
}

/// <summary><c>where condition</c>.</summary>
public sealed record BoundWhereClause(TextSpan Span, BoundExpression Condition) : BoundClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("condition", Condition)];
}

/// <summary><c>let name = value</c>.</summary>
public sealed record BoundLetClause(TextSpan Span, VariableSymbol Variable, BoundExpression Value) : BoundClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("value", Value)];

    /// <inheritdoc />
    public override string? Describe() => $"{Variable.Name}: {Variable.Type.Name}";
}

/// <summary><c>sample k</c>: keeps at most <see cref="Count"/> of the iterations of the enclosing <c>for</c> (<see cref="For"/>).</summary>
public sealed record BoundSampleClause(TextSpan Span, BoundExpression Count, BoundForClause? For) : BoundClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("count", Count)];
}

/// <summary><c>budget k</c>: the draw loop stops once its failed draws reach k per item made (<see cref="ProVision.Runtime.Generation.GeneratorContext.MayDrawAgain"/>).</summary>
public sealed record BoundBudgetClause(TextSpan Span, long Limit) : BoundClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe() => Limit.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// <c>draw name = n images where predicate</c>: <see cref="It"/> is the image the predicate tests. With
/// <see cref="PerItem"/> (<c>draw name = imagesPerItem images</c>) the run decides n and <see cref="Count"/> is the
/// default (the <c>images</c> clause, else 2).
/// </summary>
public sealed record BoundDrawClause(TextSpan Span, VariableSymbol Variable, int Count, VariableSymbol It, BoundExpression? Predicate, bool PerItem = false) : BoundClause(Span)
{
    /// <summary>
    /// <c>sharing kind</c>: what every draw's images share; null draws as the generator's needs say, every other draw
    /// (docs/randomness.md#multi-image-draws).
    /// </summary>
    public ProVision.Runtime.Generation.DrawSharing? Sharing { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() =>
        Predicate is null ? None : [("where", Predicate)];

    /// <inheritdoc />
    public override string? Describe() => PerItem
        ? $"{Variable.Name}: {Variable.Type.Name} (imagesPerItem images, default {Count.ToString(CultureInfo.InvariantCulture)}{SharingText})"
        : $"{Variable.Name}: {Variable.Type.Name} ({Count.ToString(CultureInfo.InvariantCulture)} images{SharingText})";

    private string SharingText => Sharing is { } sharing ? $", every draw sharing {sharing}" : "";
}

using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary><c>where condition</c>: skips the rest of the query for this iteration when false.</summary>
public sealed record WhereClauseSyntax(TextSpan Span, ExpressionSyntax Condition) : QueryClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "where";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("condition", Condition)];
}

/// <summary><c>let name = value</c>: an immutable binding.</summary>
public sealed record LetClauseSyntax(TextSpan Span, IdentifierSyntax Name, ExpressionSyntax Value) : QueryClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "let";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("name", Name), ("value", Value)];
}

/// <summary><c>sample k</c>: keeps at most k iterations of the enclosing <c>for</c>.</summary>
public sealed record SampleClauseSyntax(TextSpan Span, ExpressionSyntax Count) : QueryClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "sample";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("count", Count)];
}

/// <summary><c>budget k</c>: stops once the failed draws reach k per item made.</summary>
public sealed record BudgetClauseSyntax(TextSpan Span, ExpressionSyntax Limit) : QueryClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "budget";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("limit", Limit)];
}

/// <summary>
/// <c>draw imgs = n images sharing kind where predicate</c>: draws n distinct images from the data-set index; with
/// <see cref="Sharing"/>, every draw's images share a key of that kind (docs/randomness.md#multi-image-draws).
/// </summary>
public sealed record DrawClauseSyntax(TextSpan Span, IdentifierSyntax Name, ExpressionSyntax Count, ExpressionSyntax? Predicate)
    : QueryClauseSyntax(Span)
{
    /// <summary>The <c>sharing kind</c> part, or null.</summary>
    public DrawSharingSyntax? Sharing { get; init; }

    /// <inheritdoc />
    public override string Keyword => "draw";

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren()
    {
        yield return ("name", Name);
        yield return ("count", Count);
        if (Sharing is not null)
        {
            yield return ("sharing", Sharing);
        }
        if (Predicate is not null)
        {
            yield return ("where", Predicate);
        }
    }
}

/// <summary>
/// <c>sharing [unique] kind</c> in a draw: <see cref="Word"/> is the contextual word (the binder checks it reads
/// <c>sharing</c>), <see cref="Unique"/> the optional word before the need (the binder checks it reads <c>unique</c>),
/// <see cref="Need"/> the need whose keys the drawn images share (labels, attributes, relations).
/// </summary>
public sealed record DrawSharingSyntax(TextSpan Span, IdentifierSyntax Word, IdentifierSyntax? Unique, IdentifierSyntax Need) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        Unique is null ? [("word", Word), ("need", Need)] : [("word", Word), ("unique", Unique), ("need", Need)];
}

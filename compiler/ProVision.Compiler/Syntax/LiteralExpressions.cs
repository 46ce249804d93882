using System.Globalization;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>An integer literal such as <c>42</c>.</summary>
public sealed record IntegerLiteralSyntax(TextSpan Span, long Value) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A decimal literal such as <c>0.5</c>.</summary>
public sealed record DecimalLiteralSyntax(TextSpan Span, double Value) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A string literal in an expression, with its escapes already decoded into <see cref="Value"/>.</summary>
public sealed record StringLiteralSyntax(TextSpan Span, string Value) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => SyntaxFacts.Quote(Value);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanLiteralSyntax(TextSpan Span, bool Value) : ExpressionSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string Describe() => Value ? "true" : "false";
}

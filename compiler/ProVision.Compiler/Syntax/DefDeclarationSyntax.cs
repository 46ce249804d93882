using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// <c>def overlapsAlong(axis: string, a: Box, b: Box): bool = ...</c>: a pure, typed function of the pack. Each
/// call is inlined by the binder (docs/language.md, "Functions: def").
/// </summary>
public sealed record DefDeclarationSyntax(TextSpan Span, IdentifierSyntax Name, ImmutableArray<ParameterSyntax> Parameters, TypeNameSyntax ReturnType, ExpressionSyntax Body)
    : DeclarationSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [("name", Name), .. Unnamed(Parameters), ("returns", ReturnType), ("body", Body)];
}

/// <summary>A parameter of a <c>def</c> or of a parameterised generator: <c>axis: string</c>.</summary>
public sealed record ParameterSyntax(TextSpan Span, IdentifierSyntax Name, TypeNameSyntax Type) : SyntaxNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => [("name", Name), ("type", Type)];
}

/// <summary>
/// A type as written: <c>bool</c>, <c>List&lt;Object&gt;</c>, <c>(Object, Object)</c> (<see cref="Name"/> is
/// <see cref="TupleName"/>), or <c>phrases</c>. A name that could not be parsed is empty.
/// </summary>
public sealed record TypeNameSyntax(TextSpan Span, string Name, ImmutableArray<TypeNameSyntax> Arguments) : SyntaxNode(Span)
{
    /// <summary>The <see cref="Name"/> of a tuple type.</summary>
    public const string TupleName = "()";

    /// <summary>The <see cref="Name"/> of a phrase-set parameter's type.</summary>
    public const string PhrasesName = "phrases";

    /// <summary>True when the parser had to invent this type to recover from an error.</summary>
    public bool IsMissing => Name.Length == 0;

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Arguments);

    /// <inheritdoc />
    public override string Describe() => IsMissing ? "<missing>" : Name;
}

/// <summary>
/// <c>generator LeftMostObjectGenerator = ExtremeObject("x", "min", leftMost)</c>: a generator made from a
/// parameterised generator's shared body with these arguments, under its own name.
/// </summary>
public sealed record GeneratorInstanceSyntax(TextSpan Span, IdentifierSyntax Name, IdentifierSyntax Shape, ImmutableArray<ExpressionSyntax> Arguments)
    : DeclarationSyntax(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() =>
        [("name", Name), ("shape", Shape), .. Unnamed(Arguments)];
}

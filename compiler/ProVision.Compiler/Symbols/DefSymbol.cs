using System.Collections.Immutable;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Symbols;

/// <summary>
/// A <c>def</c>: a pure, typed function of the pack. Calls are inlined by the binder, which binds the body again at
/// each call site (see <c>Binding/DefTable.cs</c>); <see cref="Syntax"/> and <see cref="Source"/> say where it is.
/// </summary>
public sealed class DefSymbol : Symbol
{
    internal DefSymbol(DefDeclarationSyntax syntax, SourceText source, ImmutableArray<(string Name, TypeSymbol Type)> parameters, TypeSymbol returnType)
        : base(syntax.Name.Text)
    {
        Syntax = syntax;
        Source = source;
        Parameters = parameters;
        ReturnType = returnType;
    }

    /// <summary>The declaration.</summary>
    public DefDeclarationSyntax Syntax { get; }

    /// <summary>The file that declares it.</summary>
    public SourceText Source { get; }

    /// <summary>The parameters' names and types (the error type where a type name was wrong).</summary>
    public ImmutableArray<(string Name, TypeSymbol Type)> Parameters { get; }

    /// <summary>The declared result type.</summary>
    public TypeSymbol ReturnType { get; }

    /// <summary>As shown in messages: <c>overlapsAlong(axis: string, a: Box, b: Box): bool</c>.</summary>
    public string Display => Name + "(" + string.Join(", ", Parameters.Select(p => p.Name + ": " + p.Type.Name)) + "): " + ReturnType.Name;
}

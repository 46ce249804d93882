using System.Collections.Immutable;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>A whole .pvg file: its declarations in source order.</summary>
public sealed record CompilationUnitSyntax(TextSpan Span, ImmutableArray<DeclarationSyntax> Declarations) : SyntaxNode(Span)
{
    /// <summary>The pack declaration, when the file has one.</summary>
    public PackDeclarationSyntax? Pack => Declarations.OfType<PackDeclarationSyntax>().FirstOrDefault();

    /// <summary>The phrase sets declared in the file.</summary>
    public IEnumerable<PhrasesDeclarationSyntax> Phrases => Declarations.OfType<PhrasesDeclarationSyntax>();

    /// <summary>The generators declared in the file, parameterised ones (shared bodies) included.</summary>
    public IEnumerable<GeneratorDeclarationSyntax> Generators => Declarations.OfType<GeneratorDeclarationSyntax>();

    /// <summary>The functions (<c>def</c>) declared in the file.</summary>
    public IEnumerable<DefDeclarationSyntax> Defs => Declarations.OfType<DefDeclarationSyntax>();

    /// <summary>The instances of parameterised generators declared in the file.</summary>
    public IEnumerable<GeneratorInstanceSyntax> Instances => Declarations.OfType<GeneratorInstanceSyntax>();

    /// <inheritdoc />
    public override IEnumerable<(string Role, SyntaxNode Node)> GetChildren() => Unnamed(Declarations);
}

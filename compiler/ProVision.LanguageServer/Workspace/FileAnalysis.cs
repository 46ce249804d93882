using System.Collections.Immutable;
using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.LanguageServer.Workspace;

/// <summary>
/// One .pvg file analysed at one text: its tree, its generators bound against the pack (bound even when the file
/// has syntax errors, so completion and hover keep working while a line is half typed) and the diagnostics the
/// compiler would report for it: syntax errors, else binding diagnostics, else emit diagnostics. Immutable.
/// </summary>
internal sealed record FileAnalysis(SyntaxTree Tree, BindingResult? Binding, ImmutableArray<Diagnostic> Diagnostics, int? Version)
{
    /// <summary>The file's full path.</summary>
    public string Path => Tree.Text.Path;

    /// <summary>The text.</summary>
    public SourceText Text => Tree.Text;

    /// <summary>The bound generators of this file (none when binding failed outright).</summary>
    public ImmutableArray<BoundGenerator> Generators => Binding?.Pack.Generators ?? [];

    /// <summary>True when the compiler reports an error for the file.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The generator whose declaration contains <paramref name="offset"/>, or null.</summary>
    public BoundGenerator? GeneratorAt(int offset) =>
        Generators.FirstOrDefault(g => g.Syntax.Span.Start <= offset && offset <= g.Syntax.Span.End);

    /// <summary>The generator declaration (syntax) containing <paramref name="offset"/>, or null.</summary>
    public GeneratorDeclarationSyntax? DeclarationAt(int offset) =>
        Tree.Root.Generators.FirstOrDefault(g => g.Span.Start <= offset && offset <= g.Span.End);
}

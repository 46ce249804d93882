using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Parsing;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Syntax;

/// <summary>
/// A parsed .pvg file: its text, its syntax tree and every syntax diagnostic (PV0xxx).
/// Parsing never throws on bad input: errors become diagnostics and the tree holds what could be
/// recovered, with <see cref="MissingExpressionSyntax"/> and missing identifiers where input was lacking.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The root of the tree.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>The syntax diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses <paramref name="text"/>; <paramref name="path"/> is only used in messages.</summary>
    public static SyntaxTree Parse(string text, string path)
    {
        var source = new SourceText(text, path);
        var (root, diagnostics) = PvgParser.Parse(source);
        return new SyntaxTree(source, root, diagnostics);
    }

    /// <summary>The tree as indented text (see <see cref="SyntaxDumper"/>).</summary>
    public string Dump() => SyntaxDumper.Dump(Root, Text);
}

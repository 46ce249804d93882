using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Binding;

/// <summary>The bound pack and every binding diagnostic (PV1xxx), each with its <see cref="Diagnostic.Source"/> set.</summary>
public sealed record BindingResult(BoundPack Pack, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when binding reported an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Binds a pack: resolves every name to a symbol, types every expression, checks the emit blocks, templates and
/// headers, and returns the bound tree with its diagnostics. Phrase sets are shared by all files of the pack;
/// generators are bound one at a time (<see cref="GeneratorBinder"/>). Binding never throws on input: trees with
/// syntax errors are bound as far as they go (the caller usually stops before binding them).
/// </summary>
public static class Binder
{
    /// <summary>Binds the files of one pack.</summary>
    public static BindingResult Bind(IReadOnlyList<SyntaxTree> trees) => Bind(trees, only: null);

    /// <summary>
    /// Binds the generators of one file of a pack, the language server's step after an edit: the pack's phrase sets
    /// and generator names still come from every tree, but only <paramref name="file"/>'s generators are bound and
    /// only diagnostics in it are returned (<see cref="BindingResult.Pack"/> holds its generators alone).
    /// </summary>
    public static BindingResult BindFile(IReadOnlyList<SyntaxTree> trees, SyntaxTree file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Bind(trees, file);
    }

    private static BindingResult Bind(IReadOnlyList<SyntaxTree> trees, SyntaxTree? only)
    {
        ArgumentNullException.ThrowIfNull(trees);
        var diagnostics = new List<Diagnostic>();
        var phraseSets = new PhraseSetTable(trees, diagnostics);
        var generators = ImmutableArray.CreateBuilder<BoundGenerator>();
        var names = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var bindThis = only is null || ReferenceEquals(tree, only);
            foreach (var declaration in tree.Root.Generators)
            {
                CheckUniqueName(declaration.Name, tree.Text, names, diagnostics);
                foreach (var alias in declaration.HeaderClauses.OfType<AliasClauseSyntax>())
                {
                    CheckUniqueName(alias.Name, tree.Text, names, diagnostics);
                }
                if (!bindThis)
                {
                    continue;
                }

                var binder = new GeneratorBinder(tree.Text, declaration, phraseSets);
                generators.Add(binder.Bind());
                diagnostics.AddRange(binder.Diagnostics);
            }
        }

        if (only is not null)
        {
            diagnostics.RemoveAll(d => !ReferenceEquals(d.Source, only.Text));
        }
        var span = trees.Count == 1 ? trees[0].Root.Span : default;
        var pack = new BoundPack(span, phraseSets.Bound, generators.ToImmutable());
        return new BindingResult(pack, Sort(diagnostics, trees));
    }

    private static void CheckUniqueName(IdentifierSyntax name, SourceText source, Dictionary<string, TextSpan> names, List<Diagnostic> diagnostics)
    {
        if (name.IsMissing)
        {
            return;
        }
        if (!names.TryAdd(name.Text, name.Span))
        {
            diagnostics.Add(BindingDiagnostics.DuplicateGeneratorName(name.Span, name.Text) with { Source = source });
        }
    }

    // File order, then position; exact duplicates (same code, file and span) removed.
    private static ImmutableArray<Diagnostic> Sort(List<Diagnostic> diagnostics, IReadOnlyList<SyntaxTree> trees)
    {
        var fileOrder = new Dictionary<SourceText, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < trees.Count; i++)
        {
            fileOrder.TryAdd(trees[i].Text, i);
        }
        var seen = new HashSet<(string, SourceText?, TextSpan)>();
        return
        [
            .. diagnostics
                .Select((d, i) => (d, i))
                .OrderBy(x => x.d.Source is { } s && fileOrder.TryGetValue(s, out var order) ? order : int.MaxValue)
                .ThenBy(x => x.d.Span.Start)
                .ThenBy(x => x.i)
                .Select(x => x.d)
                .Where(d => seen.Add((d.Code, d.Source, d.Span))),
        ];
    }
}

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
/// headers, and returns the bound tree with its diagnostics. Phrase sets (by folder) and defs are shared by the files of
/// the pack; generators, and each instance of a parameterised generator, are bound one at a time
/// (<see cref="GeneratorBinder"/>), in declaration order. Binding never throws on input: trees with
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
        var defs = new DefTable(trees, diagnostics);
        var shapes = CollectParameterisedGenerators(trees, diagnostics);
        var instantiated = new HashSet<string>(StringComparer.Ordinal);
        var generators = ImmutableArray.CreateBuilder<BoundGenerator>();
        var names = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var bindThis = only is null || ReferenceEquals(tree, only);
            foreach (var declaration in tree.Root.Declarations)
            {
                GeneratorBinder binder;
                switch (declaration)
                {
                    case GeneratorDeclarationSyntax { IsParameterised: false } generator:
                        CheckUniqueName(generator.Name, tree.Text, names, diagnostics);
                        binder = new GeneratorBinder(tree.Text, generator, phraseSets, defs, instance: null);
                        break;
                    case GeneratorInstanceSyntax instance:
                        CheckUniqueName(instance.Name, tree.Text, names, diagnostics);
                        if (instance.Shape.IsMissing)
                        {
                            continue;
                        }
                        if (!shapes.TryGetValue(instance.Shape.Text, out var shape))
                        {
                            diagnostics.Add(BindingDiagnostics.UnknownParameterisedGenerator(instance.Shape.Span, instance.Shape.Text, NameSuggestions.DidYouMean(instance.Shape.Text, shapes.Keys)) with { Source = tree.Text });
                            continue;
                        }
                        instantiated.Add(instance.Shape.Text);
                        binder = new GeneratorBinder(shape.Source, shape.Syntax, phraseSets, defs, new GeneratorInstance(instance, tree.Text));
                        break;
                    default:
                        continue;
                }
                if (!bindThis)
                {
                    continue;
                }

                var bound = binder.Bind();
                foreach (var alias in bound.Syntax.HeaderClauses.OfType<AliasClauseSyntax>())
                {
                    CheckUniqueName(alias.Name, bound.Source, names, diagnostics);
                }
                generators.Add(bound);
                diagnostics.AddRange(binder.Diagnostics);
            }
        }

        if (only is null)
        {
            // Whether a set, def or shared body is used is a question about the whole pack.
            ReportUnused(shapes, instantiated, defs, phraseSets, generators, diagnostics);
        }
        else
        {
            diagnostics.RemoveAll(d => !ReferenceEquals(d.Source, only.Text));
        }
        var span = trees.Count == 1 ? trees[0].Root.Span : default;
        var pack = new BoundPack(span, phraseSets.Bound, generators.ToImmutable());
        return new BindingResult(pack, Sort(diagnostics, trees));
    }

    // Parameterised generators by name (a shared body is not a generator; its name is taken like a generator's).
    private static Dictionary<string, (GeneratorDeclarationSyntax Syntax, SourceText Source)> CollectParameterisedGenerators(IReadOnlyList<SyntaxTree> trees, List<Diagnostic> diagnostics)
    {
        var shapes = new Dictionary<string, (GeneratorDeclarationSyntax, SourceText)>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var shape in tree.Root.Generators.Where(g => g.IsParameterised && !g.Name.IsMissing))
            {
                if (!shapes.TryAdd(shape.Name.Text, (shape, tree.Text)))
                {
                    diagnostics.Add(BindingDiagnostics.DuplicateDefinition(shape.Name.Span, "parameterised generator", shape.Name.Text, "defined in the pack") with { Source = tree.Text });
                }
            }
        }
        return shapes;
    }

    private static void ReportUnused(
        Dictionary<string, (GeneratorDeclarationSyntax Syntax, SourceText Source)> shapes, HashSet<string> instantiated, DefTable defs,
        PhraseSetTable phraseSets, ImmutableArray<BoundGenerator>.Builder generators, List<Diagnostic> diagnostics)
    {
        foreach (var (name, shape) in shapes.Where(s => !instantiated.Contains(s.Key)))
        {
            diagnostics.Add(BindingDiagnostics.UnusedDefinition(shape.Syntax.Name.Span, "parameterised generator", name) with { Source = shape.Source });
        }
        foreach (var def in defs.All.Where(d => !defs.IsUsed(d)))
        {
            diagnostics.Add(BindingDiagnostics.UnusedDefinition(def.Syntax.Name.Span, "def", def.Name) with { Source = def.Source });
            diagnostics.AddRange(GeneratorBinder.CheckUnusedDef(def, phraseSets, defs));
        }
        phraseSets.ReportUnused(generators, diagnostics);
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

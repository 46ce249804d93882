using System.Collections.Immutable;
using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Linting;

/// <summary>
/// The template lint behind <c>provision templates &lt;pack&gt; [generator] --lint</c>: expands every question, answer
/// and description template of a generator with sample slot values of the right kind, runs the generator over sample
/// graphs, and reports PV5xxx findings (docs/language.md#template-lint-pv5xxx).
/// <code>
/// var findings = TemplateLinter.Lint(pack);               // every enabled generator
/// if (findings.Any(f => f.IsError)) ...
/// </code>
/// </summary>
/// <remarks>
/// Slot kinds come from the bound generator (its .pvg sources, re-read from the pack's manifest), and findings then
/// point into those sources. A .pvpack carries no sources: its findings name the archive, every slot is filled
/// with a neutral word, and the rules that need slot kinds only run over the real items.
/// </remarks>
public static class TemplateLinter
{
    /// <summary>Lints the pack's enabled generators, or only <paramref name="generator"/> (a name or alias) when given.</summary>
    /// <exception cref="ArgumentException">The pack has no enabled generator called <paramref name="generator"/>.</exception>
    public static ImmutableArray<LintFinding> Lint(GeneratorPack pack, string? generator = null, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        options ??= new LintOptions();
        IEnumerable<CompiledGenerator> targets = pack.Generators;
        if (generator is not null)
        {
            targets = [pack.Find(generator) ?? throw new ArgumentException($"pack '{pack.Name}' has no generator '{generator}'", nameof(generator))];
        }
        var bound = Bind(pack);
        var graphs = options.Graphs ?? LintGraphs.All;
        var findings = ImmutableArray.CreateBuilder<LintFinding>();
        foreach (var target in targets)
        {
            var boundGenerator = bound?.Generators.FirstOrDefault(g => g.Name == target.Name);
            findings.AddRange(LintGenerator(target, boundGenerator, pack.Manifest.Source.Path, pack.Vocabulary, pack.Options, graphs));
        }
        return findings.ToImmutable();
    }

    /// <summary>
    /// Lints one bound generator run by the reference interpreter, with no compiled pack: the language server's lint
    /// as you type. <paramref name="pack"/> supplies the phrase sets; findings point into the generator's source.
    /// </summary>
    public static ImmutableArray<LintFinding> LintBound(BoundGenerator generator, BoundPack pack, Vocabulary vocabulary, GenerationOptions options, LintOptions? lintOptions = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var interpreted = new Interpreter.InterpretedGenerator(generator, pack);
        return [.. LintGenerator(interpreted, generator, generator.Source.Path, vocabulary, options, lintOptions?.Graphs ?? LintGraphs.All)];
    }

    private static IReadOnlyList<LintFinding> LintGenerator(CompiledGenerator generator, BoundGenerator? bound, string packPath, Vocabulary vocabulary, GenerationOptions options, IReadOnlyList<SceneGraph> graphs)
    {
        var at = new LintLocations(generator, bound, packPath);
        var kinds = bound is null ? new SlotKinds() : SlotKindInference.Infer(bound);
        ExpansionChecks.Run(at, kinds);
        ItemChecks.Run(at, vocabulary, options, graphs);
        // Source order, so the output reads down the file; OrderBy is stable, keeping the first example first.
        return [.. at.Findings.OrderBy(f => f.Diagnostic.Span.Start).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }

    /// <summary>The bound generators of a pack loaded from .pvg sources; null for a .pvpack or sources that no longer bind.</summary>
    private static BoundPack? Bind(GeneratorPack pack)
    {
        if (pack.Manifest.ResolvedSources.IsDefaultOrEmpty)
        {
            return null;
        }
        var sources = PackSources.Load(pack.Manifest);
        if (sources.HasErrors || sources.Trees.IsEmpty)
        {
            return null;
        }
        var binding = Binder.Bind(sources.Trees);
        return binding.HasErrors ? null : binding.Pack;
    }
}

/// <summary>Options of <see cref="TemplateLinter.Lint"/>.</summary>
public sealed record LintOptions
{
    /// <summary>The graphs the generators run on for the item checks; null for <see cref="LintGraphs.All"/>.</summary>
    public IReadOnlyList<SceneGraph>? Graphs { get; init; }
}

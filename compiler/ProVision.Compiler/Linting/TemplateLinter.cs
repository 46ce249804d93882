using System.Collections.Immutable;
using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;

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
            findings.AddRange(LintGenerator(pack, target, boundGenerator, graphs));
        }
        return findings.ToImmutable();
    }

    private static IReadOnlyList<LintFinding> LintGenerator(GeneratorPack pack, CompiledGenerator generator, BoundGenerator? bound, IReadOnlyList<SceneGraph> graphs)
    {
        var at = new LintLocations(generator, bound, pack.Manifest.Source.Path);
        var kinds = bound is null ? new SlotKinds() : SlotKindInference.Infer(bound);
        ExpansionChecks.Run(at, kinds);
        ItemChecks.Run(at, pack.Vocabulary, pack.Options, graphs);
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

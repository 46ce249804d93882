using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Packs;

// Which generators a pack runs, and whether the pack declares the data they need.
public static partial class PackLoader
{
    internal static ImmutableArray<CompiledGenerator> SelectGenerators(PackManifest manifest, ImmutableArray<CompiledGenerator> all, List<PackDiagnostic> diagnostics)
    {
        var byName = new Dictionary<string, CompiledGenerator>(StringComparer.Ordinal);
        foreach (var generator in all)
        {
            foreach (var name in generator.Aliases.Prepend(generator.Name))
            {
                if (!byName.TryAdd(name, generator) && !ReferenceEquals(byName[name], generator))
                {
                    diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.DuplicateGeneratorNameInPack(manifest.Name.Span, name), manifest.Source));
                }
            }
        }
        var selection = manifest.Generators;
        var enabled = selection.Enable.IsEmpty ? [.. all] : Lookup(selection.Enable, byName, manifest, diagnostics);
        var disabled = Lookup(selection.Disable, byName, manifest, diagnostics);
        var result = all.Where(g => enabled.Contains(g) && !disabled.Contains(g)).ToImmutableArray();

        foreach (var generator in result)
        {
            var missing = generator.Needs & ~manifest.Data;
            if (missing != DataNeeds.None)
            {
                diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.GeneratorNeedsUndeclaredData(manifest.DataSpan, generator.Name, KindList(missing)), manifest.Source));
            }
        }
        if (result.IsEmpty)
        {
            diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.NoGeneratorsEnabled(manifest.Name.Span, manifest.Name.Value), manifest.Source));
        }
        return result;
    }

    private static HashSet<CompiledGenerator> Lookup(ImmutableArray<ManifestString> names, Dictionary<string, CompiledGenerator> byName, PackManifest manifest, List<PackDiagnostic> diagnostics)
    {
        var result = new HashSet<CompiledGenerator>(ReferenceEqualityComparer.Instance);
        foreach (var name in names)
        {
            if (byName.TryGetValue(name.Value, out var generator))
            {
                result.Add(generator);
            }
            else
            {
                var suggestion = Suggestions.Closest(name.Value, byName.Keys.Order(StringComparer.Ordinal));
                diagnostics.Add(new PackDiagnostic(PackLoadingDiagnostics.UnknownGeneratorName(name.Span, name.Value, suggestion), manifest.Source));
            }
        }
        return result;
    }

    // "depth", "depth and masks", "attributes, depth and masks", in data order.
    private static string KindList(DataNeeds needs)
    {
        var names = PackManifestReader.DataKinds.Where(k => (needs & k.Need) != 0).Select(k => k.Name).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}

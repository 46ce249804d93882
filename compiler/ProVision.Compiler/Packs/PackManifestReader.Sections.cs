using System.Collections.Immutable;
using System.Globalization;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Packs;

// The sections of pack.yaml: sources, files, data, defaults, generators, snapshots.
public static partial class PackManifestReader
{
    private static readonly string[] s_defaultKeys =
        ["seed", "mc_ratio", "choices", "per_image", "number_mode", "depth_threshold", "images_per_item", "items_per_graph_budget", "time_budget_ms"];

    private sealed partial class Reader
    {
        private const int MaxImagesPerItem = 16;

        private ImmutableArray<string> ResolveSources(ImmutableArray<ManifestString> patterns, bool absent)
        {
            if (absent)
            {
                patterns = [new ManifestString(PackManifest.DefaultSourcePattern, default)];
            }
            return ResolveAll(patterns, "source file");
        }

        // Literal paths must exist; globs must match something. Full paths, first occurrence kept.
        private ImmutableArray<string> ResolveAll(ImmutableArray<ManifestString> patterns, string what)
        {
            var files = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pattern in patterns)
            {
                if (!PackPaths.StaysInside(pattern.Value))
                {
                    Diagnostics.Add(PackLoadingDiagnostics.PathOutsidePack(pattern.Span, pattern.Value));
                    continue;
                }
                if (!resolveFiles)
                {
                    continue;
                }
                if (!PackPaths.IsGlob(pattern.Value))
                {
                    if (ResolveFile(pattern, what) is { } file && seen.Add(file))
                    {
                        files.Add(file);
                    }
                    continue;
                }
                var matches = PackPaths.Match(folder, pattern.Value);
                if (matches.Count == 0)
                {
                    Diagnostics.Add(PackLoadingDiagnostics.SourceGlobMatchedNothing(pattern.Span, pattern.Value, folder));
                }
                files.AddRange(matches.Where(seen.Add));
            }
            return [.. files];
        }

        private string? ResolveFile(ManifestString path, string what)
        {
            if (!PackPaths.StaysInside(path.Value))
            {
                Diagnostics.Add(PackLoadingDiagnostics.PathOutsidePack(path.Span, path.Value));
                return null;
            }
            if (!resolveFiles)
            {
                return null;
            }
            var full = PackPaths.Combine(folder, path.Value);
            if (!File.Exists(full))
            {
                Diagnostics.Add(PackLoadingDiagnostics.PackFileNotFound(path.Span, what, path.Value, folder));
                return null;
            }
            return full;
        }

        private (DataNeeds Data, TextSpan Span) ReadData(YamlValue node)
        {
            var data = DataNeeds.None;
            foreach (var kind in TextList("data", node))
            {
                // A loop, not LINQ over the tuples: generic code the runtime would compile at every start.
                var index = -1;
                for (var k = 0; k < DataKinds.Length && index < 0; k++)
                {
                    if (DataKinds[k].Name == kind.Value) index = k;
                }
                if (index < 0)
                {
                    Diagnostics.Add(PackLoadingDiagnostics.UnknownDataKind(kind.Span, kind.Value, Suggestions.Closest(kind.Value, DataKinds.Select(k => k.Name))));
                    continue;
                }
                data |= DataKinds[index].Need;
            }
            return (data, node.Span);
        }

        private PackDefaults ReadDefaults(YamlValue node)
        {
            var entries = Section(node, "defaults", s_defaultKeys);
            if (entries is null)
            {
                return new PackDefaults();
            }
            YamlValue? Get(string key) => entries.TryGetValue(key, out var value) ? value : null;
            return new PackDefaults
            {
                Seed = Get("seed") is { } seed ? Seed(seed) : null,
                McRatio = Get("mc_ratio") is { } mc ? Real("mc_ratio", mc, 0, 1, "a number in [0, 1]") : null,
                Choices = Get("choices") is { } choices ? Whole("choices", choices, 2, ChoiceFormatter.MaxChoices, $"a whole number from 2 to {ChoiceFormatter.MaxChoices}") : null,
                PerImage = Get("per_image") is { } perImage ? Whole("per_image", perImage, 1, int.MaxValue, "a whole number of at least 1") : null,
                NumberMode = Get("number_mode") is { } mode ? NumberModeOf(mode) : null,
                DepthThreshold = Get("depth_threshold") is { } depth ? Real("depth_threshold", depth, 0, 255, "a number in [0, 255]") : null,
                ImagesPerItem = Get("images_per_item") is { } images ? Whole("images_per_item", images, 1, MaxImagesPerItem, $"a whole number from 1 to {MaxImagesPerItem}") : null,
                ItemsPerGraphBudget = Get("items_per_graph_budget") is { } items ? Whole("items_per_graph_budget", items, 1, int.MaxValue, "a whole number of at least 1") : null,
                TimeBudget = Get("time_budget_ms") is { } time ? TimeBudget(time) : null,
            };
        }

        private PackGeneratorSelection ReadGenerators(YamlValue node)
        {
            var entries = Section(node, "generators", s_generatorKeys);
            return entries is null
                ? new PackGeneratorSelection()
                : new PackGeneratorSelection
                {
                    Enable = entries.TryGetValue("enable", out var enable) && !enable.IsNull ? TextList("enable", enable) : [],
                    Disable = entries.TryGetValue("disable", out var disable) && !disable.IsNull ? TextList("disable", disable) : [],
                };
        }

        private PackSnapshots ReadSnapshots(YamlValue node)
        {
            var entries = Section(node, "snapshots", s_snapshotKeys);
            if (entries is null)
            {
                return new PackSnapshots();
            }
            var fixtures = entries.TryGetValue("fixtures", out var fixturesNode) && !fixturesNode.IsNull ? TextList("fixtures", fixturesNode) : [];
            ManifestString? snapshotFolder = entries.TryGetValue("folder", out var folderNode) ? Text("folder", folderNode) : null;
            if (snapshotFolder is { } f && !PackPaths.StaysInside(f.Value))
            {
                Diagnostics.Add(PackLoadingDiagnostics.PathOutsidePack(f.Span, f.Value));
            }
            return new PackSnapshots
            {
                Fixtures = fixtures,
                ResolvedFixtures = ResolveAll(fixtures, "snapshot fixture"),
                Folder = snapshotFolder,
            };
        }

        private ulong? Seed(YamlValue node)
        {
            if (Scalar("seed", node, "a whole number from 0 to 2^64-1") is not { } text)
            {
                return null;
            }
            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            {
                return seed;
            }
            Diagnostics.Add(long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? PackLoadingDiagnostics.DefaultOutOfRange(node.Span, "seed", text, "a whole number from 0 to 2^64-1")
                : PackLoadingDiagnostics.ManifestWrongType(node.Span, "seed", "a whole number from 0 to 2^64-1", node.Describe()));
            return null;
        }

        private int? Whole(string key, YamlValue node, int min, int max, string range)
        {
            if (Scalar(key, node, range) is not { } text)
            {
                return null;
            }
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestWrongType(node.Span, key, range, node.Describe()));
                return null;
            }
            if (value < min || value > max)
            {
                Diagnostics.Add(PackLoadingDiagnostics.DefaultOutOfRange(node.Span, key, text, range));
                return null;
            }
            return (int)value;
        }

        private double? Real(string key, YamlValue node, double min, double max, string range)
        {
            if (Scalar(key, node, range) is not { } text)
            {
                return null;
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestWrongType(node.Span, key, range, node.Describe()));
                return null;
            }
            if (value < min || value > max)
            {
                Diagnostics.Add(PackLoadingDiagnostics.DefaultOutOfRange(node.Span, key, text, range));
                return null;
            }
            return value;
        }

        private NumberMode? NumberModeOf(YamlValue node)
        {
            if (Scalar("number_mode", node, "numeric, word or random") is not { } text)
            {
                return null;
            }
            switch (text)
            {
                case "numeric":
                    return NumberMode.Numeric;
                case "word":
                    return NumberMode.Word;
                case "random":
                    return NumberMode.Random;
                default:
                    Diagnostics.Add(PackLoadingDiagnostics.ManifestInvalidChoice(node.Span, "number_mode", text, "numeric, word or random"));
                    return null;
            }
        }

        private TimeSpan? TimeBudget(YamlValue node)
        {
            if (node.Kind == YamlKind.Scalar && node.Text == "none")
            {
                return Timeout.InfiniteTimeSpan;
            }
            var milliseconds = Whole("time_budget_ms", node, 1, int.MaxValue, "a whole number of milliseconds of at least 1, or none");
            return milliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : null;
        }

        // The text of a scalar value, or null after reporting a list, mapping or nothing.
        private string? Scalar(string key, YamlValue node, string expected)
        {
            if (node.Kind == YamlKind.Scalar && !node.IsNull)
            {
                return node.Text.Trim();
            }
            Diagnostics.Add(PackLoadingDiagnostics.ManifestWrongType(node.Span, key, expected, node.Describe()));
            return null;
        }
    }
}

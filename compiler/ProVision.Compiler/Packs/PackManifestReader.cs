using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Packs;

/// <summary>
/// Reads pack.yaml into a <see cref="PackManifest"/>, reporting every problem at once (PV3001-PV3013) with the
/// line and column YamlDotNet gives: unknown keys (with a suggestion), wrong kinds of value, a missing or bad
/// name, files and globs that find nothing, unknown data kinds, defaults out of range.
/// </summary>
public static partial class PackManifestReader
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "pack.yaml";

    /// <summary>The data kinds, in <c>data</c> order.</summary>
    public static readonly ImmutableArray<(string Name, DataNeeds Need)> DataKinds =
    [
        ("labels", DataNeeds.Labels), ("boxes", DataNeeds.Boxes), ("attributes", DataNeeds.Attributes),
        ("relations", DataNeeds.Relations), ("depth", DataNeeds.Depth), ("masks", DataNeeds.Masks),
    ];

    private static readonly string[] s_topKeys = ["name", "version", "description", "sources", "vocabulary", "data", "defaults", "generators", "snapshots"];
    private static readonly string[] s_generatorKeys = ["enable", "disable"];
    private static readonly string[] s_snapshotKeys = ["fixtures", "folder"];

    /// <summary>
    /// Reads the manifest at <paramref name="path"/> and resolves the files it names; messages name it
    /// <paramref name="shownPath"/> when given (see <see cref="PackLoadOptions.ManifestShownPath"/>). When the file's
    /// text is <paramref name="carried"/>'s, its YAML tree is taken from there instead of parsed.
    /// </summary>
    public static PackManifestResult Read(string path, string? shownPath = null, CarriedManifest? carried = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var source = new SourceText("", path);
            var diagnostic = e is FileNotFoundException or DirectoryNotFoundException
                ? PackLoadingDiagnostics.PackPathNotFound(default, path)
                : PackLoadingDiagnostics.PackFileReadError(default, path, e.Message);
            return new PackManifestResult(source, null, [diagnostic]);
        }
        return Parse(text, shownPath ?? path, resolveFiles: true, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", carried?.TreeFor(text));
    }

    /// <summary>
    /// Parses manifest text. <paramref name="path"/> names it in messages and locates the pack folder; with
    /// <paramref name="resolveFiles"/> false (a manifest inside a .pvpack) the files it names are not looked for.
    /// </summary>
    public static PackManifestResult Parse(string yaml, string path, bool resolveFiles = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(yaml, path, resolveFiles, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    private static PackManifestResult Parse(string yaml, string path, bool resolveFiles, string folder, YamlValue? carriedTree = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var source = new SourceText(yaml, path);
        var reader = new Reader(source, folder, resolveFiles, carriedTree);
        var manifest = reader.Read();
        return new PackManifestResult(source, manifest, reader.Diagnostics.ToImmutableSorted());
    }

    /// <summary>
    /// A pack name: an ASCII letter, then ASCII letters, digits, '.', '_' or '-'. A loop rather than a regular expression,
    /// which would load and start the regex engine on every warm start (docs/performance.md#start-up), or SearchValues,
    /// whose set-up the runtime compiles fully optimised at every start (docs/performance.md#session-7-start-up).
    /// </summary>
    internal static bool IsValidName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    // One parse: the source, the bag and the folder the manifest's paths are relative to.
    private sealed partial class Reader(SourceText source, string folder, bool resolveFiles, YamlValue? carriedTree)
    {
        public DiagnosticBag Diagnostics { get; } = new();

        public PackManifest? Read()
        {
            var (root, error, errorSpan) = carriedTree is not null ? (carriedTree, null, default) : ManifestYaml.Parse(source);
            if (error is not null)
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestInvalidYaml(errorSpan, error));
                return null;
            }
            if (root is null || root.IsNull)
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestMissingKey(default, "name", "name: my-pack"));
                return null;
            }
            if (root.Kind != YamlKind.Mapping)
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestNotAMapping(root.Span, "pack.yaml", root.Describe()));
                return null;
            }
            var entries = Entries(root, "pack.yaml", s_topKeys);
            ManifestString? name = entries.TryGetValue("name", out var nameNode) ? Text("name", nameNode) : null;
            if (name is null && nameNode is null)
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestMissingKey(new TextSpan(root.Span.Start, 0), "name", "name: my-pack"));
            }
            else if (name is { } n && !IsValidName(n.Value))
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestInvalidName(n.Span, n.Value));
            }

            var sources = entries.TryGetValue("sources", out var sourcesNode) ? TextList("sources", sourcesNode) : [];
            var resolvedSources = ResolveSources(sources, sourcesNode is null);
            var vocabulary = entries.TryGetValue("vocabulary", out var vocabularyNode) ? Text("vocabulary", vocabularyNode) : null;
            var resolvedVocabulary = vocabulary is { } v ? ResolveFile(v, "vocabulary file") : null;
            var (data, dataSpan) = entries.TryGetValue("data", out var dataNode) ? ReadData(dataNode) : (PackManifest.DefaultData, new TextSpan(root.Span.Start, 0));
            var defaults = entries.TryGetValue("defaults", out var defaultsNode) ? ReadDefaults(defaultsNode) : new PackDefaults();
            var generators = entries.TryGetValue("generators", out var generatorsNode) ? ReadGenerators(generatorsNode) : new PackGeneratorSelection();
            var snapshots = entries.TryGetValue("snapshots", out var snapshotsNode) ? ReadSnapshots(snapshotsNode) : new PackSnapshots();

            if (Diagnostics.HasErrors || name is null)
            {
                return null;
            }
            return new PackManifest
            {
                Source = source,
                Folder = folder,
                Name = name.Value,
                Version = entries.TryGetValue("version", out var versionNode) ? Text("version", versionNode)?.Value ?? "0.0.0" : "0.0.0",
                Description = entries.TryGetValue("description", out var descriptionNode) ? Text("description", descriptionNode, allowNull: true)?.Value : null,
                Sources = sources,
                ResolvedSources = resolvedSources,
                Vocabulary = vocabulary,
                ResolvedVocabulary = resolvedVocabulary,
                Data = data,
                DataSpan = dataSpan,
                Defaults = defaults,
                Generators = generators,
                Snapshots = snapshots,
            };
        }

        // The mapping's entries by key; unknown and repeated keys are reported and left out.
        private Dictionary<string, YamlValue> Entries(YamlValue mapping, string section, string[] known)
        {
            var result = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Entries)
            {
                if (key.Kind != YamlKind.Scalar || key.IsNull)
                {
                    Diagnostics.Add(PackLoadingDiagnostics.ManifestWrongType(key.Span, "key", "a plain name", key.Describe()));
                    continue;
                }
                if (!known.Contains(key.Text, StringComparer.Ordinal))
                {
                    Diagnostics.Add(PackLoadingDiagnostics.ManifestUnknownKey(key.Span, key.Text, section, Suggestions.Closest(key.Text, known), string.Join(", ", known)));
                    continue;
                }
                if (!result.TryAdd(key.Text, value))
                {
                    Diagnostics.Add(PackLoadingDiagnostics.ManifestDuplicateKey(key.Span, key.Text));
                }
            }
            return result;
        }

        private Dictionary<string, YamlValue>? Section(YamlValue node, string key, string[] known)
        {
            if (node.IsNull)
            {
                return [];
            }
            if (node.Kind != YamlKind.Mapping)
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestNotAMapping(node.Span, $"'{key}'", node.Describe()));
                return null;
            }
            return Entries(node, $"'{key}'", known);
        }

        private ManifestString? Text(string key, YamlValue node, bool allowNull = false)
        {
            if (node.Kind == YamlKind.Scalar && !node.IsNull)
            {
                return new ManifestString(node.Text, node.Span);
            }
            if (!(allowNull && node.IsNull))
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestWrongType(node.Span, key, "text", node.Describe()));
            }
            return null;
        }

        // A list of text; a single text counts as a list of one.
        private ImmutableArray<ManifestString> TextList(string key, YamlValue node)
        {
            if (node.Kind == YamlKind.Scalar && !node.IsNull)
            {
                return [new ManifestString(node.Text, node.Span)];
            }
            if (node.Kind != YamlKind.Sequence)
            {
                Diagnostics.Add(PackLoadingDiagnostics.ManifestWrongType(node.Span, key, "a list of text", node.Describe()));
                return [];
            }
            var result = ImmutableArray.CreateBuilder<ManifestString>(node.Items.Count);
            for (var i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                if (item.Kind == YamlKind.Scalar && !item.IsNull)
                {
                    result.Add(new ManifestString(item.Text, item.Span));
                }
                else
                {
                    Diagnostics.Add(PackLoadingDiagnostics.ManifestWrongType(item.Span, $"{key}[{i}]", "text", item.Describe()));
                }
            }
            return result.ToImmutable();
        }
    }
}

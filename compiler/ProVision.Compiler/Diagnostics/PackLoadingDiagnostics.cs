using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV3001-PV3024: packs. Spans point into pack.yaml, or at offset 0 of a file that is not text (a .pvpack).
/// <summary>PV3xxx: the diagnostics of pack manifests, loading and .pvpack archives; every code is listed by <see cref="DiagnosticCatalog"/>.</summary>
public static class PackLoadingDiagnostics
{
    /// <summary>PV3001: pack.yaml is not valid YAML (the position comes from YamlDotNet).</summary>
    public static Diagnostic ManifestInvalidYaml(TextSpan span, string detail) =>
        Error("PV3001", span, $"pack.yaml is not valid YAML: {Clause(detail)}");

    /// <summary>PV3002: the manifest (or a section of it) is not a mapping of keys to values.</summary>
    public static Diagnostic ManifestNotAMapping(TextSpan span, string section, string found) =>
        Error("PV3002", span, $"{section} must be a mapping of 'key: value' lines, found {found}");

    /// <summary>PV3003: a key the manifest does not define, with "did you mean" when one is close (case, <c>-</c> and <c>_</c> ignored).</summary>
    public static Diagnostic ManifestUnknownKey(TextSpan span, string key, string section, string suggestion, string known) =>
        Error("PV3003", span, suggestion.Length > 0
            ? $"unknown key '{key}' in {section}; did you mean '{suggestion}'?"
            : $"unknown key '{key}' in {section}; the keys are {known}");

    /// <summary>PV3004: a value of the wrong kind (<c>'sources' must be a list of text, found a mapping</c>).</summary>
    public static Diagnostic ManifestWrongType(TextSpan span, string key, string expected, string found) =>
        Error("PV3004", span, $"'{key}' must be {expected}, found {found}");

    /// <summary>PV3005: a required key is absent.</summary>
    public static Diagnostic ManifestMissingKey(TextSpan span, string key, string example) =>
        Error("PV3005", span, $"missing '{key}'; add a line such as '{example}' at the top level of pack.yaml");

    /// <summary>PV3006: the same key twice in one mapping.</summary>
    public static Diagnostic ManifestDuplicateKey(TextSpan span, string key) =>
        Error("PV3006", span, $"'{key}' is given twice; keep one");

    /// <summary>PV3007: a pack name that cannot name a pack (it becomes part of file and assembly names).</summary>
    public static Diagnostic ManifestInvalidName(TextSpan span, string name) =>
        Error("PV3007", span, $"pack name '{name}' must start with a letter and contain only letters, digits, '.', '-' and '_'");

    /// <summary>PV3008: a source, vocabulary or fixture file the manifest names does not exist.</summary>
    public static Diagnostic PackFileNotFound(TextSpan span, string what, string path, string folder) =>
        Error("PV3008", span, $"{what} '{path}' not found in '{folder}'; paths are relative to the folder holding pack.yaml");

    /// <summary>PV3009: a source glob that matches no file.</summary>
    public static Diagnostic SourceGlobMatchedNothing(TextSpan span, string pattern, string folder) =>
        Error("PV3009", span, $"'{pattern}' matches no file in '{folder}'; fix the pattern or remove it");

    /// <summary>PV3010: a data kind other than labels, boxes, attributes, relations, depth, masks.</summary>
    public static Diagnostic UnknownDataKind(TextSpan span, string kind, string suggestion) =>
        Error("PV3010", span, $"unknown data kind '{kind}'{DidYouMean(suggestion)}; the kinds are labels, boxes, attributes, relations, depth and masks");

    /// <summary>PV3011: a default outside its range (<c>'mc_ratio' must be a number in [0, 1], found 1.5</c>).</summary>
    public static Diagnostic DefaultOutOfRange(TextSpan span, string key, string value, string range) =>
        Error("PV3011", span, $"'{key}' must be {range}, found {value}");

    /// <summary>PV3012: a default that must be one of a few words (<c>number_mode</c>: numeric, word or random).</summary>
    public static Diagnostic ManifestInvalidChoice(TextSpan span, string key, string value, string choices) =>
        Error("PV3012", span, $"'{key}' must be one of {choices}, found '{value}'");

    /// <summary>PV3013: an absolute path, or one that climbs out of the pack folder with '..'.</summary>
    public static Diagnostic PathOutsidePack(TextSpan span, string path) =>
        Error("PV3013", span, $"'{path}' points outside the pack; use a path relative to pack.yaml that stays inside its folder");

    /// <summary>PV3014: the vocabulary file does not parse.</summary>
    public static Diagnostic InvalidVocabulary(TextSpan span, string detail) =>
        Error("PV3014", span, $"the vocabulary file is invalid: {Clause(detail)}");

    /// <summary>PV3015: <c>generators: enable/disable</c> names a generator the pack does not define.</summary>
    public static Diagnostic UnknownGeneratorName(TextSpan span, string name, string suggestion) =>
        Error("PV3015", span, $"the pack has no generator named '{name}'{DidYouMean(suggestion)}");

    /// <summary>PV3016: a generator needs data its pack does not declare.</summary>
    public static Diagnostic GeneratorNeedsUndeclaredData(TextSpan span, string generator, string kinds) =>
        Error("PV3016", span, $"generator '{generator}' needs {kinds}, which the pack does not declare; add {kinds} to 'data' in pack.yaml");

    /// <summary>PV3017: the path given to the loader does not exist.</summary>
    public static Diagnostic PackPathNotFound(TextSpan span, string path) =>
        Error("PV3017", span, $"'{path}' not found; give a pack.yaml, a folder holding one, or a .pvpack file");

    /// <summary>PV3018: a file that is not a .pvpack (wrong header).</summary>
    public static Diagnostic NotAPackArchive(TextSpan span, string path) =>
        Error("PV3018", span, $"'{path}' is not a .pvpack file (it does not start with the .pvpack header); build one with 'provision pack'");

    /// <summary>PV3019: a .pvpack written in a newer format.</summary>
    public static Diagnostic PackArchiveVersionUnsupported(TextSpan span, string path, int version, int supported) =>
        Error("PV3019", span, $"'{path}' uses .pvpack format {version}, but this build reads format {supported} and older; update provision or rebuild the pack");

    /// <summary>PV3020: a truncated or damaged .pvpack.</summary>
    public static Diagnostic PackArchiveCorrupt(TextSpan span, string path, string detail) =>
        Error("PV3020", span, $"'{path}' is corrupt ({detail}); rebuild it or copy it again");

    /// <summary>PV3021 (warning): the compiled image in a .pvpack is not what its source compiles to; it is ignored and the source compiled.</summary>
    public static Diagnostic PackArchiveImageMismatch(TextSpan span, string path) =>
        Warning("PV3021", span, $"the compiled code in '{path}' is not what its C# source compiles to; it was ignored and the source was compiled and checked again");

    /// <summary>PV3022 (warning): every generator is disabled, or the pack defines none.</summary>
    public static Diagnostic NoGeneratorsEnabled(TextSpan span, string pack) =>
        Warning("PV3022", span, $"pack '{pack}' has no enabled generator; check 'generators: enable/disable' and 'sources'");

    /// <summary>PV3023: a file exists but cannot be read.</summary>
    public static Diagnostic PackFileReadError(TextSpan span, string path, string detail) =>
        Error("PV3023", span, $"cannot read '{path}': {Clause(detail)}");

    /// <summary>PV3024: two generators of one pack share a name or alias.</summary>
    public static Diagnostic DuplicateGeneratorNameInPack(TextSpan span, string name) =>
        Error("PV3024", span, $"two generators of this pack are called '{name}'; names and aliases must be unique within a pack");

    /// <summary>PV3025: internal: the emitter returned neither C# nor an error.</summary>
    public static Diagnostic EmitProducedNoCode(TextSpan span) =>
        Error("PV3025", span, "internal error: the emitter reported no error but produced no C#; please report it with the pack");

    private static string DidYouMean(string suggestion) => suggestion.Length > 0 ? $" (did you mean '{suggestion}'?)" : "";

    // A message from a library or exception as a clause of ours: no final period, first letter lower-case.
    private static string Clause(string detail)
    {
        var text = detail.Trim().TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}

using System.Text.RegularExpressions;
using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;

namespace ProVision.Pipeline.Models;

/// <summary>
/// The models ProVision knows by id: the embedded <c>models.yaml</c> (see <see cref="DefaultText"/>), or a
/// replacement file. Entries are checked strictly: unknown keys, bad hashes and duplicate ids are errors with line numbers.
/// </summary>
public sealed partial class ModelRegistry
{
    public const string ResourceName = "ProVision.Pipeline.Models.models.yaml";

    /// <summary>The tasks a model may serve.</summary>
    public static IReadOnlyList<string> Tasks { get; } = ["detection", "segmentation", "depth", "attributes", "relations"];

    private static readonly Lazy<string> s_defaultText = new(() => ReadResource(ResourceName));
    private static readonly Lazy<ModelRegistry> s_default = new(() => Parse(s_defaultText.Value, "models.yaml (built in)", AppContext.BaseDirectory));

    private ModelRegistry(IReadOnlyList<ModelEntry> models, string source)
    {
        Models = models;
        Source = source;
    }

    public IReadOnlyList<ModelEntry> Models { get; }

    /// <summary>Where the registry came from (for messages).</summary>
    public string Source { get; }

    /// <summary>The built-in registry.</summary>
    public static ModelRegistry Default => s_default.Value;

    /// <summary>The text of the built-in models.yaml, comments included.</summary>
    public static string DefaultText => s_defaultText.Value;

    /// <exception cref="ConfigException">The file is missing or invalid.</exception>
    public static ModelRegistry Load(string path)
    {
        var root = ConfigSection.Load(path);
        return Parse(root, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <exception cref="ConfigException">The text is invalid.</exception>
    public static ModelRegistry Parse(string text, string source, string folder) => Parse(ConfigSection.Parse(text, source), folder);

    private static ModelRegistry Parse(ConfigSection root, string folder)
    {
        var entries = root.Sections("models") ?? throw root.MissingKey("models");
        root.RejectUnknownKeys();
        var models = new List<ModelEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var id = e.RequiredString("id");
            if (!IdPattern().IsMatch(id)) throw e.Error("id", $"model id '{id}' must be lower-case letters, digits, '.', '_' or '-'");
            if (!ids.Add(id)) throw e.Error("id", $"model id '{id}' appears twice");
            var task = e.Choice("task", [.. Tasks]) ?? throw e.MissingKey("task");
            var file = e.RequiredString("file");
            if (file.Length == 0 || file != Path.GetFileName(file) || file.StartsWith('.'))
                throw e.Error("file", $"'{e.Name("file")}' must be a plain file name (no folders), found '{file}'");
            var sha = e.RequiredString("sha256").ToLowerInvariant();
            if (!ShaPattern().IsMatch(sha)) throw e.Error("sha256", $"'{e.Name("sha256")}' must be 64 hexadecimal digits");
            var size = e.Double("size", 1, long.MaxValue);
            var source = ParseUrl(e, "source") ?? throw e.MissingKey("source");
            var detectorSection = e.Section("detector");
            DetectorSpec? detector = null;
            if (detectorSection is not null)
            {
                if (task != "detection") throw e.Error("detector", $"'{e.Name("detector")}' only belongs to detection models (this one is {task})");
                detector = DetectorSpec.Parse(detectorSection, null, folder);
                detectorSection.RejectUnknownKeys();
            }
            else if (task == "detection")
            {
                throw e.Error($"detection model '{id}' needs a detector block (family, preprocessing, classes)");
            }

            models.Add(new ModelEntry
            {
                Id = id,
                Task = task,
                File = file,
                Size = size is { } s ? (long)s : null,
                Sha256 = sha,
                Licence = e.RequiredString("licence"),
                Source = source,
                Homepage = ParseUrl(e, "homepage"),
                Description = e.String("description") ?? "",
                Input = e.String("input") ?? "",
                Output = e.String("output") ?? "",
                Detector = detector,
                Settings = e.Section("settings"),
            });
            e.RejectUnknownKeys();
        }
        return new ModelRegistry(models, root.Source);
    }

    public ModelEntry? Find(string id) => Models.FirstOrDefault(m => m.Id == id);

    /// <exception cref="ModelException">No model has that id.</exception>
    public ModelEntry Get(string id) =>
        Find(id) ?? throw new ModelException($"unknown model '{id}'{ConfigSection.Suggest(id, Models.Select(m => m.Id))} (known: {string.Join(", ", Models.Select(m => m.Id))}; see `provision models list`)");

    public ModelEntry? FindBySha256(string sha256) => Models.FirstOrDefault(m => string.Equals(m.Sha256, sha256, StringComparison.OrdinalIgnoreCase));

    public ModelEntry? FindByFile(string fileName) => Models.FirstOrDefault(m => string.Equals(m.File, fileName, StringComparison.Ordinal));

    private static Uri? ParseUrl(ConfigSection e, string key)
    {
        var text = e.String(key);
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw e.Error(key, $"'{e.Name(key)}' must be an http(s) URL, found '{text}'");
        return uri;
    }

    internal static string ReadResource(string name)
    {
        using var stream = PipelineAssembly.Instance.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ShaPattern();
}

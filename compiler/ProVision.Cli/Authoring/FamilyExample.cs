using ProVision.Runtime.Generation;

namespace ProVision.Cli.Authoring;

/// <summary>
/// The commented example generator <c>provision new</c> writes for a family (the <c>Examples/*.pvg</c> files embedded
/// in the CLI), with the data it reads and whether its fixture needs masks and a depth map to produce items.
/// </summary>
public sealed record FamilyExample(GeneratorFamily Family, string[] Data)
{
    private const string NamePlaceholder = "__NAME__";
    private const string PackPlaceholder = "__PACK__";
    private const string FixturePlaceholder = "__FIXTURE__";

    /// <summary>Every family, in the order docs list them.</summary>
    public static readonly IReadOnlyList<FamilyExample> All =
    [
        new(GeneratorFamily.Object, ["labels"]),
        new(GeneratorFamily.Attribute, ["labels", "attributes"]),
        new(GeneratorFamily.Relation, ["labels", "relations"]),
        new(GeneratorFamily.Depth, ["labels", "boxes", "masks", "depth"]),
        new(GeneratorFamily.Segmentation, ["labels", "masks"]),
        new(GeneratorFamily.SceneGraph, ["labels", "attributes", "relations"]),
        new(GeneratorFamily.MultiImage, ["labels"]),
    ];

    /// <summary>The family's name as written in .pvg and on the command line.</summary>
    public string Name => Family.ToName();

    /// <summary>The fixture must carry per-object masks.</summary>
    public bool NeedsMasks => Data.Contains("masks");

    /// <summary>The fixture must carry a depth map per image.</summary>
    public bool NeedsDepth => Data.Contains("depth");

    /// <summary>The family called <paramref name="name"/>, or null.</summary>
    public static FamilyExample? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The valid family names, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>The example's .pvg text for generator <paramref name="generator"/>, with the commands in its header.</summary>
    public string Render(string generator, string packPath, string fixturePath)
    {
        using var stream = typeof(FamilyExample).Assembly.GetManifestResourceStream($"authoring/{Name}.pvg")
            ?? throw new InvalidOperationException($"the CLI lacks its embedded example for family '{Name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace(NamePlaceholder, generator, StringComparison.Ordinal)
            .Replace(PackPlaceholder, packPath, StringComparison.Ordinal)
            .Replace(FixturePlaceholder, fixturePath, StringComparison.Ordinal);
    }
}

namespace ProVision.Runtime.Generation;

/// <summary>A generator's family (its <c>family</c> clause), for listing and defaults.</summary>
public enum GeneratorFamily
{
    /// <summary><c>object</c></summary>
    Object,

    /// <summary><c>attribute</c></summary>
    Attribute,

    /// <summary><c>relation</c></summary>
    Relation,

    /// <summary><c>depth</c></summary>
    Depth,

    /// <summary><c>segmentation</c></summary>
    Segmentation,

    /// <summary><c>scene-graph</c></summary>
    SceneGraph,

    /// <summary><c>multi-image</c></summary>
    MultiImage,
}

/// <summary>Family names as written in <c>.pvg</c>.</summary>
public static class GeneratorFamilies
{
    /// <summary>The <c>.pvg</c> name: "object", ..., "scene-graph", "multi-image".</summary>
    public static string ToName(this GeneratorFamily family) => family switch
    {
        GeneratorFamily.Object => "object",
        GeneratorFamily.Attribute => "attribute",
        GeneratorFamily.Relation => "relation",
        GeneratorFamily.Depth => "depth",
        GeneratorFamily.Segmentation => "segmentation",
        GeneratorFamily.SceneGraph => "scene-graph",
        GeneratorFamily.MultiImage => "multi-image",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    /// <summary>The family called <paramref name="name"/>.</summary>
    public static bool TryParse(string? name, out GeneratorFamily family)
    {
        foreach (var candidate in Enum.GetValues<GeneratorFamily>())
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.Ordinal))
            {
                family = candidate;
                return true;
            }
        }
        family = default;
        return false;
    }
}

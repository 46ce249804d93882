using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Generation;

/// <summary>The data a generator reads (its <c>needs</c> clause).</summary>
[Flags]
public enum DataNeeds
{
    /// <summary>Nothing beyond the image.</summary>
    None = 0,

    /// <summary>Object labels.</summary>
    Labels = 1,

    /// <summary>Object boxes.</summary>
    Boxes = 2,

    /// <summary>Object attributes.</summary>
    Attributes = 4,

    /// <summary>Relations between objects.</summary>
    Relations = 8,

    /// <summary>A depth map.</summary>
    Depth = 16,

    /// <summary>Object masks.</summary>
    Masks = 32,
}

/// <summary>Checks of <see cref="DataNeeds"/> against a graph.</summary>
public static class DataNeedsExtensions
{
    /// <summary>
    /// The needs <paramref name="graph"/> cannot meet: attributes when no object has one, relations when there are
    /// none, depth or masks when absent. Labels and boxes are always present in a loaded graph.
    /// </summary>
    public static DataNeeds MissingFrom(this DataNeeds needs, SceneGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var missing = DataNeeds.None;
        if ((needs & DataNeeds.Attributes) != 0 && !HasAttributes(graph))
        {
            missing |= DataNeeds.Attributes;
        }
        if ((needs & DataNeeds.Relations) != 0 && !graph.HasRelations)
        {
            missing |= DataNeeds.Relations;
        }
        if ((needs & DataNeeds.Depth) != 0 && !graph.HasDepth)
        {
            missing |= DataNeeds.Depth;
        }
        if ((needs & DataNeeds.Masks) != 0 && !graph.HasMasks)
        {
            missing |= DataNeeds.Masks;
        }
        return missing;
    }

    // A loop rather than SceneGraph.HasAttributes, whose LINQ allocates per call on the hot path.
    private static bool HasAttributes(SceneGraph graph)
    {
        foreach (var obj in graph.Objects)
        {
            if (obj.Attributes.Length > 0)
            {
                return true;
            }
        }
        return false;
    }
}

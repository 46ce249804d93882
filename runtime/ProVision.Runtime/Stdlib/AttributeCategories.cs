using System.Collections.Immutable;

namespace ProVision.Runtime.Stdlib;

/// <summary>The standard attribute categories. A vocabulary may add its own; unknown attributes are <see cref="Other"/>.</summary>
public static class AttributeCategories
{
    public const string Color = "color";
    public const string Size = "size";
    public const string Material = "material";
    public const string Texture = "texture";
    public const string Shape = "shape";
    public const string State = "state";
    public const string Activity = "activity";
    public const string Mood = "mood";
    public const string Orientation = "orientation";
    public const string Gender = "gender";

    /// <summary>The catch-all category; typed-attribute generators skip it.</summary>
    public const string Other = "other";

    /// <summary>The standard categories, <see cref="Other"/> last.</summary>
    public static ImmutableArray<string> Standard { get; } =
        [Color, Size, Material, Texture, Shape, State, Activity, Mood, Orientation, Gender, Other];
}

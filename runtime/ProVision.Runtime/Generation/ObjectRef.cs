namespace ProVision.Runtime.Generation;

/// <summary>
/// An object of a multi-image draw: the image's position in the draw and the object's index in that image's graph.
/// Single-image generators use the plain object index instead.
/// </summary>
/// <param name="Image">The position of the image in the draw (0 for "Image 0").</param>
/// <param name="Index">The object's index in that image's graph.</param>
public readonly record struct ObjectRef(int Image, int Index);

/// <summary>A relation of a multi-image draw: the image's position in the draw and the relation's index in its graph.</summary>
/// <param name="Image">The position of the image in the draw.</param>
/// <param name="Index">The relation's index in that image's graph.</param>
public readonly record struct RelationRef(int Image, int Index);

namespace ProVision.Pipeline.Attributes;

/// <summary>One attribute the pipeline assigns to an object, with how sure it is.</summary>
/// <param name="Name">The attribute word as it goes into the scene graph ("red", "dark", "large").</param>
/// <param name="Category">Its category (<see cref="Runtime.Stdlib.AttributeCategories"/>: "color", "size", ...).</param>
/// <param name="Confidence">0..1; see each source for what it measures.</param>
/// <param name="Source">What produced it ("color", "relative-size", "classifier").</param>
public sealed record AttributeGuess(string Name, string Category, double Confidence, string Source);

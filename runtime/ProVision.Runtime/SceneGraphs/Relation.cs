namespace ProVision.Runtime.SceneGraphs;

/// <summary>A directed edge <c>subject --predicate--> object</c> between two object indices of one graph.</summary>
public readonly record struct Relation(int Subject, string Predicate, int Object);

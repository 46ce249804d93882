using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.SceneGraphFamily;

internal static class SceneGraphs
{
    /// <summary>
    /// Objects: 0 man [white, standing], 1 bat [wooden, black, large], 2 man [white, sitting], 3 helmet [white, metal],
    /// 4 dog [small, black, happy] (isolated), 5 cat [small, black, happy], 6 table [wooden, large]. The bat and the
    /// table are seen not to be small, so no reader takes them for "the small, black, and happy object".
    /// Relations: 0 man0 holding bat1, 1 man0 wearing helmet3, 2 man2 holding bat1, 3 cat5 near table6,
    /// 4 man2 wearing helmet3.
    /// </summary>
    public static SceneGraph Field { get; } = new GraphBuilder(100, 100)
        .Object("man", 0, 0, 10, 30, "white", "standing").Object("bat", 10, 0, 12, 20, "wooden", "black", "large")
        .Object("man", 20, 0, 30, 30, "white", "sitting").Object("helmet", 0, 0, 5, 5, "white", "metal")
        .Object("dog", 50, 50, 60, 60, "small", "black", "happy").Object("cat", 70, 70, 80, 80, "small", "black", "happy")
        .Object("table", 70, 80, 90, 90, "wooden", "large")
        .Relation(0, "holding", 1).Relation(0, "wearing", 3).Relation(2, "holding", 1).Relation(5, "near", 6).Relation(2, "wearing", 3)
        .Build();
}

using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.RelationFamily;

internal static class RelationGraphs
{
    /// <summary>
    /// Objects: 0 man, 1 bat, 2 helmet, 3 dog, 4 dog, 5 ball, 6 table.
    /// Relations: 0 man holding bat, 1 man wearing helmet, 2 man near bat, 3 dog(3) near ball, 4 dog(4) near ball,
    /// 5 man of table (dropped by the spec), 6 table near ball.
    /// </summary>
    public static SceneGraph Park { get; } = new GraphBuilder(100, 100)
        .Object("man", 0, 0, 20, 40).Object("bat", 25, 0, 30, 30).Object("helmet", 0, 0, 10, 5)
        .Object("dog", 50, 50, 60, 60).Object("dog", 70, 70, 80, 80).Object("ball", 90, 90, 95, 95).Object("table", 40, 0, 60, 20)
        .Relation(0, "holding", 1).Relation(0, "wearing", 2).Relation(0, "near", 1).Relation(3, "near", 5).Relation(4, "near", 5)
        .Relation(0, "of", 6).Relation(6, "near", 5).Build();
}

using ProVision.Generators.Tests.Support;
using ProVision.Generators.Tests.Verification;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.Reading;

/// <summary>Graphs with the traps of real data: number variants, six trees, dense relations, many-match expressions.</summary>
internal static class ReadingGraphs
{
    /// <summary>The verifier with its reading checks on.</summary>
    public static VerifierOptions ReadingOn { get; } = VerifierOptions.Default;

    /// <summary>
    /// 0 banana [yellow], 1 banana [yellow], 2 bananas [yellow, green], 3 plate [white], 4 spoon [metal, white],
    /// 5..10 tree x6 along the bottom, 11 hat [red], 12 person [standing], 13 people [sitting], 14 chair [white],
    /// 15 chair [white, small], 16 chair [white].
    /// Relations: 0 spoon4 near plate3, 1 hat11 near tree5, 2 spoon4 near tree10, 3 banana0 on plate3,
    /// 4 banana1 on plate3, 5 person12 holding spoon4, 6 spoon4 on plate3, 7 person12 wearing hat11.
    /// </summary>
    public static SceneGraph Orchard { get; } = Build();

    private static SceneGraph Build()
    {
        var g = new GraphBuilder(100, 100)
            .Object("banana", 10, 10, 20, 20, "yellow").Object("banana", 22, 10, 28, 20, "yellow").Object("bananas", 30, 10, 40, 20, "yellow", "green")
            .Object("plate", 5, 30, 45, 40, "white").Object("spoon", 50, 30, 60, 40, "metal", "white");
        for (var t = 0; t < 6; t++)
        {
            g = g.Object("tree", t * 15, 70, (t * 15) + 10, 95);
        }
        return g.Object("hat", 92, 0, 99, 5, "red").Object("person", 62, 5, 70, 60, "standing").Object("people", 72, 5, 90, 60, "sitting")
            .Object("chair", 0, 45, 5, 50, "white").Object("chair", 10, 45, 15, 50, "white", "small").Object("chair", 20, 45, 25, 50, "white")
            .Relation(4, "near", 3).Relation(11, "near", 5).Relation(4, "near", 10).Relation(0, "on", 3).Relation(1, "on", 3)
            .Relation(12, "holding", 4).Relation(4, "on", 3).Relation(12, "wearing", 11)
            .Build();
    }

    /// <summary>A second image: one banana, no bananas, one tree.</summary>
    public static SceneGraph Kitchen { get; } = new GraphBuilder(100, 100, "kitchen")
        .Object("banana", 10, 10, 20, 20, "yellow").Object("tree", 50, 50, 60, 90).Object("dog", 0, 0, 5, 5, "black").Build();

    /// <summary>A third image: only a bunch ("bananas") and two dogs.</summary>
    public static SceneGraph Market { get; } = new GraphBuilder(100, 100, "market")
        .Object("bananas", 10, 10, 30, 20, "yellow").Object("dog", 0, 0, 5, 5, "black").Object("dog", 50, 0, 55, 5, "white").Build();

    /// <summary>
    /// Synonym-rich attributes (vocabulary groups large/big/huge and wood/wooden): 0 chair [big], 1 chair [large, white],
    /// 2 chair [huge], 3 chair [small], 4 table [wood], 5 table [wooden, brown].
    /// </summary>
    public static SceneGraph Porch { get; } = new GraphBuilder(100, 100, "porch")
        .Object("chair", 0, 0, 10, 10, "big").Object("chair", 20, 0, 30, 10, "large", "white").Object("chair", 40, 0, 50, 10, "huge")
        .Object("chair", 60, 0, 70, 10, "small").Object("table", 0, 50, 30, 70, "wood").Object("table", 50, 50, 80, 70, "wooden", "brown").Build();

    /// <summary>A second image for counts across images: 0 chair [large], 1 chair [white, small].</summary>
    public static SceneGraph Shed { get; } = new GraphBuilder(100, 100, "shed")
        .Object("chair", 0, 0, 10, 10, "large").Object("chair", 20, 0, 30, 10, "white", "small").Build();
}

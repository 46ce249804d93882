using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.MultiImageFamily;

internal static class MultiGraphs
{
    /// <summary>
    /// 0 dog [black], 1 dog [white], 2 cat [black, small], 3 man, 4 bat; relation 0: man holding bat. The bat lies
    /// far from the man, so a reader does not see the man near it (the boxes do not bear "near" out).
    /// </summary>
    public static SceneGraph A { get; } = new GraphBuilder(id: "a")
        .Object("dog", 0, 0, 1, 1, "black").Object("dog", 1, 0, 2, 1, "white").Object("cat", 2, 0, 3, 1, "black", "small")
        .Object("man", 3, 0, 4, 1).Object("bat", 8, 0, 9, 1).Relation(3, "holding", 4).Build();

    /// <summary>0 dog [white], 1 cat [white], 2 man, 3 bat; relation 0: man near bat.</summary>
    public static SceneGraph B { get; } = new GraphBuilder(id: "b")
        .Object("dog", 0, 0, 1, 1, "white").Object("cat", 1, 0, 2, 1, "white").Object("man", 2, 0, 3, 1).Object("bat", 3, 0, 4, 1)
        .Relation(2, "near", 3).Build();

    /// <summary>0 dog [white], 1 dog [white], 2 dog [black], 3 man, 4 bat, 5 ball; relation 0: man near bat.</summary>
    public static SceneGraph C { get; } = new GraphBuilder(id: "c")
        .Object("dog", 0, 0, 1, 1, "white").Object("dog", 1, 0, 2, 1, "white").Object("dog", 2, 0, 3, 1, "black")
        .Object("man", 3, 0, 4, 1).Object("bat", 4, 0, 5, 1).Object("ball", 5, 0, 6, 1).Relation(3, "near", 4).Build();

    /// <summary>One cat in each: [white, small] and [white, large]; 1 dog [white] beside it in the first.</summary>
    public static SceneGraph[] Cats { get; } =
    [
        new GraphBuilder(id: "small-cat").Object("cat", 0, 0, 1, 1, "white", "small").Object("dog", 1, 0, 2, 1, "white").Build(),
        new GraphBuilder(id: "large-cat").Object("cat", 0, 0, 1, 1, "white", "large").Build(),
    ];

    public static SceneGraph[] ABC { get; } = [A, B, C];

    public static SceneGraph[] AB { get; } = [A, B];
}

using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>Hand-made scene graphs for the scene-graph family, modelled on the reference's baseball images.</summary>
internal static class SceneGraphGraphs
{
    /// <summary>
    /// 0 batter [swinging, white] wearing 1 uniform [blue, white], about to hit 2 ball [white], holding 3 bat
    /// [blue, golden, white, wooden]; 4 umpire [black] wearing 5 helmet [black]; 6 grass [green] alone; 7 player
    /// [white] holding 8 bat [wooden] (a second match for "the white object that is holding the wooden bat").
    /// <paramref name="uniform"/> and <paramref name="secondBat"/> replace the attributes of objects 1 and 8.
    /// </summary>
    public static SceneGraph Baseball(string[]? uniform = null, string[]? secondBat = null) => new("baseball", "images/baseball.jpg", 200, 100,
        [
            new SceneObject("batter", new Box(10, 10, 50, 90), attributes: ["swinging", "white"]),
            new SceneObject("uniform", new Box(12, 20, 48, 80), attributes: [.. uniform ?? ["blue", "white"]]),
            new SceneObject("ball", new Box(60, 30, 64, 34), attributes: ["white"]),
            new SceneObject("bat", new Box(40, 10, 70, 20), attributes: ["blue", "golden", "white", "wooden"]),
            new SceneObject("umpire", new Box(100, 10, 140, 90), attributes: ["black"]),
            new SceneObject("helmet", new Box(110, 10, 130, 25), attributes: ["black"]),
            new SceneObject("grass", new Box(0, 90, 200, 100), attributes: ["green"]),
            new SceneObject("player", new Box(150, 10, 190, 90), attributes: ["white"]),
            new SceneObject("bat", new Box(170, 10, 195, 20), attributes: [.. secondBat ?? ["wooden"]]),
        ],
        [
            new Relation(0, "wearing", 1),
            new Relation(0, "about to hit", 2),
            new Relation(0, "holding", 3),
            new Relation(4, "wearing", 5),
            new Relation(7, "holding", 8),
        ]);

    /// <summary>Two identical white balls held by two identical players, plus an isolated dog: ordinals and "there is".</summary>
    public static SceneGraph Twins() => new("twins", "images/twins.jpg", 100, 100,
        [
            new SceneObject("player", new Box(0, 0, 40, 90), attributes: ["tall"]),
            new SceneObject("ball", new Box(10, 10, 14, 14), attributes: ["white"]),
            new SceneObject("ball", new Box(60, 10, 64, 14), attributes: ["white"]),
            new SceneObject("dog", new Box(50, 60, 90, 95), attributes: ["brown"]),
        ],
        [
            new Relation(0, "holding", 1),
            new Relation(0, "throwing", 1),
            new Relation(0, "looking at", 2),
        ]);

    /// <summary>
    /// 200 x 200: 0 cup [red] to the left of 1 bowl [blue], 8 px apart (near by its documented definition: gap /
    /// diagonal 0.028, yet more than half the larger box side), both above 2 table [wooden]; 3 plate on the table,
    /// 4 chair near it (so "on" and "near" are data-set predicates). Relations: 0 cup-bowl, 1 cup-table, 2 bowl-table.
    /// </summary>
    public static SceneGraph CloseCupAndBowl() => new GraphBuilder(200, 200)
        .Object("cup", 10, 10, 20, 20, "red").Object("bowl", 28, 10, 38, 20, "blue").Object("table", 0, 100, 200, 200, "wooden")
        .Object("plate", 50, 150, 70, 160, "white").Object("chair", 150, 20, 170, 40, "black")
        .Relation(0, "to the left of", 1).Relation(0, "above", 2).Relation(1, "above", 2).Relation(3, "on", 2).Relation(4, "near", 2).Build();

    /// <summary>
    /// 400 x 400, boxes 20 px: 0 cup 20 px left of 1 bowl (annotated near), 2 plate 25 px right of the bowl (near by the
    /// documented definition, gap / diagonal 0.04, but not by the box form's half a side), 3 chair far in a corner.
    /// </summary>
    public static SceneGraph NearBowl() => new GraphBuilder(400, 400)
        .Object("cup", 160, 200, 180, 220).Object("bowl", 200, 200, 220, 220).Object("plate", 245, 200, 265, 220).Object("chair", 10, 10, 30, 30)
        .Relation(0, "near", 1).Build();
}

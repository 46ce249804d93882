using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Generation;

/// <summary>Small hand-made graphs for the generation tests.</summary>
internal static class TestGraphs
{
    /// <summary>dog; cup x2; grass (mass); people (plural, and listed as not countable); chair.</summary>
    public static SceneGraph Kitchen() => new(
        "kitchen_1",
        "images/kitchen_1.jpg",
        640,
        480,
        [
            new SceneObject("dog", new Box(10, 200, 200, 400)),
            new SceneObject("cup", new Box(300, 100, 340, 150)),
            new SceneObject("grass", new Box(0, 400, 640, 480)),
            new SceneObject("cup", new Box(360, 100, 400, 150)),
            new SceneObject("people", new Box(400, 50, 600, 400)),
            new SceneObject("chair", new Box(220, 250, 320, 420)),
        ],
        []);

    public static Vocabulary KitchenVocabulary() =>
        new([new("people", false), new("cup", true)], [new("red", "color")], ["on"]);
}

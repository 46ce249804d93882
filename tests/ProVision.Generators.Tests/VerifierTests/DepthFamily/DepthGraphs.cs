using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.VerifierTests.DepthFamily;

internal static class DepthGraphs
{
    /// <summary>
    /// 10 x 10, masks = boxes. Object depths: 0 dog 200 (one stray pixel of 10: the mode ignores it), 1 cup 180,
    /// 2 cat 60, 3 ball 100, 4 car 140, 5 bowl (overlaps the dog), 6 chair (empty mask).
    /// </summary>
    public static SceneGraph Room(DepthConvention convention = DepthConvention.LargerIsCloser) => new GraphBuilder()
        .Object("dog", 0, 0, 3, 3).Object("cup", 6, 0, 9, 3).Object("cat", 6, 6, 9, 9).Object("ball", 0, 6, 3, 9)
        .Object("car", 4, 6, 6, 9).Object("bowl", 2, 2, 5, 5).Object("chair", 4, 3, 5, 4)
        .Masks().Mask(6, (_, _) => false)
        .Depth(Value, convention).Build();

    private static byte Value(int x, int y) => (x, y) switch
    {
        (0, 0) => 10,
        (< 3, < 3) => 200,
        (>= 6, < 3) => 180,
        (>= 6, >= 6) => 60,
        (< 3, >= 6) => 100,
        (>= 4 and < 6, >= 6) => 140,
        _ => 0,
    };
}

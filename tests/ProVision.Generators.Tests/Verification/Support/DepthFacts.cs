using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.Support;

/// <summary>
/// Depth as the verifier computes it: object depth is the mode of the map over the object's mask pixels (ties go
/// to the smallest value, NaN ignored), "closer" follows the map's declared convention (one convention for points
/// and objects: the spec's Fix), and the threshold is scaled to the map's range.
/// </summary>
internal sealed class DepthFacts
{
    private readonly SceneGraph _graph;
    private readonly DepthMap _map;

    private DepthFacts(SceneGraph graph, DepthMap map, double threshold)
    {
        _graph = graph;
        _map = map;
        Threshold = threshold;
    }

    /// <summary>The threshold in the map's own units.</summary>
    public double Threshold { get; }

    public DepthConvention Convention => _map.Convention;

    public int Width => _map.Width;

    public int Height => _map.Height;

    /// <summary>Loads the graph's depth map, or explains why there is none.</summary>
    public static DepthFacts? Load(ItemCheck check, int image = 0)
    {
        var graph = check.Graphs[image];
        if (graph.Depth is null)
        {
            check.Fail($"image {graph.ImageId} has no depth map, so no depth item can rest on it");
            return null;
        }
        var range = graph.Depth.EffectiveRange();
        var scale = range is { } r ? (r.Max - r.Min) / 255.0 : 1.0;
        return new DepthFacts(graph, graph.Depth.Load(), check.Options.DepthThreshold * scale);
    }

    public float At(int x, int y) => _map[x, y];

    /// <summary>True when value <paramref name="a"/> is closer to the camera than <paramref name="b"/>.</summary>
    public bool Closer(double a, double b) => Convention == DepthConvention.LargerIsCloser ? a > b : a < b;

    /// <summary>The object's depth; null for an object without a mask or with an empty one.</summary>
    public double? ObjectDepth(int objectIndex)
    {
        if (_graph.Masks is null || objectIndex >= _graph.Masks.Count)
        {
            return null;
        }
        var mask = _graph.Masks.Get(objectIndex);
        var histogram = new Dictionary<float, int>();
        for (var y = 0; y < mask.Height; y++)
        {
            for (var x = 0; x < mask.Width; x++)
            {
                if (!mask[x, y])
                {
                    continue;
                }
                // A mask of another size than the map reads the map nearest-neighbour.
                var value = _map[(int)((long)x * _map.Width / mask.Width), (int)((long)y * _map.Height / mask.Height)];
                if (!float.IsNaN(value))
                {
                    histogram[value] = histogram.GetValueOrDefault(value) + 1;
                }
            }
        }
        if (histogram.Count == 0)
        {
            return null;
        }
        var top = histogram.Values.Max();
        return histogram.Where(p => p.Value == top).Min(p => p.Key);
    }
}

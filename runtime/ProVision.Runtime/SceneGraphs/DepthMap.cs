namespace ProVision.Runtime.SceneGraphs;

/// <summary>A decoded depth map, row-major float values indexed [y, x], with the convention it was declared with.</summary>
public sealed class DepthMap
{
    private readonly float[] _values;

    public DepthMap(int width, int height, float[] rowMajorValues, DepthConvention convention)
    {
        if (rowMajorValues.Length != (long)width * height)
            throw new ArgumentException($"depth map has {rowMajorValues.Length} values, expected {width}x{height}", nameof(rowMajorValues));
        Width = width;
        Height = height;
        _values = rowMajorValues;
        Convention = convention;
    }

    public int Width { get; }
    public int Height { get; }
    public DepthConvention Convention { get; }

    public float this[int x, int y] => _values[(y * Width) + x];

    public ReadOnlySpan<float> Values => _values;

    public long SizeInBytes => (_values.LongLength * sizeof(float)) + 32;
}

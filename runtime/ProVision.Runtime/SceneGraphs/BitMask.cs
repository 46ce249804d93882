namespace ProVision.Runtime.SceneGraphs;

/// <summary>A decoded binary mask, one byte per pixel (0 or 1), row-major, indexed [y, x].</summary>
public sealed class BitMask
{
    private readonly byte[] _pixels;
    private int _area = -1;

    public BitMask(int width, int height, byte[] rowMajorPixels)
    {
        if (rowMajorPixels.Length != (long)width * height)
            throw new ArgumentException($"mask has {rowMajorPixels.Length} pixels, expected {width}x{height}", nameof(rowMajorPixels));
        Width = width;
        Height = height;
        _pixels = rowMajorPixels;
    }

    public int Width { get; }
    public int Height { get; }

    public bool this[int x, int y] => _pixels[(y * Width) + x] != 0;

    public ReadOnlySpan<byte> Pixels => _pixels;

    /// <summary>Number of set pixels (computed once).</summary>
    public int Area
    {
        get
        {
            if (_area < 0) _area = _pixels.AsSpan().Length - _pixels.AsSpan().Count((byte)0);
            return _area;
        }
    }

    public long SizeInBytes => _pixels.LongLength + 32;
}

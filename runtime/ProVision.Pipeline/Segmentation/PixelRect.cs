using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>
/// The pixels a box covers: columns <c>[X1, X2)</c>, rows <c>[Y1, Y2)</c>, clipped to the image. A box edge
/// inside a pixel takes that pixel (floor of x1/y1, ceiling of x2/y2), so integer boxes map exactly.
/// </summary>
public readonly record struct PixelRect(int X1, int Y1, int X2, int Y2)
{
    public int Width => X2 - X1;
    public int Height => Y2 - Y1;
    public bool IsEmpty => Width <= 0 || Height <= 0;
    public long Area => IsEmpty ? 0 : (long)Width * Height;

    public static PixelRect FromBox(Box box, int imageWidth, int imageHeight) => new(
        Math.Clamp((int)Math.Floor(box.X1), 0, imageWidth),
        Math.Clamp((int)Math.Floor(box.Y1), 0, imageHeight),
        Math.Clamp((int)Math.Ceiling(box.X2), 0, imageWidth),
        Math.Clamp((int)Math.Ceiling(box.Y2), 0, imageHeight));

    /// <summary>This rectangle grown by <paramref name="dx"/>, <paramref name="dy"/> on each side, clipped.</summary>
    public PixelRect Inflate(int dx, int dy, int imageWidth, int imageHeight) => new(
        Math.Max(0, X1 - dx), Math.Max(0, Y1 - dy), Math.Min(imageWidth, X2 + dx), Math.Min(imageHeight, Y2 + dy));
}

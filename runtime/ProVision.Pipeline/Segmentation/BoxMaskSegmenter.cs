using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>The last fallback: the box's pixels (<see cref="PixelRect"/>) as the mask. Null only for a box with no pixels inside the image.</summary>
public sealed class BoxMaskSegmenter : IBoxPromptedSegmenter
{
    public string Name => "box";

    public ObjectMask? TrySegment(StageImage image, Box box)
    {
        ArgumentNullException.ThrowIfNull(image);
        var rect = PixelRect.FromBox(box, image.Width, image.Height);
        if (rect.IsEmpty) return null;
        return ObjectMask.FromPixels(Fill(rect, image.Width, image.Height), image.Width, image.Height, MaskSource.Box);
    }

    /// <summary>A row-major 0/1 mask with the rectangle set.</summary>
    public static byte[] Fill(PixelRect rect, int width, int height)
    {
        var pixels = new byte[width * height];
        for (var y = rect.Y1; y < rect.Y2; y++) pixels.AsSpan((y * width) + rect.X1, rect.Width).Fill(1);
        return pixels;
    }
}

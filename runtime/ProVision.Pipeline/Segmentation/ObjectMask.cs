using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Segmentation;

/// <summary>Which segmenter produced a mask.</summary>
public enum MaskSource
{
    /// <summary>A SAM-family ONNX encoder/decoder pair prompted with the box.</summary>
    Sam,

    /// <summary>OpenCV GrabCut initialised with the box.</summary>
    GrabCut,

    /// <summary>The box itself, filled: the fallback when nothing better worked.</summary>
    Box,
}

/// <summary>One object's mask, stored as COCO RLE at the image's size, and where it came from.</summary>
public sealed record ObjectMask(RleMask Rle, MaskSource Source)
{
    /// <summary>Set pixels.</summary>
    public long Area => Rle.Area;

    /// <summary>Decodes the mask (row-major, one byte per pixel).</summary>
    public BitMask ToBitMask() => new(Rle.Width, Rle.Height, RleCodec.Decode(Rle));

    /// <summary>Encodes a row-major 0/1 mask of the given size.</summary>
    public static ObjectMask FromPixels(byte[] rowMajor, int width, int height, MaskSource source) =>
        new(RleCodec.Encode(rowMajor, height, width), source);
}

using ProVision.Runtime.Formats.Npy;

namespace ProVision.Pipeline.Depth;

/// <summary>
/// Writes a depth estimate as the <c>.npy</c> a scene graph references (<c>"depth": {"path", "convention", "range"}</c>):
/// uint8 (H, W) when the values are 0..255 integers (quantized), else float32 (H, W).
/// </summary>
public static class DepthMapFiles
{
    /// <summary>Writes <paramref name="estimate"/> to <paramref name="path"/>; returns true when it was written as uint8.</summary>
    public static bool WriteNpy(string path, DepthEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var map = estimate.Map;
        var values = map.Values;
        var bytes = true;
        foreach (var v in values)
        {
            if (!(v is >= 0 and <= 255) || v != MathF.Floor(v)) { bytes = false; break; }
        }
        using var stream = File.Create(path);
        if (bytes)
        {
            var data = new byte[values.Length];
            for (var i = 0; i < data.Length; i++) data[i] = (byte)values[i];
            NpyWriter.WriteUInt8(stream, [map.Height, map.Width], data);
        }
        else
        {
            NpyWriter.WriteFloat32(stream, [map.Height, map.Width], values);
        }
        return bytes;
    }
}

using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Npy;

namespace ProVision.Runtime.SceneGraphs;

/// <summary>
/// A depth map referenced by file (an <c>.npy</c> of shape (H, W) or (1, H, W)), its declared convention
/// and, when known, its value range. Loaded on demand through the bounded cache.
/// </summary>
public sealed class DepthSource
{
    private readonly ResourceCache _cache;

    public DepthSource(string path, DepthConvention convention, DepthRange? range, ResourceCache cache)
    {
        Path = path;
        Convention = convention;
        Range = range;
        _cache = cache;
    }

    public string Path { get; }
    public DepthConvention Convention { get; }

    /// <summary>Declared value range (0..255 for the reference's uint8 maps); null when not declared.</summary>
    public DepthRange? Range { get; }

    /// <summary>The declared range, or the full range of an integer dtype (uint8: 0..255), or null.</summary>
    public DepthRange? EffectiveRange()
    {
        if (Range is not null) return Range;
        return NpyArray.ReadHeader(Path).DType switch
        {
            NpyDType.UInt8 => new DepthRange(0, byte.MaxValue),
            NpyDType.UInt16 => new DepthRange(0, ushort.MaxValue),
            _ => null,
        };
    }

    public DepthMap Load() => _cache.GetOrLoad(Path, Decode, d => d.SizeInBytes);

    private DepthMap Decode()
    {
        // The header first: a loader that skipped the referenced-file checks must still not allocate what a corrupt header claims.
        Loading.DataLimits.CheckArray(NpyArray.ReadHeader(Path), Path);
        var array = NpyArray.Read(Path);
        var (height, width) = SpatialShape(array.Header, Path);
        return new DepthMap(width, height, array.ToFloat32(), Convention);
    }

    /// <summary>The (H, W) of a depth array, accepting (H, W) and (1, H, W).</summary>
    public static (int Height, int Width) SpatialShape(NpyHeader header, string path)
    {
        var s = header.Shape;
        if (s.Length == 2) return (s[0], s[1]);
        if (s.Length == 3 && s[0] == 1) return (s[1], s[2]);
        throw new DataFormatException($"{path}: depth map must have shape (H, W), found ({string.Join(", ", s)})");
    }
}

/// <summary>The value range a depth map declares, e.g. 0..255.</summary>
public readonly record struct DepthRange(double Min, double Max);

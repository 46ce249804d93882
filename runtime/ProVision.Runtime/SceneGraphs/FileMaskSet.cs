using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;

namespace ProVision.Runtime.SceneGraphs;

/// <summary>
/// A mask stack stored in one file next to the annotations: an <c>.npy</c> (N x H x W, bool or uint8)
/// or an <c>.rle.json</c>. The whole stack is decoded on first use and kept in the cache under the file's path.
/// </summary>
public sealed class FileMaskSet : MaskSet
{
    private readonly ResourceCache _cache;

    public FileMaskSet(string path, int count, ResourceCache cache)
    {
        Path = path;
        Count = count;
        _cache = cache;
    }

    public string Path { get; }

    public override int Count { get; }

    public override string Origin => Path;

    public bool IsRleJson => IsRleJsonPath(Path);

    public static bool IsRleJsonPath(string path) => path.EndsWith(".rle.json", StringComparison.OrdinalIgnoreCase);

    public override BitMask Get(int index) => LoadAll()[index];

    private BitMask[] LoadAll() => _cache.GetOrLoad(Path, Decode, masks => masks.Sum(m => m.SizeInBytes));

    private BitMask[] Decode()
    {
        if (IsRleJson)
        {
            var rles = RleMaskFile.Read(Path);
            return rles.Select(r => new BitMask(r.Width, r.Height, RleCodec.Decode(r))).ToArray();
        }

        // The header first: a loader that skipped the referenced-file checks must still not allocate what a corrupt header claims.
        Loading.DataLimits.CheckArray(NpyArray.ReadHeader(Path), Path);
        var array = NpyArray.Read(Path);
        var shape = array.Header.Shape;
        if (shape.Length != 3)
            throw new DataFormatException($"{Path}: mask stack must have shape (N, H, W), found ({string.Join(", ", shape)})");
        var result = new BitMask[shape[0]];
        for (var i = 0; i < result.Length; i++) result[i] = new BitMask(shape[2], shape[1], array.ToMaskSlice(i));
        return result;
    }
}

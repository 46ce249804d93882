using ProVision.Runtime.Items;

namespace ProVision.Runtime.Writing.Parquet;

/// <summary>
/// Reads image files for <c>--embed-images</c>. Consecutive items mostly share an image (every generator runs over
/// one graph in turn), so the last file read is kept and its bytes shared between rows.
/// </summary>
internal sealed class EmbeddedImages(string folder)
{
    /// <summary>An image larger than this is refused: a row group must stay within memory.</summary>
    public const long MaxImageBytes = 64L << 20;

    private string? _lastPath;
    private byte[]? _lastBytes;

    /// <exception cref="ItemWriteException">The file is missing, unreadable or too large.</exception>
    public EmbeddedImage Read(GeneratedItem item, string path)
    {
        if (path != _lastPath)
        {
            var file = Path.GetFullPath(path, folder);
            try
            {
                var length = new FileInfo(file).Length;
                if (length > MaxImageBytes)
                    throw new ItemWriteException($"item {item.Id}: image {path} ({file}) is {length:N0} bytes, more than the {MaxImageBytes:N0} an embedded image may have");
                _lastBytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ItemWriteException($"item {item.Id}: cannot embed image {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? $"{file} does not exist" : e.Message)}", e);
            }
            _lastPath = path;
        }
        return new EmbeddedImage { Bytes = _lastBytes, Path = path };
    }

    /// <summary>The embedded bytes of a row (what counts towards a row group's size).</summary>
    public static long Bytes(ParquetItemRecord<EmbeddedImage> record) => record.Images.Sum(i => (long)(i.Bytes?.Length ?? 0));
}

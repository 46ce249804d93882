namespace ProVision.Pipeline.Imaging;

/// <summary>
/// An image file that cannot be used: missing, unreadable, not an image, truncated or corrupt.
/// The annotation run reports it and goes on with the next image; it is never fatal.
/// </summary>
public sealed class ImageDecodeException : Exception
{
    public ImageDecodeException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The file (or name) that failed.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it, without the path.</summary>
    public string Reason { get; }
}

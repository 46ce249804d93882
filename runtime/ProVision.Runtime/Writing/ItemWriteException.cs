namespace ProVision.Runtime.Writing;

/// <summary>
/// An item cannot be written as asked (an image outside <c>--image-root</c>, an image file to embed that is missing):
/// a problem of the input or the options, reported with the item and the path, never a crash.
/// </summary>
public sealed class ItemWriteException : Exception
{
    public ItemWriteException(string message)
        : base(message)
    {
    }

    public ItemWriteException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

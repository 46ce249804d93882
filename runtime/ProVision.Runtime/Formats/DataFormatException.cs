namespace ProVision.Runtime.Formats;

/// <summary>
/// Thrown for any malformed binary or serialized input (npy files, RLE masks, mask-stack files).
/// The message says what is wrong, where (file name, byte offset or field) and what would fix it,
/// because these errors surface in batch jobs over millions of files where the message is all
/// an operator gets to see.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception with a self-contained, actionable message.</summary>
    /// <param name="message">What is wrong, where, and how to fix it.</param>
    /// <param name="inner">The lower-level failure (I/O, JSON parser), if any.</param>
    public DataFormatException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

namespace ProVision.Runtime.Items;

/// <summary>
/// A JSONL item record could not be read. The message names the file, the 1-based line and the field
/// (a path such as <c>evidence.images[1].objects[0]</c>), so a bad record in a large file is found at once.
/// </summary>
public sealed class ItemFormatException : FormatException
{
    /// <summary>Creates the exception; the message is <c>file:line: field 'f': problem</c>.</summary>
    public ItemFormatException(string fileName, long lineNumber, string field, string problem, Exception? inner = null)
        : base($"{fileName}:{lineNumber}: field '{field}': {problem}", inner)
    {
        FileName = fileName;
        LineNumber = lineNumber;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file the record came from, as the caller named it.</summary>
    public string FileName { get; }

    /// <summary>The line of the record, as the caller numbered it (1-based by convention).</summary>
    public long LineNumber { get; }

    /// <summary>Path of the offending field; <c>(record)</c> when the line as a whole is at fault.</summary>
    public string Field { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Problem { get; }
}

namespace ProVision.Runtime.Loading;

/// <summary>
/// One problem in input data, located as precisely as the format allows:
/// <c>graphs.json: image 2417: relations[3][2]: object index 9 out of range (4 objects)</c>.
/// </summary>
/// <param name="File">The file the bad value came from.</param>
/// <param name="ImageId">The image it belongs to, when known.</param>
/// <param name="Field">JSON-style path of the field (<c>bboxes[2]</c>), or null for whole-file problems.</param>
/// <param name="Message">What is wrong and, where it helps, what would fix it.</param>
public sealed record DataError(string File, string? ImageId, string? Field, string Message)
{
    /// <summary>A short category used to total skipped graphs ("relation index", "box", "json").</summary>
    public string Kind { get; init; } = "invalid data";

    public override string ToString()
    {
        var image = ImageId is null ? "" : $" image {ImageId}:";
        var field = Field is null ? "" : $" {Field}:";
        return $"{File}:{image}{field} {Message}";
    }
}

/// <summary>Thrown when input data cannot be read under the stop-at-first-error policy.</summary>
public sealed class DataErrorException : Exception
{
    public DataErrorException(DataError error, Exception? inner = null) : base(error.ToString(), inner) => Error = error;

    public DataError Error { get; }
}

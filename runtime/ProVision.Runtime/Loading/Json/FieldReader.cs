using System.Text.Json;

namespace ProVision.Runtime.Loading.Json;

/// <summary>
/// Typed access to JSON fields that fails with a <see cref="DataError"/> naming the file, the image and
/// the field path, instead of a bare <see cref="InvalidOperationException"/> from <see cref="JsonElement"/>.
/// </summary>
public readonly struct FieldReader
{
    public FieldReader(string file, string? imageId)
    {
        File = file;
        ImageId = imageId;
    }

    public string File { get; }
    public string? ImageId { get; }

    public FieldReader ForImage(string imageId) => new(File, imageId);

    public DataErrorException Error(string? field, string message, string kind = "invalid data") =>
        new(new DataError(File, ImageId, field, message) { Kind = kind });

    public JsonElement RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Error(path, $"expected an object, found {Kind(element)}", "wrong type");
        return element;
    }

    public JsonElement RequireArray(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array) throw Error(path, $"expected a list, found {Kind(element)}", "wrong type");
        return element;
    }

    public JsonElement Require(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            throw Error(Join(path, name), "required field is missing", "missing field");
        return value;
    }

    public static bool TryGet(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string String(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String) throw Error(path, $"expected a string, found {Kind(element)}", "wrong type");
        return Decode(element, path);
    }

    /// <summary>
    /// The string's text. System.Text.Json checks UTF-8 only when a string is decoded; bytes that are not UTF-8 become
    /// a located error here instead of an exception from deep inside the parser (or, read as text, a silent U+FFFD).
    /// </summary>
    private string Decode(JsonElement element, string path)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException ex) when (IsNotUtf8(ex))
        {
            throw Error(path, EncodingProblem(ex), "encoding");
        }
    }

    /// <summary>
    /// True for System.Text.Json's "cannot transcode invalid UTF-8" and for its "invalid UTF-16" of an escaped lone
    /// surrogate (<c>"\ud800"</c>), both thrown only when text is decoded (and not for a bug that reads a wrong kind).
    /// </summary>
    public static bool IsNotUtf8(InvalidOperationException ex) => ex.InnerException is System.Text.DecoderFallbackException || IsLoneSurrogate(ex);

    // System.Text.Json's two messages for escapes that decode to no Unicode text (its resource strings are English).
    private static bool IsLoneSurrogate(InvalidOperationException ex) => ex.Message.Contains("UTF-16 JSON text", StringComparison.Ordinal);

    /// <summary>The message for text that is not UTF-8, wherever it is found.</summary>
    public const string NotUtf8 = "the text is not valid UTF-8 (a Latin-1 or Windows-1252 file?); convert the file to UTF-8";

    /// <summary>The message for text that is no Unicode: bytes that are not UTF-8, or an escaped lone surrogate.</summary>
    public static string EncodingProblem(InvalidOperationException ex) => IsLoneSurrogate(ex)
        ? "the text holds an escaped lone surrogate (\\ud800-\\udfff without its pair), which is no Unicode text; fix the escape"
        : NotUtf8;

    /// <summary>A list of strings, each checked and located (<c>path[3]</c>).</summary>
    public List<string> Strings(JsonElement element, string path)
    {
        RequireArray(element, path);
        var result = new List<string>(element.GetArrayLength());
        var i = 0;
        foreach (var item in element.EnumerateArray()) result.Add(String(item, $"{path}[{i++}]"));
        return result;
    }

    public double Number(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number) throw Error(path, $"expected a number, found {Kind(element)}", "wrong type");
        var value = element.GetDouble();
        if (!double.IsFinite(value)) throw Error(path, $"number {element.GetRawText()} is not finite", "not finite");
        return value;
    }

    public int Int(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number) throw Error(path, $"expected an integer, found {Kind(element)}", "wrong type");
        if (element.TryGetInt32(out var value)) return value;
        // Accept integral floats such as 4.0, which some exporters write for indices.
        if (element.TryGetDouble(out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue) return (int)d;
        throw Error(path, $"expected an integer, found {element.GetRawText()}", "wrong type");
    }

    /// <summary>Non-finite numbers arrive as strings ("NaN") from Python's json module; name them plainly.</summary>
    public static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => TryDecode(element) is { } text ? $"the string \"{Shorten(text)}\"" : "a string that is not valid UTF-8",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string? TryDecode(JsonElement element)
    {
        try { return element.GetString(); }
        catch (InvalidOperationException ex) when (IsNotUtf8(ex)) { return null; }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}

using System.Text.Json;

namespace ProVision.Runtime.Loading.ProVisionFormat;

/// <summary>
/// One image's entry merged across several reference-format files. Like the reference's
/// <c>dict.update</c> of <c>annotation</c>, a later file wins a key that appears twice; each key remembers the file it came
/// from so that errors name the right file.
/// </summary>
public sealed class MergedAnnotation
{
    private readonly Dictionary<string, (JsonElement Value, string File)> _fields = new(StringComparer.Ordinal);

    public MergedAnnotation(string imageId) => ImageId = imageId;

    public string ImageId { get; }
    public string? DataPath { get; private set; }
    public string? Source { get; private set; }
    public string FirstFile { get; private set; } = "";

    /// <summary>Adds one file's entry (<c>{"data_path", "annotation", "source"}</c>).</summary>
    public void Add(JsonElement entry, string file)
    {
        if (FirstFile.Length == 0) FirstFile = file;
        var reader = new Json.FieldReader(file, ImageId);
        reader.RequireObject(entry, "");
        // The reference merges only "annotation"; data_path and source come from the first file that has them.
        if (DataPath is null && Json.FieldReader.TryGet(entry, "data_path", out var path)) DataPath = reader.String(path, "data_path");
        if (Source is null && Json.FieldReader.TryGet(entry, "source", out var source)) Source = source.ValueKind == JsonValueKind.String ? reader.String(source, "source") : source.GetRawText();
        var annotation = reader.RequireObject(reader.Require(entry, "annotation", ""), "annotation");
        foreach (var property in annotation.EnumerateObject()) _fields[property.Name] = (property.Value, file);
    }

    public bool TryGet(string key, out JsonElement value, out string file)
    {
        if (_fields.TryGetValue(key, out var found) && found.Value.ValueKind != JsonValueKind.Null)
        {
            (value, file) = found;
            return true;
        }
        value = default;
        file = FirstFile;
        return false;
    }
}

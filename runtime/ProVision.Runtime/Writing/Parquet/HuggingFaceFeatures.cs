using System.Text;
using System.Text.Json;

namespace ProVision.Runtime.Writing.Parquet;

/// <summary>A Hugging Face <c>datasets</c> feature type: a value, a list, a struct or an image.</summary>
public abstract record HfFeature;

/// <summary><c>Value(dtype)</c>: string, int32, int64, ...</summary>
public sealed record HfValue(string Dtype) : HfFeature;

/// <summary>A list of one feature (written <c>[feature]</c>, which every <c>datasets</c> version reads as a list).</summary>
public sealed record HfList(HfFeature Item) : HfFeature;

/// <summary>A struct: named fields in column order.</summary>
public sealed record HfStruct(IReadOnlyList<HfColumn> Fields) : HfFeature;

/// <summary><c>Image()</c>: stored as the struct <c>{bytes: binary, path: string}</c>; decoded to a PIL image on access.</summary>
public sealed record HfImage : HfFeature;

/// <summary>A named column or struct field.</summary>
public sealed record HfColumn(string Name, HfFeature Feature);

/// <summary>
/// The features of each item layout, in one place: the Parquet writer declares them in the <c>huggingface</c> schema
/// metadata (so <c>load_dataset("parquet", ...)</c> gives typed columns and images), and the dataset card lists them.
/// They describe the same shape as <see cref="ParquetItemRecord{TImage}"/> (a test walks both).
/// </summary>
public static class HuggingFaceFeatures
{
    /// <summary>The Parquet key-value metadata key that <c>datasets</c> reads its features from.</summary>
    public const string MetadataKey = "huggingface";

    private static readonly HfValue s_string = new("string");
    private static readonly HfValue s_int32 = new("int32");

    /// <summary>The columns of an item Parquet file of <paramref name="layout"/>, in file order.</summary>
    public static IReadOnlyList<HfColumn> Parquet(ParquetLayout layout) =>
    [
        .. Common(layout.EmbedImages ? new HfImage() : s_string),
        new(layout.ChatColumnName, layout.Chat == ChatColumn.Messages ? Messages : Conversations),
    ];

    /// <summary>The columns of a <c>--format messages</c> JSON Lines file: id, images (paths) and messages.</summary>
    public static IReadOnlyList<HfColumn> MessagesJsonLines() =>
        [new("id", s_string), new("images", new HfList(s_string)), new("messages", Messages)];

    private static HfFeature Conversations => new HfList(new HfStruct([new("from", s_string), new("value", s_string)]));

    private static HfFeature Messages => new HfList(new HfStruct(
    [
        new("role", s_string),
        new("content", new HfList(new HfStruct([new("type", s_string), new("text", s_string)]))),
    ]));

    private static IEnumerable<HfColumn> Common(HfFeature image) =>
    [
        new("id", s_string),
        new("generator", s_string),
        new("template", s_int32),
        new("images", new HfList(image)),
        new("prompt", s_string),
        new("response", s_string),
        new("answer", s_string),
        new("choices", new HfList(s_string)),
        new("slots", new HfList(new HfStruct([new("name", s_string), new("value", s_string)]))),
        new("evidence", new HfList(new HfStruct([new("objects", new HfList(s_int32)), new("relations", new HfList(s_int32))]))),
        new("tags", new HfList(new HfStruct([new("name", s_string), new("text", new HfList(s_string)), new("number", new HfList(new HfValue("int64")))]))),
    ];

    /// <summary>The <c>huggingface</c> metadata value: <c>{"info": {"features": {...}}}</c> as <c>datasets</c> writes it.</summary>
    public static string MetadataJson(IReadOnlyList<HfColumn> columns)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("info");
            writer.WritePropertyName("features");
            WriteStruct(writer, columns);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The card's <c>dataset_info.features</c> YAML list (two-space indented under <paramref name="indent"/>).</summary>
    public static void WriteYaml(StringBuilder text, IReadOnlyList<HfColumn> columns, string indent)
    {
        foreach (var column in columns)
        {
            text.Append(indent).Append("- name: ").Append(column.Name).Append('\n');
            WriteYamlType(text, column.Feature, indent + "  ");
        }
    }

    private static void WriteYamlType(StringBuilder text, HfFeature feature, string indent)
    {
        switch (feature)
        {
            case HfValue value:
                text.Append(indent).Append("dtype: ").Append(value.Dtype).Append('\n');
                break;
            case HfImage:
                text.Append(indent).Append("dtype: image\n");
                break;
            case HfList { Item: HfValue or HfImage } list:
                text.Append(indent).Append("list: ").Append(list.Item is HfValue v ? v.Dtype : "image").Append('\n');
                break;
            case HfList list:
                text.Append(indent).Append("list:\n");
                WriteYaml(text, ((HfStruct)list.Item).Fields, indent + "  ");
                break;
            case HfStruct structure:
                text.Append(indent).Append("struct:\n");
                WriteYaml(text, structure.Fields, indent + "  ");
                break;
        }
    }

    private static void WriteStruct(Utf8JsonWriter writer, IReadOnlyList<HfColumn> fields)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Name);
            Write(writer, field.Feature);
        }
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, HfFeature feature)
    {
        switch (feature)
        {
            case HfValue value:
                writer.WriteStartObject();
                writer.WriteString("dtype", value.Dtype);
                writer.WriteString("_type", "Value");
                writer.WriteEndObject();
                break;
            case HfImage:
                writer.WriteStartObject();
                writer.WriteString("_type", "Image");
                writer.WriteEndObject();
                break;
            case HfList list:
                writer.WriteStartArray();
                Write(writer, list.Item);
                writer.WriteEndArray();
                break;
            case HfStruct structure:
                WriteStruct(writer, structure.Fields);
                break;
        }
    }
}

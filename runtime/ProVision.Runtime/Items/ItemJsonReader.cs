using System.Collections.Immutable;
using System.Text.Json;

namespace ProVision.Runtime.Items;

/// <summary>
/// Reads one JSONL record back into a <see cref="GeneratedItem"/>. Strict on purpose: the reader serves
/// resume and the verifier, where a silently defaulted field would hide a corrupt or foreign file.
/// Every key is required, unknown and duplicate keys are errors, and types must match exactly.
/// </summary>
internal sealed class ItemJsonReader(string fileName, long lineNumber)
{
    private static readonly string[] s_keys =
        ["id", "generator", "template", "images", "prompt", "response", "answer", "choices", "slots", "evidence", "tags"];

    public GeneratedItem Read(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw Error("(record)", $"not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            var fields = Properties(document.RootElement, "(record)");
            foreach (var key in fields.Keys)
            {
                if (Array.IndexOf(s_keys, key) < 0)
                {
                    throw Error(key, $"unknown key; a record has exactly: {string.Join(", ", s_keys)}");
                }
            }
            var images = Strings(Require(fields, "images"), "images");
            try
            {
                return new GeneratedItem(
                    String(Require(fields, "id"), "id"),
                    String(Require(fields, "generator"), "generator"),
                    Int(Require(fields, "template"), "template"),
                    images,
                    String(Require(fields, "prompt"), "prompt"),
                    String(Require(fields, "response"), "response"),
                    String(Require(fields, "answer"), "answer"),
                    Strings(Require(fields, "choices"), "choices"),
                    ItemJsonParts.Slots(this, Require(fields, "slots")),
                    ItemJsonParts.Evidence(this, Require(fields, "evidence"), images.Length),
                    ItemJsonParts.Tags(this, Require(fields, "tags")));
            }
            catch (ArgumentException e)
            {
                // Rules enforced by the item itself (non-empty id, at least one image, ...).
                throw Error(e.ParamName ?? "(record)", e.Message, e);
            }
        }
    }

    public ItemFormatException Error(string field, string problem, Exception? inner = null) =>
        new(fileName, lineNumber, field, problem, inner);

    /// <summary>
    /// The properties of an object in document order (slot and tag order is meaningful), rejecting
    /// duplicates: JSON allows them, our records never have them, and a reader would silently drop one.
    /// </summary>
    public OrderedDictionary<string, JsonElement> Properties(JsonElement element, string field)
    {
        Expect(element, JsonValueKind.Object, field);
        var result = new OrderedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var path = field == "(record)" ? property.Name : $"{field}.{property.Name}";
            if (!result.TryAdd(property.Name, property.Value))
            {
                throw Error(path, "duplicate key");
            }
        }
        return result;
    }

    public JsonElement Require(OrderedDictionary<string, JsonElement> fields, string key, string? parent = null) =>
        fields.TryGetValue(key, out var value) ? value : throw Error(parent is null ? key : $"{parent}.{key}", "missing");

    public string String(JsonElement element, string field)
    {
        Expect(element, JsonValueKind.String, field);
        return element.GetString()!;
    }

    public int Int(JsonElement element, string field)
    {
        Expect(element, JsonValueKind.Number, field);
        return element.TryGetInt32(out var value) ? value : throw Error(field, $"expected a 32-bit integer, got {element.GetRawText()}");
    }

    public ImmutableArray<string> Strings(JsonElement element, string field)
    {
        Expect(element, JsonValueKind.Array, field);
        var builder = ImmutableArray.CreateBuilder<string>(element.GetArrayLength());
        var index = 0;
        foreach (var entry in element.EnumerateArray())
        {
            builder.Add(String(entry, $"{field}[{index++}]"));
        }
        return builder.MoveToImmutable();
    }

    public ImmutableArray<int> Indices(JsonElement element, string field)
    {
        Expect(element, JsonValueKind.Array, field);
        var builder = ImmutableArray.CreateBuilder<int>(element.GetArrayLength());
        var index = 0;
        foreach (var entry in element.EnumerateArray())
        {
            var path = $"{field}[{index++}]";
            var value = Int(entry, path);
            builder.Add(value >= 0 ? value : throw Error(path, $"index must be non-negative, got {value}"));
        }
        return builder.MoveToImmutable();
    }

    public void Expect(JsonElement element, JsonValueKind kind, string field)
    {
        if (element.ValueKind != kind)
        {
            throw Error(field, $"expected {Describe(kind)}, got {Describe(element.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}

using System.Collections.Immutable;
using System.Text.Json;

namespace ProVision.Runtime.Items;

/// <summary>
/// Readers for the structured parts of a record (slots, evidence, tags), split from
/// <see cref="ItemJsonReader"/> to keep each file about one concern.
/// </summary>
internal static class ItemJsonParts
{
    public static ImmutableArray<KeyValuePair<string, string>> Slots(ItemJsonReader reader, JsonElement element)
    {
        // Properties() keeps document order, which is the slot order the writer used.
        var properties = reader.Properties(element, "slots");
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>(properties.Count);
        foreach (var (key, value) in properties)
        {
            builder.Add(new(key, reader.String(value, $"slots.{key}")));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Evidence must use the form that matches the image count: flat for one image, per image for several.
    /// Accepting either form for either count would let two different files mean the same item.
    /// </summary>
    public static Evidence Evidence(ItemJsonReader reader, JsonElement element, int imageCount)
    {
        var properties = reader.Properties(element, "evidence");
        if (imageCount <= 1)
        {
            if (properties.ContainsKey("images"))
            {
                throw reader.Error("evidence.images", "a single-image item has flat evidence {\"objects\": [..], \"relations\": [..]}");
            }
            return new Evidence([Image(reader, properties, "evidence")]);
        }
        if (!properties.ContainsKey("images") || properties.Count != 1)
        {
            throw reader.Error("evidence", $"an item with {imageCount} images has evidence {{\"images\": [..]}} and no other key");
        }
        var list = properties["images"];
        reader.Expect(list, JsonValueKind.Array, "evidence.images");
        if (list.GetArrayLength() != imageCount)
        {
            throw reader.Error("evidence.images", $"expected {imageCount} entries (one per image), got {list.GetArrayLength()}");
        }
        var builder = ImmutableArray.CreateBuilder<ImageEvidence>(imageCount);
        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var path = $"evidence.images[{index++}]";
            builder.Add(Image(reader, reader.Properties(entry, path), path));
        }
        return new Evidence(builder.MoveToImmutable());
    }

    public static ImmutableArray<KeyValuePair<string, ImmutableArray<TagValue>>> Tags(ItemJsonReader reader, JsonElement element)
    {
        var properties = reader.Properties(element, "tags");
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, ImmutableArray<TagValue>>>(properties.Count);
        foreach (var (key, list) in properties)
        {
            reader.Expect(list, JsonValueKind.Array, $"tags.{key}");
            var values = ImmutableArray.CreateBuilder<TagValue>(list.GetArrayLength());
            var index = 0;
            foreach (var value in list.EnumerateArray())
            {
                values.Add(TagValue(reader, value, $"tags.{key}[{index++}]"));
            }
            builder.Add(new(key, values.MoveToImmutable()));
        }
        return builder.MoveToImmutable();
    }

    private static ImageEvidence Image(ItemJsonReader reader, OrderedDictionary<string, JsonElement> properties, string path)
    {
        foreach (var key in properties.Keys)
        {
            if (key is not ("objects" or "relations"))
            {
                throw reader.Error($"{path}.{key}", "unknown key; evidence has exactly: objects, relations");
            }
        }
        return new ImageEvidence(
            reader.Indices(reader.Require(properties, "objects", path), $"{path}.objects"),
            reader.Indices(reader.Require(properties, "relations", path), $"{path}.relations"));
    }

    private static TagValue TagValue(ItemJsonReader reader, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Items.TagValue.FromString(value.GetString()!);
        }
        reader.Expect(value, JsonValueKind.Number, path);
        return value.TryGetInt64(out var number)
            ? Items.TagValue.FromNumber(number)
            : throw reader.Error(path, $"tag numbers are 64-bit integers, got {value.GetRawText()}");
    }
}

using System.Text.Json;
using ProVision.Runtime.Formats;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Reads a vocabulary file: a JSON object with three optional members (comments and trailing commas allowed,
/// since people edit these files by hand):
/// <code>
/// {
///   "countable":  { "dog": true, "grass": false, "people": "no", "chair": 1 },
///   "attributes": { "red": "color", "wooden": "material" },
///   "predicates": [ "on", "holding", "wearing" ]
/// }
/// </code>
/// Countable flags may be booleans, "yes"/"no" or 1/0 (the reference table's form).
/// </summary>
public static class VocabularyReader
{
    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the vocabulary file at <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">The file is not valid JSON or has a malformed entry.</exception>
    public static Vocabulary Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses vocabulary JSON; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="DataFormatException">The text is not valid JSON or has a malformed entry.</exception>
    public static Vocabulary Parse(string json, string source = "vocabulary")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException e)
        {
            throw new DataFormatException($"{source}: line {e.LineNumber + 1}: not valid JSON ({e.Message}).", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DataFormatException($"{source}: the vocabulary must be a JSON object with \"countable\", \"attributes\" and \"predicates\".");
            }
            var countable = new List<KeyValuePair<string, bool>>();
            var attributes = new List<KeyValuePair<string, string>>();
            var predicates = new List<string>();
            foreach (var member in root.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "countable":
                        foreach (var entry in Object(member, source))
                        {
                            countable.Add(new(entry.Name, Flag(entry, source)));
                        }
                        break;
                    case "attributes":
                        foreach (var entry in Object(member, source))
                        {
                            attributes.Add(new(entry.Name, String(entry.Value, $"attributes.{entry.Name}", source)));
                        }
                        break;
                    case "predicates":
                        if (member.Value.ValueKind != JsonValueKind.Array)
                        {
                            throw new DataFormatException($"{source}: \"predicates\" must be a list of strings.");
                        }
                        var i = 0;
                        foreach (var entry in member.Value.EnumerateArray())
                        {
                            predicates.Add(String(entry, $"predicates[{i++}]", source));
                        }
                        break;
                    default:
                        throw new DataFormatException($"{source}: unknown member \"{member.Name}\"; expected \"countable\", \"attributes\" or \"predicates\".");
                }
            }
            return new Vocabulary(countable, attributes, predicates);
        }
    }

    private static JsonElement.ObjectEnumerator Object(JsonProperty member, string source) =>
        member.Value.ValueKind == JsonValueKind.Object
            ? member.Value.EnumerateObject()
            : throw new DataFormatException($"{source}: \"{member.Name}\" must be an object.");

    private static bool Flag(JsonProperty entry, string source)
    {
        var value = entry.Value;
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number when value.TryGetInt32(out var number) && number is 0 or 1:
                return number == 1;
            case JsonValueKind.String when value.GetString() is "yes" or "no":
                return value.GetString() == "yes";
            default:
                throw new DataFormatException($"{source}: countable.{entry.Name}: expected true/false, \"yes\"/\"no\" or 1/0, found {value.GetRawText()}.");
        }
    }

    private static string String(JsonElement value, string where, string source) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new DataFormatException($"{source}: {where}: expected a non-empty string, found {value.GetRawText()}.");
}

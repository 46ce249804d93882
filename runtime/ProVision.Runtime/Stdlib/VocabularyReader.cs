using System.Text.Json;
using ProVision.Runtime.Formats;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Reads a vocabulary file: a JSON object with ten optional members (comments and trailing commas allowed,
/// since people edit these files by hand):
/// <code>
/// {
///   "countable":  { "dog": true, "grass": false, "people": "no", "chair": 1 },
///   "attributes": { "red": "color", "wooden": "material" },
///   "predicates": [ "on", "holding", "wearing" ],
///   "nouns":      { "people": "person", "glasses": "glasses" },
///   "synonyms":   [ ["large", "big", "massive"], ["near", "next to"] ],
///   "persons":    [ "person", "man", "woman" ],
///   "nonObjects": [ "color", "spot", "meal" ],
///   "onPersons":  { "shirt": 1, "shoe": 2, "finger": 10 },
///   "implies":    [ ["wearing", "has"], ["riding", "on"] ],  (the first word implies the second)
///   "excludes":   [ ["red", "blue", "green"], ["open", "closed"] ]   (no two words of a group hold of one object)
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
        var builder = new VocabularyBuilder();
        Read(json, source, builder);
        return builder.Build();
    }

    /// <summary>
    /// Reads vocabulary JSON into <paramref name="entries"/>, entry by entry in file order (what
    /// <see cref="Parse"/> builds from, and what <see cref="VocabularyTables"/> writes down for a build to carry).
    /// </summary>
    /// <exception cref="DataFormatException">The text is not valid JSON or has a malformed entry.</exception>
    internal static void Read(string json, string source, IVocabularyEntries entries)
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
            foreach (var member in root.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "countable":
                        foreach (var entry in Object(member, source))
                        {
                            entries.Countable(entry.Name, Flag(entry, source));
                        }
                        break;
                    case "attributes":
                        foreach (var entry in Object(member, source))
                        {
                            entries.Attribute(entry.Name, String(entry.Value, $"attributes.{entry.Name}", source));
                        }
                        break;
                    case "predicates":
                        foreach (var predicate in Strings(member, source))
                        {
                            entries.Predicate(predicate);
                        }
                        break;
                    case "nouns":
                        foreach (var entry in Object(member, source))
                        {
                            entries.Noun(entry.Name, String(entry.Value, $"nouns.{entry.Name}", source));
                        }
                        break;
                    case "persons":
                        foreach (var person in Strings(member, source))
                        {
                            entries.Person(person);
                        }
                        break;
                    case "nonObjects":
                        foreach (var nonObject in Strings(member, source))
                        {
                            entries.NonObject(nonObject);
                        }
                        break;
                    case "onPersons":
                        foreach (var entry in Object(member, source))
                        {
                            entries.OnPerson(entry.Name, PerPerson(entry, source));
                        }
                        break;
                    case "synonyms":
                        foreach (var group in Groups(member, source))
                        {
                            entries.Synonyms(group);
                        }
                        break;
                    case "implies":
                        var index = 0;
                        foreach (var pair in Groups(member, source))
                        {
                            if (pair.Count != 2)
                            {
                                throw new DataFormatException($"{source}: implies[{index}]: expected two words, the first implying the second.");
                            }
                            entries.Implies(pair[0], pair[1]);
                            index++;
                        }
                        break;
                    case "excludes":
                        var excludesIndex = 0;
                        foreach (var words in Groups(member, source))
                        {
                            if (words.Count < 2)
                            {
                                throw new DataFormatException($"{source}: excludes[{excludesIndex}]: expected at least two words, any two of which are not both true of one object.");
                            }
                            entries.Excludes(words);
                            excludesIndex++;
                        }
                        break;
                    default:
                        throw new DataFormatException($"{source}: unknown member \"{member.Name}\"; expected \"countable\", \"attributes\", \"predicates\", \"nouns\", \"synonyms\", \"persons\", \"nonObjects\", \"onPersons\", \"implies\" or \"excludes\".");
                }
            }
        }
    }

    private static List<string> Strings(JsonProperty member, string source)
    {
        if (member.Value.ValueKind != JsonValueKind.Array)
        {
            throw new DataFormatException($"{source}: \"{member.Name}\" must be a list of strings.");
        }
        // Loops rather than LINQ over JSON elements (a value type): generic code the runtime would compile at every start.
        var strings = new List<string>();
        foreach (var entry in member.Value.EnumerateArray())
        {
            strings.Add(String(entry, $"{member.Name}[{strings.Count}]", source));
        }
        return strings;
    }

    private static IEnumerable<IReadOnlyList<string>> Groups(JsonProperty member, string source)
    {
        if (member.Value.ValueKind != JsonValueKind.Array)
        {
            throw new DataFormatException($"{source}: \"{member.Name}\" must be a list of lists of strings.");
        }
        var i = 0;
        foreach (var group in member.Value.EnumerateArray())
        {
            if (group.ValueKind != JsonValueKind.Array)
            {
                throw new DataFormatException($"{source}: {member.Name}[{i}]: expected a list of strings, found {group.GetRawText()}.");
            }
            var words = new List<string>();
            foreach (var word in group.EnumerateArray())
            {
                words.Add(String(word, $"{member.Name}[{i}][{words.Count}]", source));
            }
            yield return words;
            i++;
        }
    }

    private static JsonElement.ObjectEnumerator Object(JsonProperty member, string source) =>
        member.Value.ValueKind == JsonValueKind.Object
            ? member.Value.EnumerateObject()
            : throw new DataFormatException($"{source}: \"{member.Name}\" must be an object.");

    // How many of the noun one person shows: a whole number from 1 to 100 (a person's teeth are the most listed).
    private static int PerPerson(JsonProperty entry, string source) =>
        entry.Value.ValueKind == JsonValueKind.Number && entry.Value.TryGetInt32(out var count) && count is >= 1 and <= 100
            ? count
            : throw new DataFormatException($"{source}: onPersons.{entry.Name}: expected how many one person shows, a whole number from 1 to 100.");

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

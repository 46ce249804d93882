namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>Splits a rendered noun phrase such as "white and small chairs" into its attributes and its noun.</summary>
internal static class NameWords
{
    /// <summary>
    /// The noun is the longest word suffix that names a label of the graph in either number (a noun a person would
    /// find in the image); the words before it are the attributes, joined by "and" or commas. Null after a failure.
    /// </summary>
    public static (List<string> Attributes, string Noun)? Split(Reader reader, string name, int image = 0)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            var noun = string.Join(' ', words[start..]);
            if (reader.Members(noun, image).Count > 0)
            {
                var prefix = string.Join(' ', words[..start]);
                List<string> attributes = [.. prefix.Replace(", and ", ", ", StringComparison.Ordinal).Replace(" and ", ", ", StringComparison.Ordinal)
                    .Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                return (attributes, noun);
            }
        }
        reader.Fail(ReadingRule.Referent, $"'{name}' names no object of the image (no word suffix is a label in either number)");
        return null;
    }
}

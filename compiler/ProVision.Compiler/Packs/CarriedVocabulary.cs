using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Packs;

/// <summary>
/// A vocabulary file read at build time and carried by the host's build (the built-in pack inside the CLI,
/// <see cref="Compilation.PrecompiledPack.Vocabulary"/>): the file's text and its entries as
/// <see cref="VocabularyTables"/> wrote them. The loader builds the vocabulary from the tables only for a file whose text
/// is exactly <see cref="Text"/> (ordinal comparison: the entries are a function of the text), so it skips the JSON
/// parser; any other text is parsed (docs/packs.md#precompiled-built-in-pack).
/// </summary>
public sealed class CarriedVocabulary
{
    private readonly string _tables;

    /// <summary>A vocabulary file's <paramref name="text"/> and its entries as <see cref="VocabularyTables.Encode"/> wrote them.</summary>
    public CarriedVocabulary(string text, string tables)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tables);
        Text = text;
        _tables = tables;
    }

    /// <summary>What a build carries for a pack with a vocabulary file (<paramref name="text"/>), or null for one without.</summary>
    public static CarriedVocabulary? From(string? text, string tables) => text is null ? null : new(text, tables);

    /// <summary>The vocabulary text the tables were read from.</summary>
    public string Text { get; }

    /// <summary>
    /// The vocabulary built from the carried tables when <paramref name="json"/> is the text they were read from; null
    /// otherwise, or when the tables are damaged (parse the file), with the reason in <paramref name="whyNot"/>.
    /// </summary>
    public Vocabulary? VocabularyFor(string json, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!string.Equals(json, Text, StringComparison.Ordinal))
        {
            whyNot = "the file differs from its build";
            return null;
        }
        var built = VocabularyTables.Decode(_tables);
        whyNot = built is null ? "the carried entries are damaged" : null;
        return built;
    }
}

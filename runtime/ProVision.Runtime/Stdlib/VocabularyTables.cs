using System.Globalization;
using System.Text;
using ProVision.Runtime.Formats;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// A vocabulary file's entries written down as one string a build can carry (the built-in pack's, inside the tool), and
/// read back into a <see cref="Vocabulary"/> without a JSON parser: the same entries in the same order, so the same
/// vocabulary as <see cref="VocabularyReader.Parse"/> gives for that file (docs/packs.md#precompiled-built-in-pack).
/// </summary>
/// <remarks>
/// Records in file order, each a kind letter and its fields, every field <c>length:text</c> (length in decimal, UTF-16
/// code units): <c>C</c> label (countable), <c>U</c> label (not countable), <c>A</c> attribute category, <c>P</c>
/// predicate, <c>N</c> label noun, <c>S</c><c>count;</c> then that many words (a synonym group), <c>H</c> person,
/// <c>O</c> non-object, <c>W</c> a noun of what persons show on the body and how many one shows, in decimal (onPersons),
/// <c>I</c> a word and a word it implies, <c>X</c><c>count;</c> then that many words (an excludes group).
/// </remarks>
public static class VocabularyTables
{
    /// <summary>The tables of vocabulary JSON; null when the JSON is not a valid vocabulary (nothing to carry).</summary>
    public static string? Encode(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var writer = new Writer();
        try
        {
            VocabularyReader.Read(json, "vocabulary", writer);
        }
        catch (Formats.DataFormatException)
        {
            return null;
        }
        return writer.ToString();
    }

    /// <summary>
    /// The vocabulary <paramref name="tables"/> describe; null when they are malformed in any way (a damaged or
    /// foreign string: the caller then parses the file itself).
    /// </summary>
    public static Vocabulary? Decode(string tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var builder = new VocabularyBuilder();
        var at = 0;
        while (at < tables.Length)
        {
            var kind = tables[at++];
            if (kind is 'S' or 'X')
            {
                if (Group(tables, ref at) is not { } words)
                {
                    return null;
                }
                if (kind == 'S')
                {
                    builder.Synonyms(words);
                }
                else
                {
                    builder.Excludes(words);
                }
                continue;
            }
            var pair = kind is 'A' or 'N' or 'W' or 'I';
            if (CarriedText.Field(tables, ref at) is not { } first || (pair ? CarriedText.Field(tables, ref at) : "") is not { } second)
            {
                return null;
            }
            switch (kind)
            {
                case 'C' or 'U':
                    builder.Countable(first, kind == 'C');
                    break;
                case 'A':
                    builder.Attribute(first, second);
                    break;
                case 'P':
                    builder.Predicate(first);
                    break;
                case 'N':
                    builder.Noun(first, second);
                    break;
                case 'H':
                    builder.Person(first);
                    break;
                case 'O':
                    builder.NonObject(first);
                    break;
                case 'I':
                    builder.Implies(first, second);
                    break;
                case 'W' when int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var perPerson):
                    builder.OnPerson(first, perPerson);
                    break;
                default:
                    return null;
            }
        }
        return builder.Build();
    }

    private static List<string>? Group(string tables, ref int at)
    {
        if (CarriedText.Number(tables, ref at, ';') is not { } count)
        {
            return null;
        }
        var words = new List<string>(); // grows only by fields read, so a hostile count is bounded by the text
        for (var i = 0; i < count; i++)
        {
            if (CarriedText.Field(tables, ref at) is not { } word)
            {
                return null;
            }
            words.Add(word);
        }
        return words;
    }

    private sealed class Writer : IVocabularyEntries
    {
        private readonly StringBuilder _text = new();

        public void Countable(string label, bool countable) => Field(_text.Append(countable ? 'C' : 'U'), label);

        public void Attribute(string attribute, string category) => Field(Field(_text.Append('A'), attribute), category);

        public void Predicate(string predicate) => Field(_text.Append('P'), predicate);

        public void Noun(string label, string noun) => Field(Field(_text.Append('N'), label), noun);

        public void Synonyms(IReadOnlyList<string> words) => Group('S', words);

        public void Excludes(IReadOnlyList<string> words) => Group('X', words);

        private void Group(char kind, IReadOnlyList<string> words)
        {
            _text.Append(kind).Append(words.Count.ToString(CultureInfo.InvariantCulture)).Append(';');
            foreach (var word in words)
            {
                Field(_text, word);
            }
        }

        public void Person(string noun) => Field(_text.Append('H'), noun);

        public void NonObject(string noun) => Field(_text.Append('O'), noun);

        public void Implies(string specific, string general) => Field(Field(_text.Append('I'), specific), general);

        public void OnPerson(string noun, int perPerson) => Field(Field(_text.Append('W'), noun), perPerson.ToString(CultureInfo.InvariantCulture));

        public override string ToString() => _text.ToString();

        private static StringBuilder Field(StringBuilder to, string text) =>
            to.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
    }
}

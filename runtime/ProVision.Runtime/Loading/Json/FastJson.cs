using System.Text;
using System.Text.Json;

namespace ProVision.Runtime.Loading.Json;

/// <summary>
/// The typed reads of the loaders' fast readers (<see cref="Utf8JsonReader"/> straight into the model). Each answers
/// false for anything but the plain valid value, and the fast reader then hands its input to the document parser,
/// which decides what is an error and says where.
/// </summary>
internal static class FastJson
{
    /// <summary>The largest integer a double holds exactly: the document parsers read ids through a double.</summary>
    private const long MaxExactId = 1L << 53;

    /// <summary>Field names as UTF-8, in bit order (see <see cref="Field"/>).</summary>
    public static byte[][] Names(params string[] names) => [.. names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The bit of the current property name among <paramref name="fields"/> (field i is bit 1 &lt;&lt; i), or 0 for a field the model does not read.</summary>
    public static int Field(ref Utf8JsonReader reader, byte[][] fields)
    {
        // ValueTextEquals compares escaped names by their unescaped text too.
        for (var i = 0; i < fields.Length; i++)
        {
            if (reader.ValueTextEquals(fields[i])) return 1 << i;
        }
        return 0;
    }

    /// <summary>
    /// Reads the next property of the current object and moves onto its value, with the property's bit among
    /// <paramref name="fields"/> in <paramref name="field"/> (0 for one the model does not read). False after the last
    /// property (the reader on the end of the object), and for a field repeated in this object or, with
    /// <paramref name="namesDecode"/>, another field whose name is not plain UTF-8: then the reader stays on the name, so
    /// the caller's end-of-object check fails and the document parser's rule applies.
    /// </summary>
    public static bool NextField(ref Utf8JsonReader reader, byte[][] fields, ref int seen, out int field, bool namesDecode = false)
    {
        field = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName) return false;
        field = Field(ref reader, fields);
        if ((seen & field) != 0 || (namesDecode && field == 0 && !NameDecodes(ref reader))) return false;
        seen |= field;
        return reader.Read();
    }

    /// <summary>True when the reader is on the end of an object: its fields were all read, none repeated.</summary>
    public static bool AtEnd(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.EndObject;

    public static bool TryString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return value is not null;
    }

    public static bool TryInt(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    /// <summary>
    /// An integral id within +-2^53, where the document parsers' <c>(long)GetDouble()</c> gives the same value (a larger
    /// one could round onto another id there).
    /// </summary>
    public static bool TryId(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value) && value is >= -MaxExactId and <= MaxExactId;
    }

    public static bool TryNumber(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value) && double.IsFinite(value);
    }

    /// <summary>A list of exactly four finite numbers.</summary>
    public static bool TryBox(ref Utf8JsonReader reader, out double a, out double b, out double c, out double d)
    {
        a = b = c = d = 0;
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        if (!reader.Read() || !TryNumber(ref reader, out a)) return false;
        if (!reader.Read() || !TryNumber(ref reader, out b)) return false;
        if (!reader.Read() || !TryNumber(ref reader, out c)) return false;
        if (!reader.Read() || !TryNumber(ref reader, out d)) return false;
        return reader.Read() && reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>A list of strings into <paramref name="into"/>, each from <paramref name="pool"/>.</summary>
    public static bool ReadStrings(ref Utf8JsonReader reader, Utf8StringPool pool, List<string> into)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String) return false;
            into.Add(pool.Get(ref reader));
        }
        return true;
    }

    /// <summary>
    /// Relations as <c>[[subject_index, predicate, object_index], ...]</c> (canonical and reference formats): predicates
    /// normalised and "of" dropped, as the document parsers do.
    /// </summary>
    public static System.Collections.Immutable.ImmutableArray<SceneGraphs.Relation>? ReadIndexRelations(ref Utf8JsonReader reader, Utf8StringPool pool)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var relations = System.Collections.Immutable.ImmutableArray.CreateBuilder<SceneGraphs.Relation>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) return null;
            if (!reader.Read() || !TryInt(ref reader, out var subject)) return null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String) return null;
            var predicate = RelationFilter.NormalizePredicate(pool.Get(ref reader));
            if (!reader.Read() || !TryInt(ref reader, out var obj)) return null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) return null;
            if (!RelationFilter.IsDropped(predicate)) relations.Add(new SceneGraphs.Relation(subject, predicate, obj));
        }
        return relations.ToImmutable();
    }

    // True when the current property name is plain UTF-8 (the document parsers decode the names they enumerate).
    private static bool NameDecodes(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan);
}

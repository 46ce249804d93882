using System.Globalization;
using ProVision.Runtime.Loading;

namespace ProVision.Runtime.Validation;

/// <summary>
/// Checks one text field of the data (a label, attribute, predicate or caption) before it can reach a prompt: its
/// length, and characters a reader cannot see but a model does: control characters (NUL, ESC, ...) and the
/// bidirectional formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) that make text display in another
/// order than it is stored.
/// </summary>
public static class TextFieldCheck
{
    /// <summary>What is wrong with <paramref name="text"/>, or null. Captions may hold line breaks and tabs; names may not.</summary>
    public static string? Problem(string text, int maxLength, bool allowLineBreaks = false)
    {
        if (text.Length > maxLength) return $"is {text.Length:N0} characters long, more than the limit of {maxLength:N0}";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (allowLineBreaks && c is '\n' or '\r' or '\t') continue;
            if (char.IsControl(c) || IsBidiControl(c))
                return $"holds the invisible character U+{(int)c:X4} ({Describe(c)}) at position {i}; control and bidirectional formatting characters are not allowed in data text";
        }
        return null;
    }

    /// <summary>The Unicode bidirectional formatting characters (marks, embeddings, overrides, isolates).</summary>
    public static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Describe(char c) => c switch
    {
        '\0' => "NUL",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        _ when IsBidiControl(c) => "a bidirectional formatting character",
        _ => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control ? "a control character" : "an invisible character",
    };

    /// <summary>The first problem among a graph's names and caption, with the field it is in, or null.</summary>
    internal static (string Field, string Message)? FirstProblem(SceneGraphs.SceneGraph graph, FieldNames names)
    {
        for (var i = 0; i < graph.Objects.Length; i++)
        {
            var o = graph.Objects[i];
            if (Problem(o.Label, DataLimits.MaxNameLength) is { } label) return (names.Label(i), "label " + label);
            for (var a = 0; a < o.Attributes.Length; a++)
                if (Problem(o.Attributes[a], DataLimits.MaxNameLength) is { } attribute) return (names.Attribute(i, a), "attribute " + attribute);
        }
        for (var r = 0; r < graph.Relations.Length; r++)
            if (Problem(graph.Relations[r].Predicate, DataLimits.MaxNameLength) is { } predicate) return (names.RelationPredicate(r), "predicate " + predicate);
        if (graph.Caption is { } caption && Problem(caption, DataLimits.MaxCaptionLength, allowLineBreaks: true) is { } problem) return (names.Caption, "caption " + problem);
        return null;
    }
}

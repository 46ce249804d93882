using System.Text;

namespace ProVision.Runtime.Templates;

/// <summary>
/// The spacing normal form used to compare expansions: runs of whitespace become one space (one newline
/// when the run holds one) and whitespace before <c>, . ? ! ; :</c> goes. Leading and trailing spaces stay
/// until the whole template is done, because a part's edge space matters once it is concatenated.
/// </summary>
/// <remarks>
/// The rewrites are local and confluent, so normalising the parts and then fixing the single junction with
/// <see cref="Concat"/> gives the same string as normalising the concatenation. That is what lets the expander
/// deduplicate every sub-template bottom-up instead of materialising the whole product first.
/// </remarks>
internal static class ExpansionText
{
    public static bool IsTightPunctuation(char c) => c is ',' or '.' or '?' or '!' or ';' or ':';

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            Append(builder, c);
        }
        return builder.ToString();
    }

    /// <summary>Concatenates two normalised strings into the normal form of their concatenation.</summary>
    public static string Concat(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }
        if (right.Length == 0)
        {
            return left;
        }
        if (!char.IsWhiteSpace(left[^1]) && !char.IsWhiteSpace(right[0]) && !IsTightPunctuation(right[0]))
        {
            return string.Concat(left, right);
        }
        var builder = new StringBuilder(left.Length + right.Length).Append(left);
        foreach (var c in right)
        {
            Append(builder, c);
        }
        return builder.ToString();
    }

    /// <summary>Drops the edge whitespace of a finished template.</summary>
    public static string TrimEdges(string text) => text.Trim();

    private static void Append(StringBuilder builder, char c)
    {
        var last = builder.Length == 0 ? '\0' : builder[^1];
        var lastIsSpace = builder.Length > 0 && char.IsWhiteSpace(last);
        if (char.IsWhiteSpace(c))
        {
            var normal = c is '\n' or '\r' ? '\n' : ' ';
            if (lastIsSpace)
            {
                if (normal == '\n')
                {
                    builder[^1] = '\n';
                }
                return;
            }
            builder.Append(normal);
            return;
        }
        if (lastIsSpace && IsTightPunctuation(c))
        {
            builder.Length--;
        }
        builder.Append(c);
    }
}

using System.Buffers;
using System.Text;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Templates;

/// <summary>
/// Renders an expansion with slot values and finishes the text: runs of spaces collapse to one (a run holding
/// a newline becomes that newline), no space before <c>, . ? ! ; :</c>, edges trimmed; questions and
/// descriptions then get a capital first letter and end with "?" or "." unless they already end with
/// <c>. ? !</c> (a trailing <c>, ; :</c> is replaced). Closing quotes and brackets are looked through
/// both ways: <c>"yes."</c> keeps its period, <c>(0.5, 0.3)</c> gets <c>(0.5, 0.3)?</c>.
/// </summary>
/// <remarks>
/// Slot values are inserted raw and the clean-up runs once over the result, so an empty slot (an empty
/// lead-in phrase) leaves no double space. Uses the thread's pooled builder: one string per call.
/// </remarks>
public static class TemplateRenderer
{
    /// <summary>Renders <paramref name="expansion"/> with the slots of <paramref name="slots"/> and finishes it as <paramref name="form"/>.</summary>
    public static string Render(TemplateExpansion expansion, ISlotResolver slots, TextForm form)
    {
        ArgumentNullException.ThrowIfNull(expansion);
        ArgumentNullException.ThrowIfNull(slots);
        var builder = PooledStringBuilder.Rent();
        try
        {
            foreach (var segment in expansion.Segments)
            {
                if (segment.IsSlot)
                {
                    slots.AppendSlot(builder, segment.Slot);
                }
                else
                {
                    builder.Append(segment.Text);
                }
            }
            return Finish(builder, form);
        }
        finally
        {
            PooledStringBuilder.Return(builder);
        }
    }

    /// <summary>Finishes raw text as <paramref name="form"/> (the post-processing of <see cref="Render"/>).</summary>
    public static string Finish(string raw, TextForm form)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var builder = PooledStringBuilder.Rent();
        builder.Append(raw);
        try
        {
            return Finish(builder, form);
        }
        finally
        {
            PooledStringBuilder.Return(builder);
        }
    }

    /// <summary>Texts up to this many characters are finished in a stack buffer, longer ones in a pooled array.</summary>
    internal const int StackLength = 512;

    private static string Finish(StringBuilder raw, TextForm form)
    {
        // Every item finishes two or three texts, nearly all short: on the stack, without renting from the shared pool.
        if (raw.Length < StackLength)
        {
            return Finish(raw, form, stackalloc char[raw.Length + 1]);
        }
        var rented = ArrayPool<char>.Shared.Rent(raw.Length + 1);
        try
        {
            return Finish(raw, form, rented);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // `buffer` holds the raw text and one more character (a terminator that Terminate may add).
    private static string Finish(StringBuilder raw, TextForm form, Span<char> buffer)
    {
        var length = Normalize(raw, buffer);
        if (length == 0 || form == TextForm.Fragment)
        {
            return new string(buffer[..length]);
        }
        CapitalizeFirstLetter(buffer[..length]);
        return Terminate(buffer, length, form == TextForm.Question ? '?' : '.');
    }

    private static int Normalize(StringBuilder raw, Span<char> output)
    {
        var length = 0;
        var pending = '\0'; // whitespace seen since the last kept character: ' ', '\n' or none
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (length > 0)
                    {
                        pending = c is '\n' or '\r' || pending == '\n' ? '\n' : ' ';
                    }
                    continue;
                }
                if (pending != '\0' && !ExpansionText.IsTightPunctuation(c))
                {
                    output[length++] = pending;
                }
                pending = '\0';
                output[length++] = c;
            }
        }
        return length;
    }

    private static void CapitalizeFirstLetter(Span<char> text)
    {
        foreach (ref var c in text)
        {
            if (IsOpening(c))
            {
                continue;
            }
            c = char.ToUpperInvariant(c);
            return;
        }
    }

    private static string Terminate(Span<char> text, int length, char terminator)
    {
        var end = length;
        while (end > 0 && IsClosing(text[end - 1]))
        {
            end--;
        }
        if (end > 0 && text[end - 1] is '.' or '?' or '!')
        {
            return new string(text[..length]);
        }
        if (end == length && text[end - 1] is ',' or ';' or ':')
        {
            text[end - 1] = terminator;
            return new string(text[..length]);
        }
        text[length] = terminator; // the buffer holds one spare character
        return new string(text[..(length + 1)]);
    }

    private static bool IsOpening(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00BF' or '\u00A1';

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019';
}

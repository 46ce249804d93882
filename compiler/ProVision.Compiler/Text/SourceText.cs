namespace ProVision.Compiler.Text;

/// <summary>
/// The text of one source file with its path and a line map, so that offsets (which every span uses)
/// can be shown as lines and columns. Line breaks are <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps <paramref name="text"/>; <paramref name="path"/> is only used in messages.</summary>
    public SourceText(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Path = path ?? string.Empty;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The full text.</summary>
    public string Text { get; }

    /// <summary>The file path shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines; a text ending with a line break has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The line and column of an offset (clamped into the text).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            // Not a line start: the line is the one starting before the offset.
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The offset where a zero-based line starts.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The span of a zero-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        line = Math.Clamp(line, 0, _lineStarts.Length - 1);
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The text of a zero-based line, without its line break.</summary>
    public string GetLineText(int line) => ToString(GetLineSpan(line));

    /// <summary>The text covered by a span (clamped into the text).</summary>
    public string ToString(TextSpan span)
    {
        var start = Math.Min(span.Start, Text.Length);
        var end = Math.Min(span.End, Text.Length);
        return Text[start..end];
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}

using ProVision.Compiler.Text;
using ProVision.LanguageServer.Protocol;
using Range = ProVision.LanguageServer.Protocol.Range;

namespace ProVision.LanguageServer.Workspace;

/// <summary>Offsets and protocol positions: both count UTF-16 code units, as <see cref="SourceText"/> does.</summary>
internal static class TextPositions
{
    /// <summary>The offset of a position, clamped into the text (a column past the line's end is its end).</summary>
    public static int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }
        var line = text.GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    /// <summary>The position of an offset.</summary>
    public static Position ToPosition(SourceText text, int offset)
    {
        var at = text.GetLinePosition(offset);
        return new Position(at.Line, at.Character);
    }

    /// <summary>The range of a span.</summary>
    public static Range ToRange(SourceText text, TextSpan span) =>
        new(ToPosition(text, span.Start), ToPosition(text, span.End));

    /// <summary>Applies the changes of one <c>didChange</c>, in order, to <paramref name="text"/>.</summary>
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes, string path)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? "";
                continue;
            }
            var source = new SourceText(text, path);
            var start = ToOffset(source, change.Range.Start);
            var end = Math.Max(start, ToOffset(source, change.Range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text ?? "", text.AsSpan(end));
        }
        return text;
    }
}

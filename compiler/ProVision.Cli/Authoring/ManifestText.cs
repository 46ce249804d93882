using System.Text;
using ProVision.Compiler.Packs;
using ProVision.Compiler.Text;

namespace ProVision.Cli.Authoring;

/// <summary>
/// Edits pack.yaml as text, so the user's comments, order, quoting and layout survive: each change inserts or
/// replaces a few characters at positions the manifest reader reported (<see cref="ManifestString"/> spans). Lists
/// keep their style: a block list gets one more <c>- item</c> line with the same indentation, a flow list one more
/// <c>, item</c>, a single value becomes a flow list. A change it cannot place is a refusal, never a guess.
/// </summary>
public sealed class ManifestText(string text)
{
    private readonly List<(int Start, int Length, string Text)> _edits = [];

    /// <summary>The line break the file uses.</summary>
    public string NewLine { get; } = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>What changed, one line per change, for the summary.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>Appends <paramref name="value"/> to the list whose items are <paramref name="items"/> (at least one).</summary>
    public void AppendToList(IReadOnlyList<ManifestString> items, string value, string what)
    {
        var first = items[0].Span;
        var last = items[^1].Span;
        switch (PreviousToken(first.Start))
        {
            case '-':
                var lineStart = LineStart(last.Start);
                var prefix = text[lineStart..last.Start];
                if (prefix.Trim() != "-") throw Refuse(what, last.Start);
                Insert(LineEnd(last.End), NewLine + prefix + value);
                break;
            case '[' or ',':
                Insert(last.End, ", " + value);
                break;
            case ':':
                Replace(first.Start, last.End - first.Start, "[" + text[first.Start..last.End] + ", " + value + "]");
                break;
            default:
                throw Refuse(what, first.Start);
        }
        Changes.Add($"added {value} to {what}");
    }

    /// <summary>Adds data kinds to the <c>data</c> value that starts at <paramref name="start"/> (a list or one kind).</summary>
    public void AppendToData(int start, IReadOnlyList<string> kinds)
    {
        var joined = string.Join(", ", kinds);
        if (text[start] == '[')
        {
            var close = text.IndexOf(']', start);
            if (close < 0) throw Refuse("data", start);
            var empty = text[(start + 1)..close].Trim().Length == 0;
            Insert(close, empty ? joined : ", " + joined);
        }
        else if (text[start] == '-')
        {
            // A block list: find its last "- kind" line at the same indentation.
            var indent = text[LineStart(start)..start];
            var lastLine = LineStart(start);
            for (var line = NextLine(start); line < text.Length; line = NextLine(line))
            {
                var content = text[line..LineEnd(line)];
                if (content.Trim().Length == 0 || content.TrimStart().StartsWith('#')) continue;
                if (!content.StartsWith(indent + "-", StringComparison.Ordinal)) break;
                lastLine = line;
            }
            var builder = new StringBuilder();
            foreach (var kind in kinds) builder.Append(NewLine).Append(indent).Append("- ").Append(kind);
            Insert(LineEnd(lastLine), builder.ToString());
        }
        else
        {
            var end = start;
            while (end < text.Length && (char.IsAsciiLetter(text[end]))) end++;
            if (end == start) throw Refuse("data", start);
            Replace(start, end - start, "[" + text[start..end] + ", " + joined + "]");
        }
        Changes.Add($"added {joined} to data");
    }

    /// <summary>Appends top-level lines at the end of the file (after a line break if the file lacks a final one).</summary>
    public void AppendLines(string description, params string[] lines)
    {
        var lead = text.Length == 0 || text.EndsWith('\n') ? "" : NewLine;
        Insert(text.Length, lead + string.Concat(lines.Select(l => l + NewLine)));
        Changes.Add(description);
    }

    /// <summary>
    /// Adds <c>fixtures: [value]</c> to an existing <c>snapshots:</c> section that has none: a line under a block
    /// section, an entry inside a one-line flow section.
    /// </summary>
    public void AddFixturesKey(string value)
    {
        var key = FindTopLevelKey("snapshots");
        if (key < 0) throw Refuse("snapshots", 0);
        var afterColon = key + "snapshots:".Length;
        var rest = text[afterColon..LineEnd(key)];
        var body = rest.Split('#')[0].Trim();
        if (body.Length == 0 || body is "~" or "null")
        {
            if (body.Length > 0) Replace(afterColon + rest.IndexOf(body, StringComparison.Ordinal), body.Length, "");
            Insert(LineEnd(key), NewLine + IndentOfNextLine(NextLine(key)) + "fixtures: [" + value + "]");
        }
        else if (body.StartsWith('{') && body.EndsWith('}'))
        {
            var close = afterColon + rest.LastIndexOf('}');
            var empty = body[1..^1].Trim().Length == 0;
            Insert(close, (empty ? "" : ", ") + "fixtures: [" + value + "]");
        }
        else
        {
            throw Refuse("snapshots", key);
        }
        Changes.Add($"added fixtures: [{value}] to snapshots");
    }

    /// <summary>Whether a line starts with <c>key:</c> (a top-level key).</summary>
    public bool HasTopLevelKey(string key) => FindTopLevelKey(key) >= 0;

    /// <summary>The text with every change applied.</summary>
    public string Apply()
    {
        var result = new StringBuilder(text);
        foreach (var (start, length, replacement) in _edits.OrderByDescending(e => e.Start))
            result.Remove(start, length).Insert(start, replacement);
        return result.ToString();
    }

    private void Insert(int at, string value) => _edits.Add((at, 0, value));

    private void Replace(int at, int length, string value) => _edits.Add((at, length, value));

    // The first character before the offset that is not white space (a list's '-', '[' or ',', or a key's ':').
    private char PreviousToken(int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
            if (!char.IsWhiteSpace(text[i])) return text[i];
        return '\0';
    }

    private int LineStart(int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    // The offset of the line's break ('\r' of "\r\n"), or the end of the text.
    private int LineEnd(int offset)
    {
        var end = text.IndexOf('\n', Math.Min(offset, text.Length));
        if (end < 0) return text.Length;
        return end > 0 && text[end - 1] == '\r' ? end - 1 : end;
    }

    private int NextLine(int offset)
    {
        var end = text.IndexOf('\n', offset);
        return end < 0 ? text.Length : end + 1;
    }

    private int FindTopLevelKey(string key)
    {
        for (var line = 0; line < text.Length; line = NextLine(line))
            if (text.AsSpan(line).StartsWith(key + ":", StringComparison.Ordinal)) return line;
        return -1;
    }

    private string IndentOfNextLine(int offset)
    {
        for (var line = offset; line < text.Length; line = NextLine(line))
        {
            var content = text[line..LineEnd(line)];
            if (content.Trim().Length == 0 || content.TrimStart().StartsWith('#')) continue;
            var indent = content[..(content.Length - content.TrimStart().Length)];
            return indent.Length > 0 ? indent : "  ";
        }
        return "  ";
    }

    private ScaffoldException Refuse(string what, int offset)
    {
        var line = new SourceText(text, "pack.yaml").GetLinePosition(offset).Line + 1;
        return new ScaffoldException($"pack.yaml line {line}: cannot add to '{what}' automatically in the way it is written; add it by hand");
    }
}

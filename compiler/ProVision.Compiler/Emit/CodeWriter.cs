using System.Text;

namespace ProVision.Compiler.Emit;

/// <summary>
/// Writes indented C# line by line. <see cref="Capture"/> starts a writer one level deeper whose lines can be spliced
/// back with <see cref="Append"/>, so the expression emitter can first see whether an operand needs statements.
/// <see cref="Slot"/> leaves a place whose lines are written later (the lazily computed locals of a loop body,
/// HoistingEmitter.cs); a slot travels with the lines it sits among and is empty until written to.
/// </summary>
internal sealed class CodeWriter
{
    private const string IndentUnit = "    ";

    // Each entry is a line (a string) or a slot (a CodeWriter, with the indent added since it was placed).
    private readonly List<object> _lines = [];

    public CodeWriter(int indent = 0) => Indent = indent;

    public int Indent { get; private set; }

    public bool IsEmpty => _lines.Count == 0;

    public void Line(string text) => _lines.Add(text.Length == 0 ? "" : string.Concat(Enumerable.Repeat(IndentUnit, Indent)) + text);

    /// <summary>A blank line, unless at the start or after one (slots not counted, so an empty slot changes nothing).</summary>
    public void Blank()
    {
        if (_lines.LastOrDefault(l => l is string) is string last && last.Length > 0)
        {
            _lines.Add("");
        }
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        Indent++;
    }

    public void Close(string suffix = "")
    {
        Indent--;
        Line("}" + suffix);
    }

    /// <summary>A writer for statements that will sit one level deeper than the current position.</summary>
    public CodeWriter Capture() => new(Indent + 1);

    /// <summary>
    /// A place at the current position (and indent) for lines written later, through the returned writer; it shows
    /// nothing while empty. Lines written to it after this writer was appended elsewhere still show there.
    /// </summary>
    public CodeWriter Slot()
    {
        var slot = new CodeWriter(Indent);
        _lines.Add(new IndentedSlot(slot, ""));
        return slot;
    }

    /// <summary>Appends the lines of a captured writer as they are.</summary>
    public void Append(CodeWriter other) => _lines.AddRange(other._lines);

    /// <summary>Appends the lines of a writer made at this writer's indent one level deeper (inside a block opened since).</summary>
    public void AppendIndented(CodeWriter other) => _lines.AddRange(other._lines.Select(l => l switch
    {
        "" => l,
        string line => IndentUnit + line,
        IndentedSlot slot => slot with { Extra = IndentUnit + slot.Extra },
        _ => l,
    }));

    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder, "");
        return builder.ToString();
    }

    private void Write(StringBuilder builder, string extra)
    {
        foreach (var entry in _lines)
        {
            switch (entry)
            {
                case IndentedSlot slot:
                    slot.Writer.Write(builder, extra + slot.Extra);
                    break;
                case "":
                    builder.Append('\n');
                    break;
                default:
                    builder.Append(extra).Append((string)entry).Append('\n');
                    break;
            }
        }
    }

    // A slot's writer and the indent added to its lines by AppendIndented since it was placed.
    private sealed record IndentedSlot(CodeWriter Writer, string Extra);
}

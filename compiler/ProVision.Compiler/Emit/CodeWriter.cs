using System.Text;

namespace ProVision.Compiler.Emit;

/// <summary>
/// Writes indented C# line by line. <see cref="Capture"/> starts a writer one level deeper whose lines can be spliced
/// back with <see cref="Append"/>, so the expression emitter can first see whether an operand needs statements.
/// </summary>
internal sealed class CodeWriter
{
    private const string IndentUnit = "    ";
    private readonly List<string> _lines = [];

    public CodeWriter(int indent = 0) => Indent = indent;

    public int Indent { get; private set; }

    public bool IsEmpty => _lines.Count == 0;

    public void Line(string text) => _lines.Add(text.Length == 0 ? "" : string.Concat(Enumerable.Repeat(IndentUnit, Indent)) + text);

    public void Blank()
    {
        if (_lines.Count > 0 && _lines[^1].Length > 0)
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

    /// <summary>Appends the lines of a captured writer as they are.</summary>
    public void Append(CodeWriter other) => _lines.AddRange(other._lines);

    /// <summary>Appends the lines of a writer made at this writer's indent one level deeper (inside a block opened since).</summary>
    public void AppendIndented(CodeWriter other) => _lines.AddRange(other._lines.Select(l => l.Length == 0 ? l : IndentUnit + l));

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var line in _lines)
        {
            builder.Append(line).Append('\n');
        }
        return builder.ToString();
    }
}

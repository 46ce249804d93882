namespace ProVision.Compiler.Text;

/// <summary>A zero-based line and character (UTF-16 column) position; <see cref="ToString"/> shows it one-based.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <summary>The one-based line number, as shown to users.</summary>
    public int DisplayLine => Line + 1;

    /// <summary>The one-based column, as shown to users.</summary>
    public int DisplayColumn => Character + 1;

    /// <inheritdoc />
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <inheritdoc />
    public override string ToString() => $"{DisplayLine}:{DisplayColumn}";
}

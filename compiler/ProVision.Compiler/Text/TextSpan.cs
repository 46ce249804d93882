namespace ProVision.Compiler.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into a <see cref="SourceText"/>.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; negative values are clamped to zero so that a span is always valid.</summary>
    public TextSpan(int start, int length)
    {
        Start = Math.Max(0, start);
        Length = Math.Max(0, length);
    }

    /// <summary>The offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The number of characters covered.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True for a zero-length span (a position, e.g. where a token is missing).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span <c>[start, end)</c>; an <paramref name="end"/> before the start gives an empty span.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The smallest span that covers both spans.</summary>
    public TextSpan Cover(TextSpan other) =>
        FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>True when <paramref name="other"/> lies within this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

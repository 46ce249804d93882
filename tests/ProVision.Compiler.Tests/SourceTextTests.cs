using ProVision.Compiler.Text;

namespace ProVision.Compiler.Tests;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc")]
    [InlineData("a\r\nb\r\nc")]
    [InlineData("a\rb\rc")]
    public void Maps_offsets_to_lines_for_every_line_break_style(string text)
    {
        var source = new SourceText(text, "x.pvg");

        Assert.Equal(3, source.LineCount);
        Assert.Equal(new LinePosition(0, 0), source.GetLinePosition(0));
        Assert.Equal(new LinePosition(1, 0), source.GetLinePosition(text.IndexOf('b', StringComparison.Ordinal)));
        Assert.Equal(new LinePosition(2, 0), source.GetLinePosition(text.IndexOf('c', StringComparison.Ordinal)));
        Assert.Equal("b", source.GetLineText(1));
    }

    [Fact]
    public void A_trailing_line_break_starts_an_empty_last_line()
    {
        var source = new SourceText("ab\n", "x.pvg");

        Assert.Equal(2, source.LineCount);
        Assert.Equal(new LinePosition(1, 0), source.GetLinePosition(3));
        Assert.Equal(string.Empty, source.GetLineText(1));
    }

    [Fact]
    public void Clamps_offsets_outside_the_text()
    {
        var source = new SourceText("ab", "x.pvg");

        Assert.Equal(new LinePosition(0, 2), source.GetLinePosition(99));
        Assert.Equal(new LinePosition(0, 0), source.GetLinePosition(-5));
        Assert.Equal("b", source.ToString(TextSpan.FromBounds(1, 99)));
    }

    [Fact]
    public void Shows_positions_one_based()
    {
        Assert.Equal("3:5", new LinePosition(2, 4).ToString());
    }

    [Fact]
    public void Spans_never_go_negative()
    {
        Assert.Equal(new TextSpan(0, 0), new TextSpan(-3, -1));
        Assert.Equal(new TextSpan(5, 0), TextSpan.FromBounds(5, 2));
        Assert.Equal(TextSpan.FromBounds(1, 9), TextSpan.FromBounds(1, 3).Cover(TextSpan.FromBounds(4, 9)));
    }
}

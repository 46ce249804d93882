using ProVision.Runtime.Formats;
using Xunit;

namespace ProVision.Runtime.Tests.Formats;

public class CarriedTextTests
{
    [Theory]
    [InlineData("0;", 0)]
    [InlineData("42;", 42)]
    [InlineData("2147483647;", int.MaxValue)]
    public void A_number_ended_by_its_separator_is_read_and_the_separator_consumed(string text, int expected)
    {
        var at = 0;
        Assert.Equal(expected, CarriedText.Number(text, ref at, ';'));
        Assert.Equal(text.Length, at);
    }

    [Theory]
    [InlineData(";")]            // no digits
    [InlineData("12")]           // no separator
    [InlineData("12:")]          // another separator
    [InlineData("2147483648;")]  // past int
    [InlineData("99999999999;")] // more digits than an int has
    [InlineData("-1;")]
    public void A_malformed_number_reads_as_null(string text)
    {
        var at = 0;
        Assert.Null(CarriedText.Number(text, ref at, ';'));
    }

    [Fact]
    public void Fields_are_read_by_their_length_and_one_longer_than_the_rest_reads_as_null()
    {
        const string text = "3:a:b0:5:xy";
        var at = 0;
        Assert.Equal("a:b", CarriedText.Field(text, ref at));
        Assert.Equal("", CarriedText.Field(text, ref at));
        Assert.Null(CarriedText.Field(text, ref at));
    }
}

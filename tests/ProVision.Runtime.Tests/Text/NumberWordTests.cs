using ProVision.Runtime.Text;

namespace ProVision.Runtime.Tests.Text;

public sealed class NumberWordTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(9, "nine")]
    [InlineData(13, "thirteen")]
    [InlineData(19, "nineteen")]
    [InlineData(20, "twenty")]
    [InlineData(21, "twenty-one")]
    [InlineData(40, "forty")]
    [InlineData(99, "ninety-nine")]
    [InlineData(100, "one hundred")]
    [InlineData(101, "one hundred one")]
    [InlineData(115, "one hundred fifteen")]
    [InlineData(342, "three hundred forty-two")]
    [InlineData(999, "nine hundred ninety-nine")]
    [InlineData(1000, "one thousand")]
    [InlineData(2005, "two thousand five")]
    [InlineData(1_000_001, "one million one")]
    [InlineData(12_345, "twelve thousand three hundred forty-five")]
    [InlineData(-3, "minus three")]
    [InlineData(long.MinValue, "minus nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion eight hundred fifty-four million seven hundred seventy-five thousand eight hundred eight")]
    public void NumberToWords_spells_numbers(long number, string expected)
    {
        Assert.Equal(expected, NumberWords.NumberToWords(number));
    }

    [Theory]
    [InlineData(0, "zeroth", "0th")]
    [InlineData(1, "first", "1st")]
    [InlineData(2, "second", "2nd")]
    [InlineData(3, "third", "3rd")]
    [InlineData(4, "fourth", "4th")]
    [InlineData(5, "fifth", "5th")]
    [InlineData(8, "eighth", "8th")]
    [InlineData(9, "ninth", "9th")]
    [InlineData(11, "eleventh", "11th")]
    [InlineData(12, "twelfth", "12th")]
    [InlineData(13, "thirteenth", "13th")]
    [InlineData(20, "twentieth", "20th")]
    [InlineData(21, "twenty-first", "21st")]
    [InlineData(22, "twenty-second", "22nd")]
    [InlineData(23, "twenty-third", "23rd")]
    [InlineData(100, "one hundredth", "100th")]
    [InlineData(101, "one hundred first", "101st")]
    [InlineData(111, "one hundred eleventh", "111th")]
    [InlineData(112, "one hundred twelfth", "112th")]
    public void Ordinals_in_words_and_digits(long number, string words, string digits)
    {
        Assert.Equal(words, NumberWords.OrdinalWords(number));
        Assert.Equal(digits, NumberWords.OrdinalDigits(number));
    }

    [Fact]
    public void JoinList_uses_the_serial_comma()
    {
        Assert.Equal("", ListPhrases.JoinList([]));
        Assert.Equal("a", ListPhrases.JoinList(["a"]));
        Assert.Equal("a and b", ListPhrases.JoinList(["a", "b"]));
        Assert.Equal("a, b, and c", ListPhrases.JoinList(["a", "b", "c"]));
        Assert.Equal("a, b, c, or d", ListPhrases.JoinList(["a", "b", "c", "d"], "or"));
    }
}

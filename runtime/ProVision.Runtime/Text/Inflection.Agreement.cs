namespace ProVision.Runtime.Text;

public static partial class Inflection
{
    /// <summary>"is" for exactly one, else "are" ("there are 0 dogs", "there are 2 dogs").</summary>
    public static string Be(long count) => count == 1 ? "is" : "are";

    /// <summary>"is" or "are" agreeing with a noun phrase: "are" when <see cref="IsPlural"/> says it is plural.</summary>
    public static string Be(string noun) => IsPlural(noun) ? "are" : "is";

    /// <summary>"has" for exactly one, else "have".</summary>
    public static string Have(long count) => count == 1 ? "has" : "have";

    /// <summary>"has" or "have" agreeing with a noun phrase.</summary>
    public static string Have(string noun) => IsPlural(noun) ? "have" : "has";

    /// <summary>The text with its first character upper-cased when it is a letter ("dog" -> "Dog").</summary>
    public static string Capitalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !char.IsLower(text[0]))
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(source[0]);
        });
    }
}

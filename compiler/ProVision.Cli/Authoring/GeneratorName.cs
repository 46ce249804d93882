using System.Text;
using System.Text.RegularExpressions;
using ProVision.Compiler.Syntax;

namespace ProVision.Cli.Authoring;

/// <summary>
/// Checks a generator name given to <c>provision new</c> before anything is written: it must be a .pvg identifier
/// (<c>[A-Za-z_][A-Za-z0-9_]*</c>) and not a reserved word. A refusal suggests a name that is valid.
/// </summary>
public static partial class GeneratorName
{
    /// <summary>Null when <paramref name="name"/> is usable, else why not, with a suggestion.</summary>
    public static string? Problem(string name)
    {
        if (Identifier().IsMatch(name) && !SyntaxFacts.Keywords.Contains(name)) return null;
        var why = SyntaxFacts.Keywords.Contains(name)
            ? $"'{name}' is a reserved word of the .pvg language"
            : $"'{name}' is not a valid generator name (letters, digits and '_', not starting with a digit)";
        return $"{why}; try '{Suggest(name)}'";
    }

    /// <summary>A valid name close to <paramref name="name"/>: words capitalised and joined ("largest object" → "LargestObject").</summary>
    public static string Suggest(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in Words().Matches(name).Select(m => m.Value))
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        if (builder.Length == 0) return "MyGenerator";
        if (char.IsAsciiDigit(builder[0])) builder.Insert(0, "Generator");
        var suggestion = builder.ToString();
        return SyntaxFacts.Keywords.Contains(suggestion) ? suggestion + "Generator" : suggestion;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Words();
}

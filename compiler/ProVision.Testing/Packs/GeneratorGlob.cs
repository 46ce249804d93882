using System.Text.RegularExpressions;

namespace ProVision.Testing.Packs;

/// <summary><c>--filter</c>: a generator-name glob where <c>*</c> matches any run of characters and <c>?</c> one; case-sensitive.</summary>
public sealed class GeneratorGlob
{
    private readonly Regex _regex;

    public GeneratorGlob(string pattern)
    {
        Pattern = pattern;
        var body = Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal);
        _regex = new Regex("^" + body + "$", RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public bool Matches(string name) => _regex.IsMatch(name);
}

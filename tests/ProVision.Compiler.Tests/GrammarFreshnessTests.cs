using System.Security.Cryptography;
using System.Text;
using ProVision.Compiler.Tests.Infrastructure;

namespace ProVision.Compiler.Tests;

/// <summary>The committed generated parser must come from the committed grammar (grammar/generate.sh records its hash).</summary>
public sealed class GrammarFreshnessTests
{
    [Fact]
    public void Generated_parser_matches_the_grammar()
    {
        var grammar = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "grammar", "ProVision.g4"));
        var recorded = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "grammar", "ProVision.Grammar", "Generated", "grammar.sha256"));

        // Same normalisation as generate.sh: CRLF to LF, so a Windows checkout agrees.
        var bytes = Encoding.UTF8.GetBytes(grammar.Replace("\r", string.Empty, StringComparison.Ordinal));
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));

        Assert.True(
            recorded.StartsWith(actual, StringComparison.Ordinal),
            $"grammar/ProVision.g4 changed since the parser was generated (sha256 {actual}, recorded {recorded.Trim()}); run grammar/generate.sh and commit the result");
    }
}

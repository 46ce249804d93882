using Antlr4.Runtime;

namespace ProVision.Compiler.Parsing;

/// <summary>
/// Aborts a parse that nests too deeply. It never leaves <see cref="PvgParser"/>, which turns it into
/// PV0016; it exists because ANTLR's generated rules can only be stopped by an exception.
/// </summary>
internal sealed class NestingLimitExceededException(IToken token) : Exception("nesting limit exceeded")
{
    /// <summary>The token being parsed when the limit was hit.</summary>
    public IToken Token { get; } = token;
}

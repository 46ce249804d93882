namespace ProVision.Compiler.Parsing;

/// <summary>The ways ANTLR's error strategy can fail to match the input.</summary>
internal enum SyntaxErrorKind
{
    /// <summary>The current token cannot be matched here (mismatched input, no viable alternative).</summary>
    Unexpected,

    /// <summary>The current token is extraneous: dropping it lets the parse go on.</summary>
    Unwanted,

    /// <summary>A single token is missing: inserting it lets the parse go on.</summary>
    Missing,
}

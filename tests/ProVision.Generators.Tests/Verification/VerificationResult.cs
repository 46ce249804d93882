using System.Collections.Immutable;

namespace ProVision.Generators.Tests.Verification;

/// <summary>The verdict on one item: every failure found, each a full sentence naming the item.</summary>
public sealed class VerificationResult
{
    private VerificationResult(ImmutableArray<string> failures) => Failures = failures;

    /// <summary>The failures; empty when the item is correct.</summary>
    public ImmutableArray<string> Failures { get; }

    /// <summary>True when no check failed.</summary>
    public bool Passed => Failures.IsEmpty;

    /// <summary>"ok", or the failures one per line.</summary>
    public string Message => Passed ? "ok" : string.Join(Environment.NewLine, Failures);

    internal static VerificationResult From(IEnumerable<string> failures) => new([.. failures]);

    /// <inheritdoc/>
    public override string ToString() => Message;
}

namespace ProVision.Generators.Tests.Verification;

/// <summary>Re-derives the answer of one generator's items (or of a family sharing one rule).</summary>
internal interface IGeneratorVerifier
{
    /// <summary>The reference generator names this verifier judges.</summary>
    IEnumerable<string> Generators { get; }

    /// <summary>Whether items have several images ("Image k" answers, per-image evidence).</summary>
    bool IsMultiImage { get; }

    /// <summary>Adds a failure to <paramref name="check"/> for every rule the item breaks.</summary>
    void Verify(ItemCheck check);
}

namespace ProVision.Generators.Tests.Verification;

/// <summary>
/// The run settings the verifier must know to judge an item: the ones that change what a correct item is.
/// Defaults are the engine's defaults (<c>GenerationOptions</c>).
/// </summary>
public sealed record VerifierOptions
{
    /// <summary>The defaults.</summary>
    public static VerifierOptions Default { get; } = new();

    /// <summary>
    /// Minimum depth difference on the 0-255 scale (the reference's 50). A map declaring another range (or an
    /// integer dtype with another range) scales it by <c>(max - min) / 255</c>.
    /// </summary>
    public double DepthThreshold { get; init; } = 50;

    /// <summary>Most options a multiple-choice item may show, answer included.</summary>
    public int MaxChoices { get; init; } = 4;

    /// <summary>Images per multi-image item; null accepts any n of at least 2.</summary>
    public int? ImagesPerItem { get; init; }

    /// <summary>
    /// Predicates seen elsewhere in the data set. Relation distractors must be known predicates: the vocabulary's,
    /// the item's graphs', or these (the verifier sees only the item's graphs, the generator saw the data set).
    /// </summary>
    public IReadOnlyCollection<string> DatasetPredicates { get; init; } = [];

    /// <summary>
    /// Whether to read the words as a person does (<see cref="Reading.ReadingChecks"/>) after the evidence checks. On
    /// by default; off only in tests that pin one evidence rule on a hand-made item whose words are not the point.
    /// </summary>
    public bool ReadWords { get; init; } = true;

    /// <summary>
    /// The noun data the reading checks use to tell "banana" and "bananas" apart as one noun
    /// (<see cref="Reading.NounForms"/>); the built-in tables unless a test loads a pack's vocabulary file.
    /// </summary>
    public Reading.NounForms Nouns { get; init; } = Reading.NounForms.Default;

    /// <summary>Whether an open-ended QA item's response must contain its answer (ignoring case).</summary>
    public bool RequireAnswerInResponse { get; init; } = true;
}

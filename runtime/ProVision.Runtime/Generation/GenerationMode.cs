namespace ProVision.Runtime.Generation;

/// <summary>What kind of text items carry.</summary>
public enum GenerationMode
{
    /// <summary>Question and answer, from the generator's <c>ask</c> templates.</summary>
    Qa,

    /// <summary>A declarative sentence, from the generator's <c>tell</c> templates (no item where there are none).</summary>
    Description,
}

namespace ProVision.Runtime.Generation;

/// <summary>How counts (and ordinals) render: "3"/"3rd" or "three"/"third".</summary>
public enum NumberMode
{
    /// <summary>Digits for every item.</summary>
    Numeric,

    /// <summary>Words for every item.</summary>
    Word,

    /// <summary>Digits or words, chosen per item with the item's random stream (each with probability 1/2).</summary>
    Random,
}

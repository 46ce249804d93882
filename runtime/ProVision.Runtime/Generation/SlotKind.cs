namespace ProVision.Runtime.Generation;

/// <summary>What a <see cref="SlotValue"/> holds, which decides how it renders.</summary>
public enum SlotKind
{
    /// <summary>No value (<c>default(SlotValue)</c>); renders as an empty string.</summary>
    None,

    /// <summary>A string, rendered as is.</summary>
    Text,

    /// <summary>An integer, rendered as digits.</summary>
    Integer,

    /// <summary>A floating-point number, rendered like Python's <c>repr</c> (<c>0.5</c>, <c>1.0</c>).</summary>
    Real,

    /// <summary>A count, rendered as digits or words by the item's number mode.</summary>
    Count,

    /// <summary>A list of strings, rendered "a, b, and c" in an order shuffled per item.</summary>
    List,
}

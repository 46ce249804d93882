namespace ProVision.Runtime.Generation;

/// <summary>Why a generator context stopped taking items.</summary>
public enum StopReason
{
    /// <summary>It did not stop: the generator ran to completion.</summary>
    None,

    /// <summary>It reached <see cref="GenerationOptions.ItemsPerGraphBudget"/>.</summary>
    ItemBudget,

    /// <summary>It ran past <see cref="GenerationOptions.TimeBudget"/>.</summary>
    TimeBudget,

    /// <summary>Its lists grew past <see cref="GenerationOptions.ElementBudget"/> elements in all.</summary>
    ElementBudget,
}

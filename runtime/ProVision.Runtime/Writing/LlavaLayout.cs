namespace ProVision.Runtime.Writing;

/// <summary>How <see cref="LlavaItemWriter"/> lays records out in the file.</summary>
public enum LlavaLayout
{
    /// <summary>One JSON array, one record per line inside it: what LLaVA's training scripts load.</summary>
    JsonArray,

    /// <summary>One record per line, no enclosing array: streamable and concatenable.</summary>
    JsonLines,
}

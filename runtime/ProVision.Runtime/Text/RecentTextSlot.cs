namespace ProVision.Runtime.Text;

/// <summary>
/// Where a text sits in a direct-mapped table of the texts asked most recently (<see cref="RecentTexts{T}"/>, the
/// vocabulary's recent nouns and synonym groups): texts that share a slot only evict each other, so such a table has a
/// fixed size whatever the data.
/// </summary>
internal static class RecentTextSlot
{
    /// <summary>How many bits a slot number has.</summary>
    public const int Bits = 10;

    /// <summary>How many slots a table has.</summary>
    public const int Count = 1 << Bits;

    /// <summary>
    /// The slot of a text: a multiplicative hash of its length and its first, middle and last characters, because the
    /// texts asked are short labels and names asked millions of times, where a pass over the text or a call into the
    /// runtime's string hash would cost more than the lookup it serves.
    /// </summary>
    public static int Of(string text)
    {
        var n = text.Length;
        var h = (uint)n;
        if (n > 0) h ^= text[0] | (uint)text[n >> 1] << 8 | (uint)text[n - 1] << 16;
        return (int)((h * 0x9E3779B1u) >> (32 - Bits));
    }
}

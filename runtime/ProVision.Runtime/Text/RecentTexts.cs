namespace ProVision.Runtime.Text;

/// <summary>
/// A pure function of a text, remembered for the texts asked most recently: an inflection ("dog" -> "a dog", "box" ->
/// "boxes"), which items ask of the same few hundred labels over and over and whose word lists and prefix checks cost
/// more than the rest of the slot, or a slot or tag name encoded for JSON, which every written item asks again
/// (docs/performance.md, session 11).
/// </summary>
/// <remarks>
/// Direct-mapped: a text has one slot (<see cref="RecentTextSlot"/>), and a text that shares the slot replaces the one
/// kept there, so the memory is fixed whatever the data.
/// Safe to share between threads without a lock: a slot holds one whole entry, replaced by one reference write, so a
/// race only computes a value twice.
/// </remarks>
internal sealed class RecentTexts<T>(Func<string, T> compute)
{
    private readonly Entry?[] _slots = new Entry?[RecentTextSlot.Count];

    /// <summary>The function's value for <paramref name="text"/>: the one kept when the text was asked last, else computed now.</summary>
    public T Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ref var slot = ref _slots[RecentTextSlot.Of(text)];
        if (Volatile.Read(ref slot) is { } kept && string.Equals(kept.Text, text))
        {
            return kept.Value;
        }
        var value = compute(text);
        Volatile.Write(ref slot, new Entry(text, value));
        return value;
    }

    private sealed record Entry(string Text, T Value);
}

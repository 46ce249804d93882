using ProVision.Runtime.Randomness;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// Wrong options for an answer that is a set of words ("What are all the relations ...?" -> "on and holding"): an
/// option must be a whole set too, as large as the answer so that its size gives nothing away, and false however it
/// is read. Sets made only of wrong words are: not one of their words holds.
/// </summary>
public static class SetChoices
{
    /// <summary>
    /// Fills <paramref name="destination"/> (cleared first) with wrong options for <paramref name="answer"/> (the .pvg
    /// <c>setChoices</c>). For a one-word answer they are the words of <paramref name="pool"/>, as they are; for an
    /// answer of n words, disjoint sets of n pool words in a random order (the item's stream), each joined as English
    /// does ("behind and under"), as many as the pool fills. The pool must hold only wrong words of distinct meanings
    /// (the caller's filter); an answer without words gets no options.
    /// </summary>
    public static void AppendSetChoices(ReadOnlySpan<string> answer, ReadOnlySpan<string> pool, DeterministicRandom random, ScratchList<string> destination)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(destination);
        destination.Clear();
        var size = answer.Length;
        if (size == 1)
        {
            destination.AddRange(pool);
            return;
        }
        var options = size == 0 ? 0 : pool.Length / size;
        if (options == 0)
        {
            return;
        }
        var drawn = new int[options * size];
        random.SampleWithoutReplacement(pool.Length, drawn.Length, drawn);
        var words = new string[size];
        for (var option = 0; option < options; option++)
        {
            for (var k = 0; k < size; k++)
            {
                words[k] = pool[drawn[option * size + k]];
            }
            destination.Add(ListPhrases.JoinList(words));
        }
    }
}

using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// The positions of a list in a uniformly random order, handed out one at a time (Fisher-Yates, one number of the
/// stream per position handed out), for <c>sample k</c> over a list's elements: the first k elements of a random order
/// that reach the sample clause are a uniform choice of k among all that reach it, as testing every element and then
/// choosing k would be, without testing the rest (docs/randomness.md#sample-and-pick). The compiled code and the
/// interpreter both visit the elements through this class, so they draw the same numbers and keep the same elements.
/// </summary>
/// <remarks>One instance serves a whole run: its array grows to the longest list and is reused.</remarks>
public sealed class RandomOrder
{
    private int[] _positions = [];
    private int _count;
    private int _next;
    private DeterministicRandom? _random;

    /// <summary>Starts a new order of the positions 0 .. <paramref name="count"/> - 1, drawn from <paramref name="random"/>.</summary>
    public void Start(int count, DeterministicRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(random);
        if (_positions.Length < count)
        {
            _positions = new int[count];
        }
        for (var i = 0; i < count; i++)
        {
            _positions[i] = i;
        }
        (_count, _next, _random) = (count, 0, random);
    }

    /// <summary>The next position of the order; false once every position was handed out.</summary>
    public bool TryNext(out int position)
    {
        if (_next >= _count)
        {
            position = -1;
            return false;
        }
        var pick = _next + _random!.NextInt(_count - _next);
        (_positions[_next], _positions[pick]) = (_positions[pick], _positions[_next]);
        position = _positions[_next++];
        return true;
    }
}

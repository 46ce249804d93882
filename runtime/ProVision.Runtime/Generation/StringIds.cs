namespace ProVision.Runtime.Generation;

/// <summary>
/// Strings interned to dense ids (0, 1, ...) in order of first appearance; each distinct string is held once, as the
/// instance first seen. Not thread-safe while strings are added; read-only afterwards.
/// </summary>
internal sealed class StringIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public int Count => _strings.Count;

    public string this[int id] => _strings[id];

    /// <summary>The id of <paramref name="value"/>, given a new one if it is new.</summary>
    public int Intern(string value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            _ids[value] = id = _strings.Count;
            _strings.Add(value);
        }
        return id;
    }

    /// <summary>The id of <paramref name="value"/>, or -1 when it was never interned.</summary>
    public int Find(string value) => _ids.TryGetValue(value, out var id) ? id : -1;

    /// <summary>Every string, by id.</summary>
    public IReadOnlyList<string> All => _strings;
}

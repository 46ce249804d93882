namespace ProVision.Runtime.Stdlib;

/// <summary>
/// <c>for key, group in xs grouped by k</c> for compiled generators: elements are added with their keys, then read
/// back as groups in order of first appearance, each group's elements in the order they were added. Like
/// <see cref="ScratchList{T}"/> it is created once per run and <see cref="Clear"/>ed before each use, so grouping
/// inside a loop allocates nothing once the buffers have grown.
/// </summary>
/// <typeparam name="TKey">The key type; compared with <see cref="EqualityComparer{T}.Default"/> (ordinal for strings, element-wise for value tuples).</typeparam>
/// <typeparam name="T">The element type.</typeparam>
public sealed class Grouping<TKey, T>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _groupOf = new();
    private readonly List<TKey> _keys = [];
    private readonly List<int> _elementGroups = [];
    private readonly List<T> _elements = [];
    private int[] _offsets = [0];
    private int[] _next = [];
    private T[] _grouped = [];
    private bool _built;

    /// <summary>The number of groups.</summary>
    public int Count => _keys.Count;

    /// <summary>Forgets every group.</summary>
    public void Clear()
    {
        _groupOf.Clear();
        _keys.Clear();
        _elementGroups.Clear();
        _elements.Clear();
        _built = false;
    }

    /// <summary>Adds <paramref name="item"/> to the group of <paramref name="key"/>, creating the group on first sight.</summary>
    public void Add(TKey key, T item)
    {
        if (!_groupOf.TryGetValue(key, out var group))
        {
            group = _keys.Count;
            _groupOf.Add(key, group);
            _keys.Add(key);
        }
        _elementGroups.Add(group);
        _elements.Add(item);
        _built = false;
    }

    /// <summary>The key of group <paramref name="group"/>.</summary>
    public TKey Key(int group) => _keys[group];

    /// <summary>The elements of group <paramref name="group"/>, valid until the grouping is next changed.</summary>
    public ReadOnlySpan<T> Items(int group)
    {
        if (!_built)
        {
            Build();
        }
        return _grouped.AsSpan(_offsets[group], _offsets[group + 1] - _offsets[group]);
    }

    // A counting sort of the elements by group: offsets, then a stable scatter.
    private void Build()
    {
        var groups = _keys.Count;
        if (_offsets.Length < groups + 1)
        {
            _offsets = new int[Math.Max(groups + 1, _offsets.Length * 2)];
        }
        Array.Clear(_offsets, 0, groups + 1);
        foreach (var group in _elementGroups)
        {
            _offsets[group + 1]++;
        }
        for (var g = 0; g < groups; g++)
        {
            _offsets[g + 1] += _offsets[g];
        }
        if (_grouped.Length < _elements.Count)
        {
            _grouped = new T[Math.Max(_elements.Count, _grouped.Length * 2)];
        }
        // A field kept across builds, not stackalloc: a method with stackalloc and loops cannot start as quick
        // (tier-0) code, so the runtime compiled each instantiation fully optimised at its first call, milliseconds of
        // every start (docs/performance.md#session-7-start-up).
        if (_next.Length < groups)
        {
            _next = new int[Math.Max(groups, _next.Length * 2)];
        }
        var next = _next;
        _offsets.AsSpan(0, groups).CopyTo(next);
        for (var i = 0; i < _elements.Count; i++)
        {
            _grouped[next[_elementGroups[i]]++] = _elements[i];
        }
        _built = true;
    }
}

namespace ProVision.Runtime.Generation;

/// <summary>
/// Which images hold each key (a label id, a related label pair's id, ...), with counts: filled while images are added
/// in order (each image's keys together), then frozen into one ascending array per key.
/// </summary>
internal sealed class ImagesByKey
{
    private List<List<int>>? _building = [];
    private int[][] _holders = [];

    /// <summary>Records that image <paramref name="image"/> (the latest added, or a later one) holds key <paramref name="key"/>.</summary>
    public void Add(int key, int image)
    {
        var building = _building ?? throw new InvalidOperationException("The index is frozen.");
        while (building.Count <= key) building.Add([]);
        var holders = building[key];
        if (holders.Count == 0 || holders[^1] != image) holders.Add(image);
    }

    /// <summary>Ends adding: each key's images become one exact-size array (the growing lists are freed key by key).</summary>
    public void Freeze()
    {
        var building = _building ?? throw new InvalidOperationException("The index is frozen.");
        _holders = new int[building.Count][];
        for (var key = 0; key < building.Count; key++)
        {
            _holders[key] = [.. building[key]];
            building[key] = null!;
        }
        _building = null;
    }

    /// <summary>The images (ascending) that hold <paramref name="key"/>; empty for a key never seen.</summary>
    public ReadOnlySpan<int> Holders(int key) => key >= 0 && key < _holders.Length ? _holders[key] : [];

    /// <summary>
    /// The same keys with only the images for which <paramref name="keep"/> (key, image) holds, in the same order:
    /// images that hold a key in a narrower sense (<see cref="DrawSharing.UniqueRelatedLabels"/>, ...).
    /// </summary>
    public ImagesByKey Where(Func<int, int, bool> keep)
    {
        if (_building is not null) throw new InvalidOperationException("The index is not frozen yet.");
        var narrowed = new ImagesByKey { _building = null, _holders = new int[_holders.Length][] };
        var kept = new List<int>();
        for (var key = 0; key < _holders.Length; key++)
        {
            kept.Clear();
            foreach (var image in _holders[key])
            {
                if (keep(key, image)) kept.Add(image);
            }
            narrowed._holders[key] = [.. kept];
        }
        return narrowed;
    }

    /// <summary>The keys (ascending) that at least <paramref name="count"/> images hold: those a draw of that many images can share.</summary>
    public int[] KeysHeldByAtLeast(int count)
    {
        var keys = new List<int>();
        for (var key = 0; key < _holders.Length; key++)
        {
            if (_holders[key].Length >= count) keys.Add(key);
        }
        return [.. keys];
    }
}

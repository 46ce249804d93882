namespace ProVision.Runtime.Stdlib;

/// <summary>
/// A graph's objects grouped by label, groups in order of first appearance and objects in index order within
/// a group: <c>for label, group in objects grouped by label</c>. Stored as one flat index array with offsets,
/// so a grouping costs three arrays however many labels there are.
/// </summary>
public sealed class LabelGroups
{
    private readonly string[] _labels;
    private readonly int[] _offsets; // group g holds _objects[_offsets[g] .. _offsets[g + 1])
    private readonly int[] _objects;

    internal LabelGroups(string[] labels, int[] offsets, int[] objects)
    {
        _labels = labels;
        _offsets = offsets;
        _objects = objects;
    }

    /// <summary>Number of groups (distinct labels).</summary>
    public int Count => _labels.Length;

    /// <summary>The label of group <paramref name="group"/>.</summary>
    public string Label(int group) => _labels[group];

    /// <summary>The object indices of group <paramref name="group"/>, ascending.</summary>
    public ReadOnlySpan<int> Objects(int group) => _objects.AsSpan(_offsets[group], _offsets[group + 1] - _offsets[group]);

    /// <summary>The size of group <paramref name="group"/>.</summary>
    public int Size(int group) => _offsets[group + 1] - _offsets[group];
}

using ProVision.Runtime.Items;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The item being built by an <c>emit</c> block: slots, answer, candidates, evidence and tags. One draft per
/// generator context, reset by <see cref="GeneratorContext.BeginItem"/>, so filling an item allocates only the
/// values themselves.
/// </summary>
/// <remarks>
/// Slots live in small parallel arrays searched linearly: an emit block sets a handful of slots, and the slot
/// names are the same interned literals every time, so the search is a few reference comparisons, cheaper than
/// hashing, with no dictionary of <see cref="object"/> anywhere.
/// </remarks>
public sealed partial class ItemDraft
{
    private readonly List<int>[] _objects;
    private readonly List<int>[] _relations;
    private readonly List<SlotValue> _candidates = [];
    private string[] _slotNames = new string[8];
    private SlotValue[] _slotValues = new SlotValue[8];
    private string[] _tagNames = new string[4];
    private List<TagValue>[] _tagValues = new List<TagValue>[4];
    private int _tagCount;
    private DeterministicRandom? _random;
    private SlotValue _answer;

    internal ItemDraft(int imageCount)
    {
        _objects = new List<int>[imageCount];
        _relations = new List<int>[imageCount];
        for (var i = 0; i < imageCount; i++)
        {
            _objects[i] = [];
            _relations[i] = [];
        }
    }

    /// <summary>The draft's number within its context (0, 1, ...): the item index of its random key.</summary>
    public long Index { get; private set; }

    /// <summary>The number of images an item of this draft covers.</summary>
    public int ImageCount => _objects.Length;

    /// <summary>The item's random key: <c>(seed, generator, image id, Index)</c>.</summary>
    public RandomKey Key { get; private set; }

    /// <summary>
    /// The item's random stream for choices an emit block makes (count candidates, sampling within the item).
    /// The engine's own choices (phrasing, options, list order) use sub-streams derived from <see cref="Key"/>,
    /// so they never shift these numbers.
    /// </summary>
    public DeterministicRandom Random => _random ??= Key.CreateRandom();

    /// <summary>Number of slots set.</summary>
    public int SlotCount { get; private set; }

    /// <summary>The answer; required before <see cref="GeneratorContext.Emit"/>.</summary>
    public SlotValue Answer
    {
        get => _answer;
        set
        {
            if (value.IsNone)
            {
                throw new ArgumentException("The answer must have a value.", nameof(value));
            }
            _answer = value;
        }
    }

    /// <summary>Candidate answers (the answer need not be among them; the engine adds it and removes duplicates).</summary>
    public IReadOnlyList<SlotValue> Candidates => _candidates;

    /// <summary>Whether counts render as words in this item (resolved from the number mode when the item is emitted).</summary>
    public bool UseNumberWords { get; internal set; }

    /// <summary>Sets slot <paramref name="name"/>, replacing an earlier value.</summary>
    public void Set(string name, SlotValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var index = IndexOfSlot(name);
        if (index < 0)
        {
            if (SlotCount == _slotNames.Length)
            {
                Array.Resize(ref _slotNames, SlotCount * 2);
                Array.Resize(ref _slotValues, SlotCount * 2);
            }
            index = SlotCount++;
            _slotNames[index] = name;
        }
        _slotValues[index] = value;
    }

    /// <summary>The value of slot <paramref name="name"/>, if set.</summary>
    public bool TryGet(string name, out SlotValue value)
    {
        var index = IndexOfSlot(name);
        value = index < 0 ? default : _slotValues[index];
        return index >= 0;
    }

    /// <summary>The name of slot number <paramref name="index"/> (in the order slots were first set).</summary>
    public string SlotName(int index) => _slotNames[CheckSlotIndex(index)];

    /// <summary>The value of slot number <paramref name="index"/>.</summary>
    public SlotValue SlotValueAt(int index) => _slotValues[CheckSlotIndex(index)];

    /// <summary>Adds a candidate answer.</summary>
    public void AddCandidate(SlotValue candidate)
    {
        if (!candidate.IsNone)
        {
            _candidates.Add(candidate);
        }
    }

    /// <summary>Adds text candidates.</summary>
    public void AddCandidates(ReadOnlySpan<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            AddCandidate(SlotValue.FromText(candidate));
        }
    }

    /// <summary>Adds count candidates (e.g. from <see cref="Stdlib.Counting.CountChoices(int, DeterministicRandom, Span{int}, int)"/>).</summary>
    public void AddCountCandidates(ReadOnlySpan<int> counts)
    {
        foreach (var count in counts)
        {
            AddCandidate(SlotValue.FromCount(count));
        }
    }

    /// <summary>Records object <paramref name="objectIndex"/> of image <paramref name="image"/> as evidence.</summary>
    public void AddObject(int objectIndex, int image = 0) => _objects[image].Add(CheckIndex(objectIndex));

    /// <summary>Records objects of image <paramref name="image"/> as evidence.</summary>
    public void AddObjects(ReadOnlySpan<int> objectIndices, int image = 0)
    {
        foreach (var index in objectIndices)
        {
            AddObject(index, image);
        }
    }

    /// <summary>Records relation <paramref name="relationIndex"/> of image <paramref name="image"/> as evidence.</summary>
    public void AddRelation(int relationIndex, int image = 0) => _relations[image].Add(CheckIndex(relationIndex));

    /// <summary>Records relations of image <paramref name="image"/> as evidence.</summary>
    public void AddRelations(ReadOnlySpan<int> relationIndices, int image = 0)
    {
        foreach (var index in relationIndices)
        {
            AddRelation(index, image);
        }
    }

    /// <summary>Adds a value to tag <paramref name="name"/> (tags keep the order they were first added).</summary>
    public void AddTag(string name, TagValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        for (var i = 0; i < _tagCount; i++)
        {
            if (ReferenceEquals(_tagNames[i], name) || string.Equals(_tagNames[i], name, StringComparison.Ordinal))
            {
                _tagValues[i].Add(value);
                return;
            }
        }
        if (_tagCount == _tagNames.Length)
        {
            Array.Resize(ref _tagNames, _tagCount * 2);
            Array.Resize(ref _tagValues, _tagCount * 2);
        }
        _tagNames[_tagCount] = name;
        (_tagValues[_tagCount] ??= []).Clear();
        _tagValues[_tagCount++].Add(value);
    }

    internal void Reset(long index, RandomKey key)
    {
        Index = index;
        Key = key;
        _random = null;
        Array.Clear(_slotValues, 0, SlotCount);
        Array.Clear(_slotNames, 0, SlotCount);
        SlotCount = 0;
        _answer = default;
        _candidates.Clear();
        foreach (var list in _objects)
        {
            list.Clear();
        }
        foreach (var list in _relations)
        {
            list.Clear();
        }
        _tagCount = 0;
        UseNumberWords = false;
        _listKey = default;
        _shuffleLists = false;
    }

    private int IndexOfSlot(string name)
    {
        for (var i = 0; i < SlotCount; i++)
        {
            if (ReferenceEquals(_slotNames[i], name) || string.Equals(_slotNames[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private int CheckSlotIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, SlotCount);
        return index;
    }

    private static int CheckIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index;
    }
}

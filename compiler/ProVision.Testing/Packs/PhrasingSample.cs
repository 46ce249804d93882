namespace ProVision.Testing.Packs;

/// <summary>
/// Which phrasings of which items a snapshot file shows. Built-in generators have up to thousands of phrasings, so
/// every item with every phrasing would make files of megabytes that nobody reviews. Rule: at most
/// <see cref="MaxItems"/> items are listed (the first, in generation order); when items x phrasings is at most
/// <see cref="Budget"/> every listed item shows every phrasing; otherwise each item shows
/// <c>q = max(1, Budget / items)</c> phrasings spread over the list and shifted per item, <c>(i + k*s) mod P</c> for
/// <c>k = 0..q-1</c> with <c>s = max(1, P / q)</c>, so different items show different phrasings. The section header
/// also carries a fingerprint of every phrasing (<see cref="SnapshotFile"/>), so a change to a phrasing that the sample
/// does not show still changes the file.
/// </summary>
internal sealed class PhrasingSample
{
    public const int Budget = 60;
    public const int MaxItems = 100;

    private readonly int _perItem;
    private readonly int _step;

    public PhrasingSample(int items, int phrasings)
    {
        Items = items;
        Phrasings = phrasings;
        ListedItems = Math.Min(items, MaxItems);
        IsComplete = (long)ListedItems * phrasings <= Budget;
        _perItem = IsComplete ? phrasings : Math.Max(1, Budget / Math.Max(1, ListedItems));
        _step = Math.Max(1, phrasings / _perItem);
    }

    public int Items { get; }
    public int Phrasings { get; }
    public int ListedItems { get; }

    /// <summary>True when every listed item shows every phrasing.</summary>
    public bool IsComplete { get; }

    public bool Shows(int item, int phrasing)
    {
        if (IsComplete) return true;
        for (var k = 0; k < _perItem; k++)
        {
            if ((item + (long)k * _step) % Phrasings == phrasing) return true;
        }
        return false;
    }

    /// <summary>The header text that says what the section shows, so a reader knows when it is a sample.</summary>
    public string Describe()
    {
        var items = ListedItems == Items ? $"{Items} item(s)" : $"{Items} item(s), the first {ListedItems} listed";
        return IsComplete
            ? $"{items} x {Phrasings} phrasing(s), all shown"
            : $"{items} x {Phrasings} phrasing(s), a sample: item i shows phrasings (i + {_step}k) mod {Phrasings}, k = 0..{_perItem - 1}";
    }
}

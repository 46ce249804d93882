namespace ProVision.Runtime.Loading;

/// <summary>Totals of a load under <see cref="ErrorPolicy.Skip"/>: what was read and what was skipped, by kind.</summary>
public sealed class LoadReport
{
    private readonly Dictionary<string, int> _skippedByKind = new(StringComparer.Ordinal);
    private readonly List<DataError> _examples = [];

    public long Loaded { get; private set; }
    public long Skipped { get; private set; }
    public IReadOnlyDictionary<string, int> SkippedByKind => _skippedByKind;

    /// <summary>The first few errors, to show the user what the skipped totals mean.</summary>
    public IReadOnlyList<DataError> Examples => _examples;

    public void CountLoaded() => Loaded++;

    public void CountSkipped(DataError error)
    {
        Skipped++;
        _skippedByKind[error.Kind] = _skippedByKind.GetValueOrDefault(error.Kind) + 1;
        if (_examples.Count < 20) _examples.Add(error);
    }
}

using ProVision.Runtime.Statistics;

namespace ProVision.Pipeline.Reporting;

/// <summary>What a generator pack says about a generator, for the report (family, number of phrasings).</summary>
public sealed record GeneratorInfo(string Family, int Phrasings);

/// <summary>One gallery picture: an item drawn with its evidence, or why it could not be drawn.</summary>
public sealed record GalleryEntry(string Generator, string ItemId, string? Png, string Caption);

/// <summary>Everything <see cref="ItemReport"/> puts on the page.</summary>
public sealed record ReportFacts
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public required ItemStatistics Items { get; init; }

    /// <summary>The scene graphs the items came from (for named-vs-present vocabularies); null when not given.</summary>
    public GraphStatistics? Graphs { get; init; }

    /// <summary>Per generator name, from the pack; generators it does not know show "?".</summary>
    public IReadOnlyDictionary<string, GeneratorInfo> Generators { get; init; } = new Dictionary<string, GeneratorInfo>();

    public IReadOnlyList<GalleryEntry> Gallery { get; init; } = [];

    /// <summary>Why there is no gallery, when there is none.</summary>
    public string? GalleryNote { get; init; }
}

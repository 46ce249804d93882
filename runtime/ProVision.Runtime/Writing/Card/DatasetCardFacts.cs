using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Writing.Card;

/// <summary>Items one generator made, for the card's table (family unknown when the card comes from merged shards).</summary>
public sealed record GeneratorCount(string Name, string? Family, long Items);

/// <summary>What a dataset card says about one output file.</summary>
public sealed record DatasetCardFacts
{
    /// <summary>The item file, as a path (the card goes beside it and names it by file name).</summary>
    public required string DataFile { get; init; }

    /// <summary>The output format (<see cref="ItemWriterFactory.Formats"/>).</summary>
    public required string Format { get; init; }

    /// <summary>For Parquet: the layout, which fixes the features.</summary>
    public ParquetLayout? Layout { get; init; }

    public required long Items { get; init; }

    public IReadOnlyList<GeneratorCount> Generators { get; init; } = [];

    /// <summary>True for description items (image to text), false for questions and answers.</summary>
    public bool Descriptions { get; init; }

    public string? PackName { get; init; }
    public string? PackVersion { get; init; }
    public string? PackHash { get; init; }
    public string? Seed { get; init; }

    /// <summary>The options that shaped the output, as flags (empty values are left out of the card).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];

    /// <summary>The command as typed, when known.</summary>
    public string? CommandLine { get; init; }

    /// <summary>The ProVision version that wrote the data.</summary>
    public string? ToolVersion { get; init; }
}

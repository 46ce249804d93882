using System.Collections.Immutable;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The facts a generator's header states (its name, family, data needs, images per item, which clauses it has): what the
/// compiler knows when it emits the class, handed once to <see cref="EmittedGenerator"/>'s constructor.
/// </summary>
/// <remarks>
/// One object rather than a member per fact, for the reason <see cref="EmittedGenerator"/> gives
/// (docs/performance.md#session-11-warm-start-to-the-first-graph).
/// </remarks>
public sealed class GeneratorHeader
{
    private readonly int? _minImageCount;
    private readonly int? _maxImageCount;

    /// <summary>A header with the facts every generator states; the rest have the defaults of <see cref="CompiledGenerator"/>.</summary>
    public GeneratorHeader(string name, GeneratorFamily family, DataNeeds needs)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Family = family;
        Needs = needs;
    }

    /// <inheritdoc cref="CompiledGenerator.Name"/>
    public string Name { get; }

    /// <inheritdoc cref="CompiledGenerator.Family"/>
    public GeneratorFamily Family { get; }

    /// <inheritdoc cref="CompiledGenerator.Needs"/>
    public DataNeeds Needs { get; }

    /// <inheritdoc cref="CompiledGenerator.Aliases"/>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <inheritdoc cref="CompiledGenerator.HasTags"/>
    public bool HasTags { get; init; } = true;

    /// <inheritdoc cref="CompiledGenerator.IsMultiImage"/>
    public bool IsMultiImage { get; init; }

    /// <inheritdoc cref="CompiledGenerator.ImageCount"/>
    public int ImageCount { get; init; } = 1;

    /// <inheritdoc cref="CompiledGenerator.MinImageCount"/>
    public int MinImageCount { get => _minImageCount ?? ImageCount; init => _minImageCount = value; }

    /// <inheritdoc cref="CompiledGenerator.MaxImageCount"/>
    public int MaxImageCount { get => _maxImageCount ?? ImageCount; init => _maxImageCount = value; }

    /// <summary>Whether the generator has <c>ask</c> clauses (its phrasings for <see cref="GenerationMode.Qa"/>).</summary>
    public bool HasAskClauses { get; init; }

    /// <summary>Whether the generator has <c>tell</c> clauses (its phrasings for <see cref="GenerationMode.Description"/>).</summary>
    public bool HasTellClauses { get; init; }

    /// <inheritdoc cref="CompiledGenerator.PhrasingsDistinctAsWritten"/>
    public bool PhrasingsDistinctAsWritten { get; init; }
}

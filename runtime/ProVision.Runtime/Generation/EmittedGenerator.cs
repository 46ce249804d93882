using System.Collections.Immutable;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The base class of the generators the compiler emits: the header's facts come from the <see cref="GeneratorHeader"/>
/// the emitted constructor passes, and the subclass declares only its templates and <see cref="CompiledGenerator.Run"/>.
/// </summary>
/// <remarks>
/// The members below are this assembly's, compiled ahead of time with the tool, where one member per fact in the
/// emitted class would each be jitted on first call: the tool reads the facts of every generator of a pack at start-up
/// (selection, the dataset card, the summary), also of the multi-image ones a one-graph run never starts.
/// </remarks>
public abstract class EmittedGenerator : CompiledGenerator
{
    private readonly GeneratorHeader _header;

    /// <summary>A generator whose header states <paramref name="header"/>.</summary>
    protected EmittedGenerator(GeneratorHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        _header = header;
    }

    /// <inheritdoc/>
    public sealed override string Name => _header.Name;

    /// <inheritdoc/>
    public sealed override ImmutableArray<string> Aliases => _header.Aliases;

    /// <inheritdoc/>
    public sealed override GeneratorFamily Family => _header.Family;

    /// <inheritdoc/>
    public sealed override DataNeeds Needs => _header.Needs;

    /// <inheritdoc/>
    public sealed override bool HasTags => _header.HasTags;

    /// <inheritdoc/>
    public sealed override bool IsMultiImage => _header.IsMultiImage;

    /// <inheritdoc/>
    public sealed override int ImageCount => _header.ImageCount;

    /// <inheritdoc/>
    public sealed override int MinImageCount => _header.MinImageCount;

    /// <inheritdoc/>
    public sealed override int MaxImageCount => _header.MaxImageCount;

    /// <inheritdoc/>
    public sealed override bool PhrasingsDistinctAsWritten => _header.PhrasingsDistinctAsWritten;

    /// <summary>
    /// What the header says of the clauses, without building the templates (the summary asks it of generators the run
    /// never started); the same answer as <see cref="CompiledGenerator.HasClauses"/>, since every clause expands to at
    /// least one phrasing.
    /// </summary>
    public sealed override bool HasClauses(GenerationMode mode) => mode == GenerationMode.Qa ? _header.HasAskClauses : _header.HasTellClauses;
}

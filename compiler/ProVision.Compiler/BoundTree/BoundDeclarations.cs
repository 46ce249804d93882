using System.Collections.Immutable;
using System.Globalization;
using ProVision.Compiler.Binding;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.BoundTree;

/// <summary>A bound <c>phrases</c> declaration.</summary>
public sealed record BoundPhraseSet(TextSpan Span, PhraseSetSymbol Symbol, ImmutableArray<BoundTemplate> Alternatives) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => Unnamed(Alternatives);

    /// <inheritdoc />
    public override string? Describe() => Symbol.Name;
}

/// <summary>
/// A bound generator: its header (name, aliases, family, declared needs, image count), the query clauses in order
/// (ending with the emit block) and its templates. <see cref="Source"/> is the file that declares it.
/// </summary>
public sealed record BoundGenerator(
    TextSpan Span,
    SourceText Source,
    GeneratorDeclarationSyntax Syntax,
    string Name,
    ImmutableArray<string> Aliases,
    GeneratorFamily Family,
    DataNeeds Needs,
    int ImageCount,
    ImmutableArray<BoundClause> Clauses,
    ImmutableArray<BoundAsk> Asks,
    ImmutableArray<BoundTell> Tells) : BoundNode(Span)
{
    /// <summary>True for a multi-image generator (family <c>multi-image</c>).</summary>
    public bool IsMultiImage => Family == GeneratorFamily.MultiImage;

    /// <summary>
    /// For an instance of a parameterised generator: the instance's declaration (its own name and arguments). The
    /// clauses and templates, and <see cref="Source"/>, are then those of the shared body (<see cref="Syntax"/>).
    /// </summary>
    public GeneratorInstance? Instance { get; init; }

    /// <summary>
    /// True when the binder expanded every question and description template and none repeats a phrasing (no PV1020):
    /// the emitted class says so (<c>CompiledGenerator.PhrasingsDistinctAsWritten</c>), and the engine expands each
    /// phrasing when an item draws it.
    /// </summary>
    public bool PhrasingsDistinctAsWritten { get; init; }

    /// <summary>True when the draw is <c>imagesPerItem</c> images, so a run may choose the images per item.</summary>
    public bool DrawsPerItem => Clauses.OfType<BoundDrawClause>().Any(d => d.PerItem);

    /// <summary>Fewest images per item a run may ask for: 2 for a draw of <c>imagesPerItem</c>, else <see cref="ImageCount"/>.</summary>
    public int MinImageCount => DrawsPerItem ? Binding.GeneratorBinder.MinPerItemImages : ImageCount;

    /// <summary>Most images per item a run may ask for: 16 for a draw of <c>imagesPerItem</c>, else <see cref="ImageCount"/>.</summary>
    public int MaxImageCount => DrawsPerItem ? Binding.GeneratorBinder.MaxImages : ImageCount;

    /// <summary>The emit block (the last clause), if the generator has one.</summary>
    public BoundEmitClause? Emit => Clauses.Length > 0 ? Clauses[^1] as BoundEmitClause : null;

    /// <summary>Whether the emit block has a <c>tag</c> (<c>CompiledGenerator.HasTags</c>: balanced pass 1 runs only such generators).</summary>
    public bool HasTags => Emit is { Tags.IsEmpty: false };

    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() =>
        [.. Unnamed(Clauses), .. Asks.Select(a => ("ask", (BoundNode)a)), .. Tells.Select(t => ("tell", (BoundNode)t))];

    /// <inheritdoc />
    public override string? Describe() =>
        Name
        + (Aliases.IsEmpty ? "" : " alias " + string.Join(", ", Aliases))
        + " family " + Family.ToName()
        + " needs " + (Needs == DataNeeds.None ? "none" : StandardLibrary.NeedNamesOf(Needs))
        + (IsMultiImage ? " images " + ImageCount.ToString(CultureInfo.InvariantCulture) : "");
}

/// <summary><c>generator Name = Shape(arguments)</c> as declared in <paramref name="Source"/>.</summary>
public sealed record GeneratorInstance(GeneratorInstanceSyntax Syntax, SourceText Source);

/// <summary>A bound pack: the phrase sets and generators of all its files.</summary>
public sealed record BoundPack(TextSpan Span, ImmutableArray<BoundPhraseSet> PhraseSets, ImmutableArray<BoundGenerator> Generators) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [.. Unnamed(PhraseSets), .. Unnamed(Generators)];
}

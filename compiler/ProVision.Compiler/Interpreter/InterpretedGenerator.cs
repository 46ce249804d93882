using System.Collections.Immutable;
using ProVision.Compiler.Binding;
using ProVision.Compiler.BoundTree;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Templates;

namespace ProVision.Compiler.Interpreter;

/// <summary>
/// The reference interpreter: runs a bound generator directly, with the same runtime calls, the same random streams
/// read in the same order and the same skipping rules as the emitted C#, so both produce identical items. It is the
/// oracle for the emitter (tests compare them on every acceptance generator), and a fallback for tools that cannot
/// compile. It is written for clarity, not speed: values are boxed, lists are arrays.
/// </summary>
public sealed class InterpretedGenerator : CompiledGenerator
{
    private readonly BoundGenerator _generator;

    /// <summary>Wraps a bound generator of <paramref name="pack"/> (which must have bound without errors).</summary>
    public InterpretedGenerator(BoundGenerator generator, BoundPack pack)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(pack);
        _generator = generator;
        var builder = new TemplateNodeBuilder(pack);
        QuestionTemplates = [.. generator.Asks.Select(a => new AskTemplate(Build(builder, a.Question), Build(builder, a.Answer)))];
        DescriptionTemplates = [.. generator.Tells.Select(t => Build(builder, t.Description))];
    }

    /// <inheritdoc />
    public override string Name => _generator.Name;

    /// <inheritdoc />
    public override ImmutableArray<string> Aliases => _generator.Aliases;

    /// <inheritdoc />
    public override GeneratorFamily Family => _generator.Family;

    /// <inheritdoc />
    public override DataNeeds Needs => _generator.Needs;

    /// <inheritdoc />
    public override bool IsMultiImage => _generator.IsMultiImage;

    /// <inheritdoc />
    public override int ImageCount => _generator.ImageCount;

    /// <inheritdoc />
    public override int MinImageCount => _generator.MinImageCount;

    /// <inheritdoc />
    public override int MaxImageCount => _generator.MaxImageCount;

    /// <inheritdoc />
    public override bool HasTags => _generator.HasTags;

    /// <inheritdoc />
    public override ImmutableArray<AskTemplate> QuestionTemplates { get; }

    /// <inheritdoc />
    public override ImmutableArray<TemplateNode> DescriptionTemplates { get; }

    /// <inheritdoc />
    public override void Run(GeneratorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        new Evaluation(_generator, context, Templates).Run();
    }

    private static TemplateNode Build(TemplateNodeBuilder builder, BoundTemplate template) =>
        builder.Build(template) ?? throw new InvalidOperationException("the generator has template errors");
}

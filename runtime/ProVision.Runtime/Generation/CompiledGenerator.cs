using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Templates;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The base class of every generator the compiler emits (one sealed subclass per <c>generator</c> block).
/// The subclass declares its header clauses and templates and implements <see cref="Run"/> as plain loops over
/// the graph that fill drafts and call <see cref="GeneratorContext.Emit"/>.
/// </summary>
/// <remarks>
/// An instance is stateless apart from its lazily expanded <see cref="Templates"/>, so one instance serves every
/// thread; per-run state lives in the <see cref="GeneratorContext"/>.
/// </remarks>
public abstract class CompiledGenerator
{
    private CompiledTemplates? _templates;

    /// <summary>The generator's name (the reference name for built-ins), used in item ids and random keys.</summary>
    public abstract string Name { get; }

    /// <summary>Other names users may select it by.</summary>
    public virtual ImmutableArray<string> Aliases => [];

    /// <summary>The generator's family.</summary>
    public abstract GeneratorFamily Family { get; }

    /// <summary>The data it reads.</summary>
    public abstract DataNeeds Needs { get; }

    /// <summary>Whether each item uses several images.</summary>
    public virtual bool IsMultiImage => false;

    /// <summary>Images per item (the <c>images n</c> clause); 1 for single-image generators.</summary>
    /// <remarks>For a generator that draws <c>imagesPerItem</c> images, the default a run may change.</remarks>
    public virtual int ImageCount => 1;

    /// <summary>
    /// Fewest images per item a run may ask for (<c>--images-per-item</c>). A generator whose draw is a constant
    /// takes only <see cref="ImageCount"/>; one that draws <c>imagesPerItem</c> images takes 2 to 16.
    /// </summary>
    public virtual int MinImageCount => ImageCount;

    /// <summary>Most images per item a run may ask for; see <see cref="MinImageCount"/>.</summary>
    public virtual int MaxImageCount => ImageCount;

    /// <summary>Whether a run may make this generator's items over <paramref name="images"/> images each.</summary>
    public bool AcceptsImageCount(int images) => images >= MinImageCount && images <= MaxImageCount;

    /// <summary>
    /// Why <paramref name="images"/> images per item cannot be used with this generator, in one line for a user, or
    /// null when it can.
    /// </summary>
    public string? ImageCountProblem(int images) => AcceptsImageCount(images) ? null
        : MinImageCount == MaxImageCount
            ? $"{Name} compares exactly {MinImageCount} images per item, so it cannot make items of {images} images"
            : $"{Name} takes {MinImageCount} to {MaxImageCount} images per item, not {images}";

    /// <summary>
    /// Whether the generator's emit block has a <c>tag</c>. Pass 1 of balanced sampling runs only generators that do:
    /// every item of one without tags weighs 1 whatever pass 1 counts (docs/randomness.md). True unless a generator
    /// says otherwise, so one that does not know is counted.
    /// </summary>
    public virtual bool HasTags => true;

    /// <summary>The <c>ask "question" -&gt; "answer"</c> clauses, in source order.</summary>
    public abstract ImmutableArray<AskTemplate> QuestionTemplates { get; }

    /// <summary>The <c>tell "description"</c> clauses, in source order.</summary>
    public virtual ImmutableArray<TemplateNode> DescriptionTemplates => [];

    /// <summary>
    /// Whether no template's raw expansions repeat a phrasing, so that each phrasing can be expanded when an item draws
    /// it (<see cref="CompiledTemplates.OnDemand"/>) rather than all on first use. The compiler says so for a generator
    /// whose templates have no PV1020 warning; false unless a generator says otherwise, so one that does not know gets
    /// every template expanded.
    /// </summary>
    public virtual bool PhrasingsDistinctAsWritten => false;

    /// <summary>All phrasings, set up on first use (then shared): expanded then, or as items draw them.</summary>
    public CompiledTemplates Templates
    {
        get
        {
            var templates = Volatile.Read(ref _templates);
            if (templates is null)
            {
                // Two threads may both set up; the phrasings are the same and one copy wins.
                var created = PhrasingsDistinctAsWritten
                    ? CompiledTemplates.OnDemand(QuestionTemplates, DescriptionTemplates)
                    : new CompiledTemplates(QuestionTemplates, DescriptionTemplates);
                Interlocked.CompareExchange(ref _templates, created, null);
                templates = _templates;
            }
            return templates;
        }
    }

    /// <summary>
    /// Whether the generator has a phrasing for <paramref name="mode"/>. Without one its emits produce nothing
    /// (a caption generator in QA mode), so engines skip running it at all.
    /// </summary>
    public bool HasPhrasings(GenerationMode mode) =>
        (mode == GenerationMode.Qa ? Templates.QuestionCount : Templates.DescriptionCount) > 0;

    /// <summary>
    /// Whether the generator has a clause for <paramref name="mode"/> (<c>ask</c> for questions, <c>tell</c> for
    /// descriptions), read without expanding the templates: every clause expands to at least one phrasing, so this is
    /// <see cref="HasPhrasings"/> for every generator whose templates expand. The end-of-run summary asks it of every
    /// generator, also of those the run never started (the multi-image ones under <c>--multi-samples 0</c>), whose
    /// templates nothing else expands. The compiler overrides it with the answer it knows, so that the summary does
    /// not build an unstarted generator's template trees (its static fields, which a jitted class builds only after
    /// compiling their initialiser); the override must give what this gives.
    /// </summary>
    public virtual bool HasClauses(GenerationMode mode) => mode == GenerationMode.Qa ? !QuestionTemplates.IsDefaultOrEmpty : !DescriptionTemplates.IsDefaultOrEmpty;

    /// <summary>Runs the query over the context's graph(s), emitting items into it.</summary>
    public abstract void Run(GeneratorContext context);

    /// <summary>Convenience: runs over one graph with a fresh context and returns the context (item count, stop reason).</summary>
    public GeneratorContext RunOn(SceneGraph graph, GenerationOptions options, IItemCollector collector, Vocabulary? vocabulary = null)
    {
        var context = new GeneratorContext(Name, graph, options, collector, vocabulary);
        Run(context);
        return context;
    }

    /// <inheritdoc/>
    /// <summary>
    /// Runs a multi-image generator over <paramref name="dataSet"/>: its <see cref="Run"/> draws
    /// <paramref name="imagesPerItem"/> (default <see cref="ImageCount"/>) images sharing a key of its needs
    /// (<see cref="DrawSharingExtensions.DrawSharing"/>) at a time until its budget of failed draws or the item budget is spent.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The generator does not take <paramref name="imagesPerItem"/> images per item.</exception>
    public GeneratorContext RunOn(DataSetIndex dataSet, GenerationOptions options, IItemCollector collector, Vocabulary? vocabulary = null, int? imagesPerItem = null)
    {
        var images = imagesPerItem ?? ImageCount;
        if (ImageCountProblem(images) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(imagesPerItem), images, problem);
        }
        var context = new GeneratorContext(Name, dataSet, images, options, collector, vocabulary) { Sharing = Needs.DrawSharing() };
        Run(context);
        return context;
    }

    public override string ToString() => Name;
}

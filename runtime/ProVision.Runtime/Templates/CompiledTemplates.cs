using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>
/// All phrasings of one generator: a flat list of question phrasings (every expansion of every <c>ask</c>, in clause
/// order) and of description phrasings (every expansion of every <c>tell</c>). An item's <c>template</c> number is
/// its index in the list of its mode. Expanded all at once (the constructor), or phrasing by phrasing as items draw
/// them (<see cref="OnDemand"/>), with the same phrasings at the same numbers either way.
/// </summary>
/// <remarks>Immutable and shared by every thread running the generator.</remarks>
public sealed partial class CompiledTemplates
{
    private ImmutableArray<QuestionTemplate> _questions;
    private ImmutableArray<TemplateExpansion> _descriptions;

    /// <summary>Expands the templates.</summary>
    /// <exception cref="TemplateExpansionException">A template has more than <paramref name="limit"/> distinct expansions.</exception>
    public CompiledTemplates(ImmutableArray<AskTemplate> asks, ImmutableArray<TemplateNode> tells, int limit = TemplateExpander.DefaultLimit)
    {
        asks = OrEmpty(asks);
        tells = OrEmpty(tells);
        var questions = ImmutableArray.CreateBuilder<QuestionTemplate>();
        for (var a = 0; a < asks.Length; a++)
        {
            var answers = Answers(asks, a, limit);
            foreach (var question in ExpandOrThrow(asks[a].Question, limit, $"question template of ask #{a + 1}"))
            {
                questions.Add(new QuestionTemplate(questions.Count, a, question, answers));
            }
        }
        var descriptions = ImmutableArray.CreateBuilder<TemplateExpansion>();
        for (var t = 0; t < tells.Length; t++)
        {
            foreach (var expansion in ExpandOrThrow(Tell(tells, t), limit, $"tell template #{t + 1}"))
            {
                // Re-indexed so that an expansion's Index is its position in the flat list.
                descriptions.Add(new TemplateExpansion(descriptions.Count, expansion.Segments, expansion.Text));
            }
        }
        _questions = questions.DrainToImmutable();
        _descriptions = descriptions.DrainToImmutable();
        QuestionCount = _questions.Length;
        DescriptionCount = _descriptions.Length;
    }

    /// <summary>No phrasings at all.</summary>
    public static CompiledTemplates Empty { get; } = new([], []);

    /// <summary>The number of question phrasings.</summary>
    public int QuestionCount { get; }

    /// <summary>The number of description phrasings.</summary>
    public int DescriptionCount { get; }

    /// <summary>Every question phrasing, with its response phrasings (expanded on first read when <see cref="OnDemand"/>).</summary>
    public ImmutableArray<QuestionTemplate> Questions
    {
        get
        {
            if (_questions.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _questions, [.. Enumerable.Range(0, QuestionCount).Select(Question)]);
            }
            return _questions;
        }
    }

    /// <summary>Every description phrasing (expanded on first read when <see cref="OnDemand"/>).</summary>
    public ImmutableArray<TemplateExpansion> Descriptions
    {
        get
        {
            if (_descriptions.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _descriptions, [.. Enumerable.Range(0, DescriptionCount).Select(Description)]);
            }
            return _descriptions;
        }
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> templates) => templates.IsDefault ? [] : templates;

    private static ImmutableArray<TemplateExpansion> Answers(ImmutableArray<AskTemplate> asks, int a, int limit)
    {
        var ask = asks[a] ?? throw new ArgumentException("Ask templates must not be null.", nameof(asks));
        return ExpandOrThrow(ask.Answer, limit, $"answer template of ask #{a + 1}");
    }

    private static TemplateNode Tell(ImmutableArray<TemplateNode> tells, int t) =>
        tells[t] ?? throw new ArgumentException("Tell templates must not be null.", nameof(tells));

    private static ImmutableArray<TemplateExpansion> ExpandOrThrow(TemplateNode node, int limit, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        var result = TemplateExpander.Expand(node, limit);
        if (!result.Succeeded)
        {
            throw new TemplateExpansionException($"The {what} cannot be expanded: {result.Error}.");
        }
        return result.Expansions;
    }
}

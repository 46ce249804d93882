using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <content>
/// Phrasings expanded as items draw them. An item renders one phrasing of its generator's hundreds or thousands, so
/// a process that writes a few items (the first graph of a run) need not expand the rest: expanding them all was most
/// of the first graph's cost (docs/performance.md, session 9).
/// </content>
public sealed partial class CompiledTemplates
{
    // On demand only (null when expanded all at once): the templates, the flat number of each one's first phrasing,
    // and each phrasing once drawn.
    private readonly ImmutableArray<AskTemplate> _asks;
    private readonly ImmutableArray<TemplateNode> _tells;
    private readonly int[]? _askStarts;
    private readonly int[]? _tellStarts;
    private readonly ImmutableArray<TemplateExpansion>[]? _answers;
    private readonly QuestionTemplate?[]? _drawnQuestions;
    private readonly TemplateExpansion?[]? _drawnDescriptions;

    // Expands the responses (a handful of phrasings each at most) and no question or description.
    private CompiledTemplates(ImmutableArray<AskTemplate> asks, ImmutableArray<TemplateNode> tells, ImmutableArray<TemplateExpansion>[] answers)
    {
        _asks = asks;
        _tells = tells;
        _answers = answers;
        _askStarts = Starts(asks.Length, a => asks[a].Question);
        _tellStarts = Starts(tells.Length, t => Tell(tells, t));
        QuestionCount = _askStarts[^1];
        DescriptionCount = _tellStarts[^1];
        _drawnQuestions = new QuestionTemplate?[QuestionCount];
        _drawnDescriptions = new TemplateExpansion?[DescriptionCount];
    }

    /// <summary>
    /// The phrasings of templates whose raw expansions are all distinct (the compiler's PV1020 finds none, which
    /// <see cref="Generation.CompiledGenerator.PhrasingsDistinctAsWritten"/> says), expanded one by one as
    /// <see cref="Question"/> and <see cref="Description"/> are asked for (<see cref="TemplateExpander.ExpansionAt"/>).
    /// A template with more phrasings than <paramref name="limit"/> gets the constructor's expansion and its error.
    /// </summary>
    public static CompiledTemplates OnDemand(ImmutableArray<AskTemplate> asks, ImmutableArray<TemplateNode> tells, int limit = TemplateExpander.DefaultLimit)
    {
        asks = OrEmpty(asks);
        tells = OrEmpty(tells);
        var withinLimit = true;
        foreach (var ask in asks)
        {
            withinLimit &= ask is null || TemplateExpander.UpperBound(ask.Question) <= limit;
        }
        foreach (var tell in tells)
        {
            withinLimit &= tell is null || TemplateExpander.UpperBound(tell) <= limit;
        }
        if (!withinLimit)
        {
            return new CompiledTemplates(asks, tells, limit);
        }
        var answers = new ImmutableArray<TemplateExpansion>[asks.Length];
        for (var a = 0; a < asks.Length; a++)
        {
            answers[a] = Answers(asks, a, limit);
        }
        return new CompiledTemplates(asks, tells, answers);
    }

    /// <summary>Question phrasing number <paramref name="index"/>, with its response phrasings.</summary>
    public QuestionTemplate Question(int index) => _drawnQuestions is null
        ? _questions[index]
        : Volatile.Read(ref _drawnQuestions[index]) ?? Remember(_drawnQuestions, index, ExpandQuestion(index));

    /// <summary>Description phrasing number <paramref name="index"/>.</summary>
    public TemplateExpansion Description(int index) => _drawnDescriptions is null
        ? _descriptions[index]
        : Volatile.Read(ref _drawnDescriptions[index]) ?? Remember(_drawnDescriptions, index, ExpandDescription(index));

    private QuestionTemplate ExpandQuestion(int index)
    {
        var ask = TemplateOf(_askStarts!, index);
        var question = TemplateExpander.ExpansionAt(_asks[ask].Question, index - _askStarts![ask]);
        return new QuestionTemplate(index, ask, question, _answers![ask]);
    }

    private TemplateExpansion ExpandDescription(int index)
    {
        var tell = TemplateOf(_tellStarts!, index);
        var expansion = TemplateExpander.ExpansionAt(_tells[tell], index - _tellStarts![tell]);
        // Re-indexed, as the constructor does, so that the Index is the position in the flat list.
        return new TemplateExpansion(index, expansion.Segments, expansion.Text);
    }

    // Two threads may both expand a phrasing: the same phrasing, and either copy serves.
    private static T Remember<T>(T?[] drawn, int index, T phrasing)
        where T : class
    {
        Volatile.Write(ref drawn[index], phrasing);
        return phrasing;
    }

    // starts[t] is the flat number of template t's first phrasing, the last entry the number of phrasings.
    private static int[] Starts(int templates, Func<int, TemplateNode> template)
    {
        var starts = new int[templates + 1];
        for (var t = 0; t < templates; t++)
        {
            starts[t + 1] = checked(starts[t] + (int)TemplateExpander.UpperBound(template(t)));
        }
        return starts;
    }

    // Every template has at least one phrasing, so the starts increase and one template holds the index.
    private static int TemplateOf(int[] starts, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, starts[^1]);
        var t = 0;
        while (starts[t + 1] <= index)
        {
            t++;
        }
        return t;
    }
}

using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>
/// All phrasings of one generator, expanded once when the pack loads: a flat list of question phrasings
/// (every expansion of every <c>ask</c>, in clause order) and of description phrasings (every expansion of every
/// <c>tell</c>). An item's <c>template</c> number is its index in the list of its mode.
/// </summary>
/// <remarks>Immutable and shared by every thread running the generator.</remarks>
public sealed class CompiledTemplates
{
    /// <summary>Expands the templates.</summary>
    /// <exception cref="TemplateExpansionException">A template has more than <paramref name="limit"/> distinct expansions.</exception>
    public CompiledTemplates(ImmutableArray<AskTemplate> asks, ImmutableArray<TemplateNode> tells, int limit = TemplateExpander.DefaultLimit)
    {
        asks = asks.IsDefault ? [] : asks;
        tells = tells.IsDefault ? [] : tells;
        var questions = ImmutableArray.CreateBuilder<QuestionTemplate>();
        for (var a = 0; a < asks.Length; a++)
        {
            var ask = asks[a] ?? throw new ArgumentException("Ask templates must not be null.", nameof(asks));
            var answers = ExpandOrThrow(ask.Answer, limit, $"answer template of ask #{a + 1}");
            foreach (var question in ExpandOrThrow(ask.Question, limit, $"question template of ask #{a + 1}"))
            {
                questions.Add(new QuestionTemplate(questions.Count, a, question, answers));
            }
        }
        var descriptions = ImmutableArray.CreateBuilder<TemplateExpansion>();
        for (var t = 0; t < tells.Length; t++)
        {
            var tell = tells[t] ?? throw new ArgumentException("Tell templates must not be null.", nameof(tells));
            foreach (var expansion in ExpandOrThrow(tell, limit, $"tell template #{t + 1}"))
            {
                // Re-indexed so that an expansion's Index is its position in the flat list.
                descriptions.Add(new TemplateExpansion(descriptions.Count, expansion.Segments, expansion.Text));
            }
        }
        Questions = questions.DrainToImmutable();
        Descriptions = descriptions.DrainToImmutable();
    }

    /// <summary>No phrasings at all.</summary>
    public static CompiledTemplates Empty { get; } = new([], []);

    /// <summary>Every question phrasing, with its response phrasings.</summary>
    public ImmutableArray<QuestionTemplate> Questions { get; }

    /// <summary>Every description phrasing.</summary>
    public ImmutableArray<TemplateExpansion> Descriptions { get; }

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

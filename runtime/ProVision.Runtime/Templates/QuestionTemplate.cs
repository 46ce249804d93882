using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>One question phrasing of a generator with the phrasings of its response.</summary>
public sealed class QuestionTemplate
{
    internal QuestionTemplate(int index, int askIndex, TemplateExpansion question, ImmutableArray<TemplateExpansion> answers)
    {
        Index = index;
        AskIndex = askIndex;
        Question = question;
        Answers = answers;
    }

    /// <summary>Position in <see cref="CompiledTemplates.Questions"/>: the item's <c>template</c> number.</summary>
    public int Index { get; }

    /// <summary>Which <c>ask</c> clause (0-based, source order) this phrasing comes from.</summary>
    public int AskIndex { get; }

    /// <summary>The question.</summary>
    public TemplateExpansion Question { get; }

    /// <summary>The distinct phrasings of the response; one is chosen per item.</summary>
    public ImmutableArray<TemplateExpansion> Answers { get; }
}

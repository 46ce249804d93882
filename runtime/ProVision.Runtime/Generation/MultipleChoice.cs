using System.Collections.Immutable;

namespace ProVision.Runtime.Generation;

/// <summary>A formatted multiple-choice question (see <see cref="ChoiceFormatter"/>).</summary>
public sealed class MultipleChoice
{
    internal MultipleChoice(string prompt, string response, ImmutableArray<string> choices, ImmutableArray<string> options, int correctIndex)
    {
        Prompt = prompt;
        Response = response;
        Choices = choices;
        Options = options;
        CorrectIndex = correctIndex;
    }

    /// <summary>The question with the lead-in and the labelled options appended.</summary>
    public string Prompt { get; }

    /// <summary>The correct option as shown, e.g. <c>B. dog</c> or <c>(2) dog</c>.</summary>
    public string Response { get; }

    /// <summary>The option values in the order shown, without labels (the item's <c>choices</c>).</summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>The labelled options in the order shown.</summary>
    public ImmutableArray<string> Options { get; }

    /// <summary>Position of the answer among the options.</summary>
    public int CorrectIndex { get; }
}

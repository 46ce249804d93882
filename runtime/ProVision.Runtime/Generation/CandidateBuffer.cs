using System.Runtime.CompilerServices;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Room on the stack for the texts of one multiple-choice item (its rendered candidates, its distractors): nearly
/// every item has a handful, so they are kept here rather than in an array rented from the shared pool per item and
/// cleared on return; an item with more than <see cref="Length"/> takes an array.
/// </summary>
[InlineArray(Length)]
internal struct CandidateBuffer
{
    /// <summary>How many texts fit.</summary>
    public const int Length = 16;

    private string _first;
}

using System.Collections.Immutable;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Text;

namespace ProVision.Compiler.Linting;

/// <summary>
/// One assignment of sample values to every slot of a generator. Scenario <c>i</c> takes noun <c>i</c>, count
/// <c>Counts[i % 4]</c> and lists of <c>1 + i % 3</c> items, so that over all scenarios every noun, every count and
/// every list length is met; slots of the same kind get different words (a subject and an object differ), and a
/// noun that agrees with a count agrees with this scenario's count, as the emit block makes it.
/// </summary>
internal sealed class SampleScenario(int index)
{
    /// <summary>One scenario per sample noun.</summary>
    public static ImmutableArray<SampleScenario> All { get; } = [.. Enumerable.Range(0, SampleWords.Nouns.Length).Select(i => new SampleScenario(i))];

    public int Index { get; } = index;

    public long Count => SampleWords.Counts[Index % SampleWords.Counts.Length];

    private int ListLength => 1 + (Index % 3);

    /// <summary>The value of the <paramref name="ordinal"/>-th slot of the generator, whose kind is <paramref name="kind"/>.</summary>
    public SlotValue ValueFor(SampleKind kind, int ordinal) => kind.Tag switch
    {
        SampleKindTag.Number => SlotValue.FromCount(Count),
        SampleKindTag.Real => SlotValue.FromReal(0.5),
        SampleKindTag.List => SlotValue.FromList([.. Enumerable.Range(0, ListLength).Select(k => Word(kind.Element!, ordinal + k))]),
        SampleKindTag.Coordinates or SampleKindTag.Tuple => SlotValue.FromText("(0.12, 0.34, 0.56, 0.78)"),
        _ => SlotValue.FromText(Word(kind, ordinal)),
    };

    private string Word(SampleKind kind, int offset) => kind.Tag switch
    {
        SampleKindTag.Noun => Noun(offset),
        SampleKindTag.PluralNoun => Inflection.Plural(Noun(offset)),
        SampleKindTag.AgreeingNoun => Inflection.Plural(Noun(offset), Count),
        SampleKindTag.Attribute => Pick(SampleWords.Attributes, offset),
        SampleKindTag.Predicate => Pick(SampleWords.Predicates, offset),
        SampleKindTag.Category => Pick(SampleWords.Categories, offset),
        SampleKindTag.Image => "Image " + (1 + ((Index + offset) % 3)),
        SampleKindTag.Literal => kind.Text,
        SampleKindTag.Number => Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "something",
    };

    // Offsets of 5 keep two noun slots of one scenario apart (and off the scenario's own noun for the second).
    private string Noun(int offset) => Pick(SampleWords.Nouns, offset * 5);

    private string Pick(ImmutableArray<string> words, int offset) => words[(Index + offset) % words.Length];
}

using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

// The vocabulary's answers about the data set's nouns, kept per noun id: multi-image candidate loops ask isThing,
// countable and isOnPerson of every noun of every drawn image (about 35 per draw), and each answer costs the vocabulary
// two or three case-insensitive hash lookups, where a noun of the table costs one ordinal lookup here. All three are pure
// functions of the text, so the kept answer is the vocabulary's (docs/performance.md, session 8).
internal sealed partial class LabelNouns
{
    // Per noun id: 0 not asked yet, 1 yes, 2 no. A race between threads only writes the same answer twice.
    private readonly sbyte[] _thing;
    private readonly sbyte[] _countable;
    private readonly sbyte[] _onPerson;

    /// <summary><see cref="Vocabulary.IsThing"/> of <paramref name="label"/>, kept when it is a noun of the table.</summary>
    public bool IsThing(string label) =>
        _ids.TryGetValue(label, out var id) ? Kept(_thing, id, label, static (v, l) => v.IsThing(l)) : Vocabulary.IsThing(label);

    /// <summary><see cref="Vocabulary.IsCountable"/> of <paramref name="label"/>, kept when it is a noun of the table.</summary>
    public bool IsCountable(string label) =>
        _ids.TryGetValue(label, out var id) ? Kept(_countable, id, label, static (v, l) => v.IsCountable(l)) : Vocabulary.IsCountable(label);

    /// <summary><see cref="Vocabulary.IsThing"/> of the noun with id <paramref name="nounId"/> (<see cref="NounIds"/>), kept as <see cref="IsThing(string)"/> keeps it.</summary>
    public bool IsThingOf(int nounId) => Kept(_thing, nounId, _nouns[nounId], static (v, l) => v.IsThing(l));

    /// <summary><see cref="Vocabulary.IsCountable"/> of the noun with id <paramref name="nounId"/>, kept the same way.</summary>
    public bool IsCountableOf(int nounId) => Kept(_countable, nounId, _nouns[nounId], static (v, l) => v.IsCountable(l));

    /// <summary><see cref="Vocabulary.IsOnPerson"/> of <paramref name="label"/>, kept when it is a noun of the table.</summary>
    public bool IsOnPerson(string label) =>
        _ids.TryGetValue(label, out var id) ? Kept(_onPerson, id, label, static (v, l) => v.IsOnPerson(l)) : Vocabulary.IsOnPerson(label);

    /// <summary><see cref="Vocabulary.IsOnPerson"/> of the noun with id <paramref name="nounId"/>, kept the same way.</summary>
    public bool IsOnPersonOf(int nounId) => Kept(_onPerson, nounId, _nouns[nounId], static (v, l) => v.IsOnPerson(l));

    /// <summary>The number of nouns in the table (noun ids are 0 to this, exclusive).</summary>
    public int NounCount => _nouns.Count;

    private bool Kept(sbyte[] answers, int id, string label, Func<Vocabulary, string, bool> ask)
    {
        var answer = answers[id];
        if (answer == 0)
        {
            answers[id] = answer = ask(Vocabulary, label) ? (sbyte)1 : (sbyte)2;
        }
        return answer == 1;
    }
}

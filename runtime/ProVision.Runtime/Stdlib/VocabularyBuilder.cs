namespace ProVision.Runtime.Stdlib;

/// <summary>
/// The entries of a vocabulary file, handed over one by one in file order: by <see cref="VocabularyReader"/> from the
/// JSON, or by <see cref="VocabularyTables"/> from what a build carries. Strings arrive as written (untrimmed); the
/// <see cref="Vocabulary"/> constructor normalises them.
/// </summary>
internal interface IVocabularyEntries
{
    void Countable(string label, bool countable);

    void Attribute(string attribute, string category);

    void Predicate(string predicate);

    void Noun(string label, string noun);

    void Synonyms(IReadOnlyList<string> words);

    void Person(string noun);

    void NonObject(string noun);

    void OnPerson(string noun, int perPerson);

    void Implies(string specific, string general);

    void Excludes(IReadOnlyList<string> words);
}

/// <summary>Collects a vocabulary's entries in order and builds the <see cref="Vocabulary"/> from them.</summary>
internal sealed class VocabularyBuilder : IVocabularyEntries
{
    private readonly CountableLabels _countable = new();
    private readonly List<KeyValuePair<string, string>> _attributes = [];
    private readonly List<string> _predicates = [];
    private readonly List<KeyValuePair<string, string>> _nouns = [];
    private readonly List<IReadOnlyList<string>> _synonyms = [];
    private readonly List<string> _persons = [];
    private readonly List<string> _nonObjects = [];
    private readonly List<KeyValuePair<string, int>> _onPersons = [];
    private readonly List<KeyValuePair<string, string>> _implies = [];
    private readonly List<IReadOnlyList<string>> _excludes = [];

    public void Countable(string label, bool countable) => _countable.Set(label, countable);

    public void Attribute(string attribute, string category) => _attributes.Add(new(attribute, category));

    public void Predicate(string predicate) => _predicates.Add(predicate);

    public void Noun(string label, string noun) => _nouns.Add(new(label, noun));

    public void Synonyms(IReadOnlyList<string> words) => _synonyms.Add(words);

    public void Person(string noun) => _persons.Add(noun);

    public void NonObject(string noun) => _nonObjects.Add(noun);

    public void OnPerson(string noun, int perPerson) => _onPersons.Add(new(noun, perPerson));

    public void Implies(string specific, string general) => _implies.Add(new(specific, general));

    public void Excludes(IReadOnlyList<string> words) => _excludes.Add(words);

    public Vocabulary Build() => new(_countable, _attributes, _predicates, _nouns, _synonyms, _persons, _nonObjects, _onPersons, _implies, _excludes);
}

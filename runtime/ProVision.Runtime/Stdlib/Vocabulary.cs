using System.Collections.Frozen;
using System.Collections.Immutable;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// A pack's vocabulary: which labels are countable, the category of each attribute, and the relation
/// predicates. Data, not code: loaded from the pack's vocabulary file (<see cref="VocabularyReader"/>) and
/// editable by users. Lookups ignore case and never allocate; an instance is immutable and thread-safe.
/// </summary>
/// <remarks>
/// Its lookups are frozen collections of strings with reference-type values only: the framework's ahead-of-time code
/// covers those, while one with a value-type value (a map to <c>bool</c> or <c>int</c>) is generic code the runtime
/// compiles at every start, building and reading it (docs/performance.md#session-7-start-up).
/// </remarks>
public sealed partial class Vocabulary
{
    private readonly FrozenSet<string> _countable;
    private readonly FrozenSet<string> _uncountable;
    private readonly FrozenDictionary<string, string> _categories;
    private readonly FrozenDictionary<string, AttributeList> _byCategory;
    private readonly FrozenSet<string> _predicateSet;

    private readonly FrozenDictionary<string, string> _nouns;
    private readonly FrozenDictionary<string, SynonymGroup> _synonymGroup;
    private readonly FrozenSet<string> _persons;
    private readonly FrozenSet<string> _nonObjects;
    private readonly FrozenDictionary<string, int> _onPersons;
    private readonly FrozenDictionary<string, FrozenSet<string>> _implied;
    private readonly FrozenDictionary<string, int[]> _excludesGroups;

    /// <summary>
    /// Builds a vocabulary. Keys are compared case-insensitively; a later duplicate overrides an earlier one.
    /// <paramref name="nouns"/> maps a label to its noun (singular) where the rules of <see cref="Inflection.Singular"/>
    /// would get it wrong; <paramref name="synonyms"/> are groups of words that mean the same for a reader;
    /// <paramref name="persons"/> are the nouns that name people; <paramref name="nonObjects"/> the nouns that label a
    /// region but name no thing a person could be asked about as an object ("color", "spot", "meal");
    /// <paramref name="onPersons"/> the nouns of what a person shows on the body, each with how many one person shows
    /// ("shirt" 1, "shoe" 2, "finger" 10); <paramref name="implies"/> pairs of words, the first of which a reader takes to
    /// imply the second ("wearing" a hat is "having" it), the first standing for its synonym group, the second as written;
    /// <paramref name="excludes"/> groups of words, any two of which (but synonyms) a reader takes as not both true of one
    /// object (a car that looks "red" is not "blue"), each word as written.
    /// </summary>
    public Vocabulary(
        IEnumerable<KeyValuePair<string, bool>> countable,
        IEnumerable<KeyValuePair<string, string>> attributeCategories,
        IEnumerable<string> predicates,
        IEnumerable<KeyValuePair<string, string>>? nouns = null,
        IEnumerable<IReadOnlyList<string>>? synonyms = null,
        IEnumerable<string>? persons = null,
        IEnumerable<string>? nonObjects = null,
        IEnumerable<KeyValuePair<string, int>>? onPersons = null,
        IEnumerable<KeyValuePair<string, string>>? implies = null,
        IEnumerable<IReadOnlyList<string>>? excludes = null)
        : this(CountableLabels.From(countable), attributeCategories, predicates, nouns, synonyms, persons, nonObjects, onPersons, implies, excludes)
    {
    }

    // The reader's way in: countability entries already collected, so that no sequence of pairs with a value-type
    // member is enumerated at start-up.
    internal Vocabulary(
        CountableLabels countable,
        IEnumerable<KeyValuePair<string, string>> attributeCategories,
        IEnumerable<string> predicates,
        IEnumerable<KeyValuePair<string, string>>? nouns,
        IEnumerable<IReadOnlyList<string>>? synonyms,
        IEnumerable<string>? persons,
        IEnumerable<string>? nonObjects,
        IEnumerable<KeyValuePair<string, int>>? onPersons,
        IEnumerable<KeyValuePair<string, string>>? implies,
        IEnumerable<IReadOnlyList<string>>? excludes)
    {
        _persons = (persons ?? []).Select(p => p.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _nonObjects = (nonObjects ?? []).Select(p => p.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var perPerson = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (noun, count) in onPersons ?? [])
        {
            perPerson[noun.Trim()] = count; // a later entry overrides an earlier one, as for every member
        }
        _onPersons = perPerson.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _nouns = Nouns(nouns ?? []);
        _synonymGroup = SynonymGroups(synonyms ?? []);
        _implied = Implications(implies ?? []);
        _excludesGroups = ExcludesGroups(excludes ?? []);
        ArgumentNullException.ThrowIfNull(attributeCategories);
        ArgumentNullException.ThrowIfNull(predicates);
        var categories = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (attribute, category) in attributeCategories)
        {
            categories[attribute.Trim()] = category.Trim().ToLowerInvariant();
        }
        var predicateList = new List<string>();
        var predicateSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var predicate in predicates)
        {
            if (predicateSet.Add(predicate.Trim()))
            {
                predicateList.Add(predicate.Trim());
            }
        }
        _countable = countable.Countable();
        _uncountable = countable.Uncountable();
        _categories = categories.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byCategory = GroupByCategory(categories);
        _predicateSet = predicateSet.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Predicates = [.. predicateList];
        Categories = CategoryList(_byCategory.Keys);
    }

    /// <summary>An empty vocabulary: countability falls back to the inflection rules, every attribute is "other".</summary>
    public static Vocabulary Empty { get; } = new([], [], []);

    /// <summary>The relation predicates, in file order.</summary>
    public ImmutableArray<string> Predicates { get; }

    /// <summary>The labels the vocabulary names (countability or noun entries), sorted: what an editor offers where a label is expected.</summary>
    public ImmutableArray<string> Labels =>
        [.. _countable.Concat(_uncountable).Concat(_nouns.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The categories that have attributes: the standard ones in standard order, then others alphabetically.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>
    /// Whether "how many" makes sense for <paramref name="label"/>: the vocabulary's explicit yes/no when it lists the
    /// label, otherwise <see cref="Inflection.IsCountableByForm"/> (singular count nouns yes; plural and mass nouns no).
    /// </summary>
    public bool IsCountable(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return ExplicitCountable(label) ?? Inflection.IsCountableByForm(label);
    }

    /// <summary>The explicit entry for <paramref name="label"/>, or null when the vocabulary does not list it.</summary>
    public bool? ExplicitCountable(string label)
    {
        // Trim allocates only for a label with surrounding spaces; a lookup by span (an alternate lookup) would be generic
        // code over ReadOnlySpan<char> the runtime compiles at every start (docs/performance.md#session-8-start-up).
        var trimmed = label.Trim();
        return _countable.Contains(trimmed) ? true : _uncountable.Contains(trimmed) ? false : null;
    }

    /// <summary>
    /// The noun a label names, in the singular: the vocabulary's entry when it has one ("glasses" -> "glasses"),
    /// else <see cref="Inflection.Singular"/> ("bananas" -> "banana", "people" -> "person", "leaves" -> "leaf").
    /// Labels with the same noun denote one group of objects: "the banana" is ambiguous beside "bananas".
    /// </summary>
    public string NounOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Recent(label).Noun;
    }

    // Generators ask for the noun of the same label object (an object's label) many times per candidate (HeadRelation
    // compares the nouns of every pair of objects), and whether it is a person or a thing nearly as often: a
    // direct-mapped slot, found from the label's length and three of its characters, answers those with a reference
    // comparison (equal text when the label is another copy), all three facts at once.
    private RecentNoun Recent(string label)
    {
        var slot = RecentTextSlot.Of(label);
        if (_recentNouns[slot] is { } recent && string.Equals(recent.Label, label)) return recent;
        var trimmed = label.Trim();
        if (!_nounMemo.TryGetValue(label, out var noun))
        {
            noun = _nouns.TryGetValue(trimmed, out var listed) ? listed : Inflection.Singular(trimmed);
            // Generators ask for the noun of the same few thousand labels millions of times; the bound keeps hostile
            // data (every label new) from growing the memo without limit.
            if (Interlocked.Increment(ref _nounMemoCount) <= NounMemoLimit) _nounMemo.TryAdd(label, noun);
        }
        recent = new RecentNoun(label, noun,
            Person: ByLastWord(_persons, noun, trimmed),
            Thing: _nonObjects.Count == 0 || !(_nonObjects.Contains(noun) || _nonObjects.Contains(trimmed)),
            PerPerson: PerPersonOf(noun, trimmed));
        // One reference write: a thread reading the slot sees a whole record, old or new.
        _recentNouns[slot] = recent;
        return recent;
    }

    // A label of several words is a person when its last word's noun is ("tennis player", "young man", "police
    // officers"): real graphs label people so, and a list could never hold every compound. The rule also takes "dvd
    // player" for a person, which only withholds items (no colour of it is stated, the persons rule applies to it),
    // never makes a wrong one. What persons show on the body is found the same way ("baseball uniform", "left hand").
    private bool ByLastWord(FrozenSet<string> nouns, string noun, string trimmed) =>
        nouns.Contains(noun) || nouns.Contains(trimmed) || (LastWord(noun) is var (head, headNoun) && (nouns.Contains(head) || nouns.Contains(headNoun)));

    private int PerPersonOf(string noun, string trimmed) =>
        _onPersons.TryGetValue(noun, out var count) || _onPersons.TryGetValue(trimmed, out count)
        || (LastWord(noun) is var (head, headNoun) && (_onPersons.TryGetValue(head, out count) || _onPersons.TryGetValue(headNoun, out count))) ? count : 0;

    // A label's last word and its noun ("players", "player" of "tennis players"); null for a label of one word.
    private (string Word, string Noun)? LastWord(string noun)
    {
        var lastSpace = noun.LastIndexOf(' ');
        if (lastSpace < 0) return null;
        var head = noun[(lastSpace + 1)..];
        return (head, _nouns.TryGetValue(head, out var listed) ? listed : Inflection.Singular(head));
    }

    private const int NounMemoLimit = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _nounMemo = new(StringComparer.Ordinal);
    private readonly RecentNoun?[] _recentNouns = new RecentNoun?[RecentTextSlot.Count];
    private int _nounMemoCount;

    private sealed record RecentNoun(string Label, string Noun, bool Person, bool Thing, int PerPerson);

    /// <summary>
    /// Whether the label is the plural of its noun ("bananas", "people": a bunch or a crowd, not one object of the
    /// noun), as opposed to a singular or a word that only looks plural ("glasses", "bus").
    /// </summary>
    public bool IsPluralLabel(string label) =>
        !string.Equals(NounOf(label), label.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the label names a person (its noun is in the vocabulary's persons: "man", "people"). A colour on a person
    /// may be skin, so generators state no colour of one.
    /// </summary>
    public bool IsPerson(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Recent(label).Person;
    }

    /// <summary>
    /// Whether the label names what a person shows on the body (its noun, or a label's last word, is in the vocabulary's
    /// onPersons: "shirt", "baseball uniform", "hand"). Annotations of a person often leave these out (the baseball
    /// fixture's catcher wears a uniform no box labels), so no item says an image with a person lacks one, or counts them
    /// there (docs/evidence.md#worn-by-persons).
    /// </summary>
    public bool IsOnPerson(string label) => PerPerson(label) > 0;

    /// <summary>
    /// How many of the label's noun one person shows (the vocabulary's onPersons: a shirt 1, shoes 2, fingers 10; 0 for a
    /// noun not listed): "the shoe" beside one person, or "the shirt" beside two, may be one no box labels.
    /// </summary>
    public int PerPerson(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Recent(label).PerPerson;
    }

    /// <summary>
    /// Whether the label names a thing: not a noun of the vocabulary's non-objects, in either number ("colors",
    /// "spots", "meal" label regions of real graphs, yet "How many colors?" or "left of the meal" names no object a
    /// person could find). A question, option or description names an object by its label only when it is a thing.
    /// </summary>
    public bool IsThing(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Recent(label).Thing;
    }

    /// <summary>Whether two words mean the same for a reader: equal, or in one synonym group ("large", "big").</summary>
    public bool AreSynonyms(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (ReferenceEquals(a, b) || a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var ga = RecentSynonymGroupOf(a);
        return ga >= 0 && ga == RecentSynonymGroupOf(b);
    }

    /// <summary>
    /// Whether a reader told <paramref name="a"/> takes <paramref name="b"/> to hold too, without the two meaning the same:
    /// the vocabulary's implies lists the pair, its first word standing for its synonym group and its second as written
    /// ("wearing" or "dressed in" a hat is "having" it, being "with" it, but not "holding" it, though the synonym groups
    /// take "has" and "holding" together; "riding" a horse is being "on" it). Not symmetric: one "has" a bag one holds.
    /// </summary>
    public bool Implies(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return _implied.Count > 0 && _implied.TryGetValue(RecentMeaningOf(a), out var general) && general.Contains(b.Trim()) && !AreSynonyms(a, b);
    }

    /// <summary>
    /// Whether a reader who sees an object <paramref name="a"/> takes it not to be <paramref name="b"/>: the vocabulary's
    /// excludes lists the two words in one group ("red" and "blue", "open" and "closed", "standing" and "sitting"),
    /// each as written, and they are not synonyms. Symmetric. Words no group lists exclude nothing: an object "wooden"
    /// may be "red" too, so an unlisted pair is never taken as a contradiction.
    /// </summary>
    public bool Excludes(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return _excludesGroups.Count > 0 && _excludesGroups.TryGetValue(a.Trim(), out var groupsOfA) && _excludesGroups.TryGetValue(b.Trim(), out var groupsOfB)
            && ShareAny(groupsOfA, groupsOfB) && !AreSynonyms(a, b);
    }

    // Whether two ascending lists of group numbers share one (a merge: linear in their lengths).
    private static bool ShareAny(int[] first, int[] second)
    {
        for (int i = 0, j = 0; i < first.Length && j < second.Length;)
        {
            if (first[i] == second[j]) return true;
            if (first[i] < second[j]) i++;
            else j++;
        }
        return false;
    }

    /// <summary>The synonym group of an already trimmed word (what <see cref="AreSynonyms"/> compares), or -1 outside every group.</summary>
    internal int SynonymGroupOf(string trimmedWord) => _synonymGroup.TryGetValue(trimmedWord, out var group) ? group.Id : -1;

    /// <summary>
    /// The word that stands for <paramref name="word"/>'s meaning: the first word of its synonym group ("big" ->
    /// "large"; the vocabulary lists the most general word first), the word itself outside any group. Two words are
    /// synonyms exactly when their meanings are equal, so a group or count keyed by it takes synonyms together.
    /// </summary>
    public string MeaningOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return RecentMeaningOf(word);
    }

    /// <summary>The category of <paramref name="attribute"/>, or <see cref="AttributeCategories.Other"/> when unknown.</summary>
    public string CategoryOf(string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return _categories.TryGetValue(attribute, out var category) ? category : AttributeCategories.Other;
    }

    /// <summary>The attributes of <paramref name="category"/>, in alphabetical order (the pool typed distractors come from).</summary>
    public ImmutableArray<string> AttributesIn(string category) =>
        _byCategory.TryGetValue(category, out var attributes) ? attributes.Attributes : [];

    /// <summary>Whether <paramref name="predicate"/> is one of <see cref="Predicates"/>.</summary>
    public bool IsPredicate(string predicate) => _predicateSet.Contains(predicate);

    private static FrozenDictionary<string, AttributeList> GroupByCategory(Dictionary<string, string> categories)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (attribute, category) in categories)
        {
            if (!groups.TryGetValue(category, out var list))
            {
                groups[category] = list = [];
            }
            list.Add(attribute);
        }
        var result = new Dictionary<string, AttributeList>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, list) in groups)
        {
            list.Sort(StringComparer.Ordinal);
            result[category] = new AttributeList([.. list]);
        }
        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // A category's attributes (a class, so that the map to it is one the framework has ahead-of-time code for).
    private sealed record AttributeList(ImmutableArray<string> Attributes);

    // A synonym group: its number (what SynonymGroupOf compares) and its head, the word that stands for its meaning.
    private sealed class SynonymGroup(int id)
    {
        public int Id { get; } = id;

        public string Head { get; set; } = "";
    }

    // Label -> noun; a later entry for a label overrides an earlier one, the key keeping its first spelling.
    private static FrozenDictionary<string, string> Nouns(IEnumerable<KeyValuePair<string, string>> nouns)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, noun) in nouns)
        {
            map[label.Trim()] = noun.Trim();
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // The word -> group map; each group's head is its first word that still belongs to it (a word listed in two
    // groups belongs to the later one, so an earlier group's head may have moved on; a group left with no word keeps "").
    private static FrozenDictionary<string, SynonymGroup> SynonymGroups(IEnumerable<IReadOnlyList<string>> groups)
    {
        var map = new Dictionary<string, SynonymGroup>(StringComparer.OrdinalIgnoreCase);
        var lists = new List<IReadOnlyList<string>>();
        var made = new List<SynonymGroup>();
        foreach (var words in groups)
        {
            var group = new SynonymGroup(made.Count);
            foreach (var word in words)
            {
                map[word.Trim()] = group; // a word listed in two groups belongs to the later one
            }
            lists.Add(words);
            made.Add(group);
        }
        for (var i = 0; i < made.Count; i++)
        {
            foreach (var word in lists[i])
            {
                if (ReferenceEquals(map[word.Trim()], made[i]))
                {
                    made[i].Head = word.Trim();
                    break;
                }
            }
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // Each word of an excludes group to the numbers of the groups that list it, ascending (a word may be in several:
    // "short" beside "tall" and beside "long"). Numbers, not the other words: a group of n words costs n entries, not
    // n squared (a hostile vocabulary may list one group of a hundred thousand words).
    private static FrozenDictionary<string, int[]> ExcludesGroups(IEnumerable<IReadOnlyList<string>> groups)
    {
        var numbers = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var group = 0;
        foreach (var words in groups)
        {
            foreach (var word in words)
            {
                var trimmed = word.Trim();
                if (!numbers.TryGetValue(trimmed, out var list))
                {
                    numbers[trimmed] = list = [];
                }
                if (list.Count == 0 || list[^1] != group) list.Add(group);
            }
            group++;
        }
        return numbers.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    // Meaning (its synonym group's head, MeaningOf: the synonym groups are made by now) -> the words it implies, as
    // written: a group may hold words that the implying one does not imply ("has" and "holding" are one group, and
    // "wearing" implies only the first).
    private FrozenDictionary<string, FrozenSet<string>> Implications(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var implied = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (specific, general) in pairs)
        {
            var key = MeaningOf(specific);
            if (!implied.TryGetValue(key, out var set))
            {
                implied[key] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }
            set.Add(general.Trim());
        }
        return implied.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    private static ImmutableArray<string> CategoryList(IEnumerable<string> present)
    {
        var standard = new List<string>();
        var custom = new List<string>();
        var presentSet = new HashSet<string>(present, StringComparer.OrdinalIgnoreCase);
        foreach (var category in AttributeCategories.Standard)
        {
            if (presentSet.Remove(category))
            {
                standard.Add(category);
            }
        }
        custom.AddRange(presentSet);
        custom.Sort(StringComparer.Ordinal);
        return [.. standard, .. custom];
    }
}

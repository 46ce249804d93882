using System.Collections.Frozen;
using System.Collections.Immutable;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Stdlib;

/// <summary>
/// A pack's vocabulary: which labels are countable, the category of each attribute, and the relation
/// predicates. Data, not code: loaded from the pack's vocabulary file (<see cref="VocabularyReader"/>) and
/// editable by users. Lookups ignore case and never allocate; an instance is immutable and thread-safe.
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _countable;
    private readonly FrozenDictionary<string, string> _categories;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _byCategory;
    private readonly FrozenSet<string> _predicateSet;

    /// <summary>Builds a vocabulary. Keys are compared case-insensitively; a later duplicate overrides an earlier one.</summary>
    public Vocabulary(
        IEnumerable<KeyValuePair<string, bool>> countable,
        IEnumerable<KeyValuePair<string, string>> attributeCategories,
        IEnumerable<string> predicates)
    {
        ArgumentNullException.ThrowIfNull(countable);
        ArgumentNullException.ThrowIfNull(attributeCategories);
        ArgumentNullException.ThrowIfNull(predicates);
        var countableMap = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, value) in countable)
        {
            countableMap[label.Trim()] = value;
        }
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
        _countable = countableMap.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>The categories that have attributes: the standard ones in standard order, then others alphabetically.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>
    /// Whether "how many" makes sense for <paramref name="label"/>: the vocabulary's explicit yes/no when it lists the
    /// label, otherwise <see cref="Inflection.IsCountableByForm"/> (singular count nouns yes; plural and mass nouns no).
    /// </summary>
    public bool IsCountable(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return _countable.TryGetValue(label.AsSpan().Trim(), out var countable) ? countable : Inflection.IsCountableByForm(label);
    }

    /// <summary>The explicit entry for <paramref name="label"/>, or null when the vocabulary does not list it.</summary>
    public bool? ExplicitCountable(string label) =>
        _countable.TryGetValue(label.AsSpan().Trim(), out var countable) ? countable : null;

    /// <summary>The category of <paramref name="attribute"/>, or <see cref="AttributeCategories.Other"/> when unknown.</summary>
    public string CategoryOf(string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return _categories.TryGetValue(attribute, out var category) ? category : AttributeCategories.Other;
    }

    /// <summary>The attributes of <paramref name="category"/>, in alphabetical order (the pool typed distractors come from).</summary>
    public ImmutableArray<string> AttributesIn(string category) =>
        _byCategory.TryGetValue(category, out var attributes) ? attributes : [];

    /// <summary>Whether <paramref name="predicate"/> is one of <see cref="Predicates"/>.</summary>
    public bool IsPredicate(string predicate) => _predicateSet.Contains(predicate);

    private static FrozenDictionary<string, ImmutableArray<string>> GroupByCategory(Dictionary<string, string> categories)
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
        var result = new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (category, list) in groups)
        {
            list.Sort(StringComparer.Ordinal);
            result[category] = [.. list];
        }
        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
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

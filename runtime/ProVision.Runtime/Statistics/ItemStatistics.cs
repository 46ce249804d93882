using ProVision.Runtime.Items;

namespace ProVision.Runtime.Statistics;

/// <summary>
/// Running totals over a stream of items, for <c>provision report</c>: per generator its items, answers, phrasings and
/// option positions; over all items the count answers (the <c>count</c> tag), prompt and response lengths, and the
/// labels, attributes and predicates items name (their <c>object</c>, <c>attribute</c>, <c>relation</c> tags). Memory is
/// bounded: each generator keeps at most <see cref="MaxDistinct"/> distinct answers (the rest count as "other").
/// </summary>
public sealed class ItemStatistics
{
    /// <summary>Distinct answers kept per generator, and distinct names kept per kind.</summary>
    public const int MaxDistinct = 5_000;

    /// <summary>Words of the longest prompt or response a length histogram bins one by one (longer ones share the last bin).</summary>
    public const int MaxLength = 120;

    private readonly Dictionary<string, GeneratorItems> _generators = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public long Items { get; private set; }

    /// <summary>Per generator, in first-seen order.</summary>
    public IEnumerable<GeneratorItems> Generators => _order.Select(g => _generators[g]);

    /// <summary>Values of the numeric <c>count</c> tag, and how often each is the answer's count.</summary>
    public SortedDictionary<long, long> CountAnswers { get; } = [];

    /// <summary>Prompt lengths in words (index = words, the last bin holds longer ones).</summary>
    public long[] PromptWords { get; } = new long[MaxLength + 1];

    /// <summary>Response lengths in words.</summary>
    public long[] ResponseWords { get; } = new long[MaxLength + 1];

    /// <summary>Names items use, per kind ("object", "attribute", "relation"): value to number of items.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, long>> Named => _named;

    private readonly Dictionary<string, Dictionary<string, long>> _named = new(StringComparer.Ordinal)
    {
        ["object"] = new(StringComparer.Ordinal),
        ["attribute"] = new(StringComparer.Ordinal),
        ["relation"] = new(StringComparer.Ordinal),
    };

    public void Add(GeneratedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Items++;
        if (!_generators.TryGetValue(item.Generator, out var generator))
        {
            _generators[item.Generator] = generator = new GeneratorItems(item.Generator);
            _order.Add(item.Generator);
        }
        generator.Add(item);
        PromptWords[Math.Min(MaxLength, Words(item.Prompt))]++;
        ResponseWords[Math.Min(MaxLength, Words(item.Response))]++;
        foreach (var (name, values) in item.Tags)
        {
            if (name == "count" && values.Length == 1 && values[0].IsNumber) CountAnswers[values[0].AsNumber] = CountAnswers.GetValueOrDefault(values[0].AsNumber) + 1;
            if (_named.TryGetValue(name, out var named))
            {
                foreach (var value in values.Where(v => v.IsString).Select(v => v.AsString).Distinct(StringComparer.Ordinal))
                {
                    if (named.TryGetValue(value, out var n)) named[value] = n + 1;
                    else if (named.Count < MaxDistinct) named[value] = 1;
                }
            }
        }
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>The items of one generator: answers (bounded), phrasings used, multiple-choice option positions.</summary>
public sealed class GeneratorItems(string name)
{
    private readonly Dictionary<string, long> _answers = new(StringComparer.Ordinal);
    private readonly HashSet<int> _templates = [];

    public string Name { get; } = name;
    public long Items { get; private set; }
    public long MultipleChoice { get; private set; }
    public long MultiImage { get; private set; }

    /// <summary>Items whose answer was not kept (more than <see cref="ItemStatistics.MaxDistinct"/> distinct answers).</summary>
    public long OtherAnswers { get; private set; }

    public IReadOnlyDictionary<string, long> Answers => _answers;

    /// <summary>The phrasings (template indices) used.</summary>
    public IReadOnlySet<int> Templates => _templates;

    /// <summary>For each number of options, how often the correct one was at each position (0-based).</summary>
    public SortedDictionary<int, long[]> OptionPositions { get; } = [];

    /// <summary>A few items, the first of the generator in file order, for the gallery.</summary>
    public List<GeneratedItem> Samples { get; } = [];

    internal void Add(GeneratedItem item)
    {
        Items++;
        if (item.IsMultiImage) MultiImage++;
        if (_answers.TryGetValue(item.Answer, out var n)) _answers[item.Answer] = n + 1;
        else if (_answers.Count < ItemStatistics.MaxDistinct) _answers[item.Answer] = 1;
        else OtherAnswers++;
        _templates.Add(item.Template);
        if (Samples.Count < 3) Samples.Add(item);
        if (item.Choices.Length > 0)
        {
            MultipleChoice++;
            var position = item.Choices.IndexOf(item.Answer);
            if (position >= 0)
            {
                if (!OptionPositions.TryGetValue(item.Choices.Length, out var positions)) OptionPositions[item.Choices.Length] = positions = new long[item.Choices.Length];
                positions[position]++;
            }
        }
    }

    /// <summary>The most common answers with their share, most first (ties by text).</summary>
    public IReadOnlyList<(string Answer, long Count, double Share)> TopAnswers(int count) =>
        [.. _answers.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Take(count).Select(a => (a.Key, a.Value, (double)a.Value / Items))];

    /// <summary>Shannon entropy of the answers in bits ("other" counted as one answer), and its share of the most the answers could have (log2 of their number).</summary>
    public (double Bits, double OfMaximum) AnswerEntropy()
    {
        var counts = _answers.Values.Append(OtherAnswers).Where(c => c > 0).ToList();
        var bits = Math.Max(0, -counts.Sum(c => (double)c / Items * Math.Log2((double)c / Items))); // never "-0.00"
        return (bits, counts.Count > 1 ? bits / Math.Log2(counts.Count) : 0);
    }

    /// <summary>
    /// Why the answers look unbalanced, or null: every item (of 20 or more) has one answer, or the most common answer
    /// has at least half of the items and twice the share an even spread would give it.
    /// </summary>
    public string? BalanceProblem()
    {
        if (Items < 20) return null;
        var distinct = _answers.Count + (OtherAnswers > 0 ? 1 : 0);
        var top = TopAnswers(1);
        if (distinct == 1) return $"every item answers '{top[0].Answer}'";
        var share = top[0].Share;
        return share >= 0.5 && share >= 2.0 / distinct ? $"'{top[0].Answer}' answers {Math.Round(share * 100).ToString(System.Globalization.CultureInfo.InvariantCulture)}% of the items ({distinct} different answers)" : null;
    }
}

using System.Collections.Immutable;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Verification;

/// <summary>
/// One item under verification: the item, its graphs (in the item's image order), the vocabulary and options,
/// and the failures found so far. Accessors that can fail (a missing slot, a wrong evidence count) record the
/// failure and return null/false, so a verifier reads as a list of rules and stops at the first broken premise.
/// </summary>
internal sealed partial class ItemCheck
{
    private readonly List<string> _failures = [];

    public ItemCheck(GeneratedItem item, IReadOnlyList<SceneGraph> graphs, Vocabulary vocabulary, VerifierOptions options)
    {
        Item = item;
        Graphs = graphs;
        Vocabulary = vocabulary;
        Options = options;
    }

    public GeneratedItem Item { get; }
    public IReadOnlyList<SceneGraph> Graphs { get; }
    public Vocabulary Vocabulary { get; }
    public VerifierOptions Options { get; }
    public IReadOnlyList<string> Failures => _failures;
    public bool HasFailed => _failures.Count > 0;

    /// <summary>The single image's graph (single-image generators).</summary>
    public SceneGraph Graph => Graphs[0];

    public bool IsMultipleChoice => !Item.Choices.IsEmpty;

    /// <summary>Records a failure, prefixed with the generator and item id; always returns false.</summary>
    public bool Fail(string message)
    {
        _failures.Add($"{Item.Generator} item {Item.Id}: {message}");
        return false;
    }

    /// <summary>The slot's value, or null (and a failure) when the item lacks it.</summary>
    public string? Slot(string name)
    {
        var value = Item.Slot(name);
        if (value is null)
        {
            Fail($"missing slot '{name}' (slots: {SlotNames()})");
        }
        return value;
    }

    /// <summary>Checks an optional slot: absent is fine, present must equal <paramref name="expected"/>.</summary>
    public bool OptionalSlotEquals(string name, string expected, string why)
    {
        var value = Item.Slot(name);
        return value is null || value == expected || Fail($"slot '{name}' is '{value}' but {why} is '{expected}'");
    }

    /// <summary>Checks a required slot's exact value.</summary>
    public bool SlotEquals(string name, string expected, string why)
    {
        var value = Slot(name);
        return value is not null && (value == expected || Fail($"slot '{name}' is '{value}' but {why} is '{expected}'"));
    }

    /// <summary>The evidence object indices of image <paramref name="image"/>.</summary>
    public ImmutableArray<int> EvidenceObjects(int image = 0) => Item.Evidence.PerImage[image].Objects;

    /// <summary>The evidence relation indices of image <paramref name="image"/>.</summary>
    public ImmutableArray<int> EvidenceRelations(int image = 0) => Item.Evidence.PerImage[image].Relations;

    /// <summary>The evidence objects of image <paramref name="image"/>, which must number exactly <paramref name="count"/>.</summary>
    public ImmutableArray<int>? ExactlyObjects(int count, string what, int image = 0)
    {
        var objects = EvidenceObjects(image);
        if (objects.Length == count)
        {
            return objects;
        }
        Fail($"evidence{ImageSuffix(image)} must list exactly {count} object(s) ({what}) but lists {Show(objects)}");
        return null;
    }

    /// <summary>"[0, 2, 5]".</summary>
    public static string Show(IEnumerable<int> indices) => "[" + string.Join(", ", indices) + "]";

    /// <summary>"'a', 'b'" for messages.</summary>
    public static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    public string Label(int objectIndex, int image = 0) => Graphs[image].Objects[objectIndex].Label;

    private string ImageSuffix(int image) => Item.Images.Length > 1 ? $" of Image {image + 1}" : "";

    private string SlotNames() => Item.Slots.IsEmpty ? "none" : string.Join(", ", Item.Slots.Select(s => s.Key));
}

using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification;

/// <content>Typed slot readers: lists, counts, names that agree with a count, box and point ratios.</content>
internal sealed partial class ItemCheck
{
    /// <summary>A list slot's items (no duplicates), or null when the slot is missing or repeats an item.</summary>
    public List<string>? ListSlot(string name)
    {
        if (Slot(name) is not { } text)
        {
            return null;
        }
        var items = ListText.Split(text);
        var repeated = items.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            Fail($"slot '{name}' names '{repeated.Key}' twice ('{text}')");
            return null;
        }
        return items;
    }

    /// <summary>A count slot (digits or words) must hold <paramref name="expected"/>.</summary>
    public bool CountSlot(string name, long expected, string why)
    {
        if (Slot(name) is not { } text)
        {
            return false;
        }
        if (!CountText.TryParse(text, out var value, out _))
        {
            return Fail($"slot '{name}' is '{text}', not a count");
        }
        return value == expected || Fail($"slot '{name}' is '{text}' ({value}) but {why} is {expected}");
    }

    /// <summary>An optional count slot: absent is fine, present must hold <paramref name="expected"/>.</summary>
    public bool OptionalCountSlot(string name, long expected, string why) => Item.Slot(name) is null || CountSlot(name, expected, why);

    /// <summary>
    /// The noun a "how many" question names: the plural, or for a count of 1 the label itself (the reference's
    /// form; the built-in pack always uses the plural, since "How many bus are there?" gives the answer away).
    /// </summary>
    public bool NounAgrees(string slot, string name, string label, long count)
    {
        if (PluralText.IsPluralOf(name, label) || (count == 1 && name == label)) return true;
        return Fail(count == 1
            ? $"slot '{slot}' is '{name}' but it must be the label '{label}' or its plural"
            : $"slot '{slot}' is '{name}' but the count is {count}, so it must be the plural of '{label}'");
    }

    /// <summary>A box slot must print the object's box ratio.</summary>
    public bool BoxSlot(string slot, int objectIndex, int image = 0)
    {
        var graph = Graphs[image];
        var expected = RatioText.Box(graph.Objects[objectIndex].Box, graph.Width, graph.Height);
        return SlotEquals(slot, expected, $"the box ratio of object {objectIndex} {Boxes.Show(graph.Objects[objectIndex].Box)} in a {graph.Width}x{graph.Height} image");
    }

    /// <summary>A point slot "(x, y)": its two ratio texts, or null when missing or malformed.</summary>
    public (string X, string Y)? PointSlot(string slot)
    {
        if (Slot(slot) is not { } text)
        {
            return null;
        }
        if (!RatioText.TryParsePoint(text, out var x, out var y))
        {
            Fail($"slot '{slot}' is '{text}', not a point ratio '(x, y)'");
            return null;
        }
        return (x, y);
    }
}

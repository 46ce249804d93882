namespace ProVision.Runtime.Templates;

/// <summary>One piece of a flat expansion: literal text or a slot to fill.</summary>
public readonly struct TemplateSegment
{
    private readonly object _value;

    private TemplateSegment(object value)
    {
        _value = value;
    }

    /// <summary>True when this segment is a slot (<see cref="Slot"/>), false for literal text (<see cref="Text"/>).</summary>
    public bool IsSlot => _value is SlotNode;

    /// <summary>The literal text; empty for a slot.</summary>
    public string Text => _value as string ?? "";

    /// <summary>The slot.</summary>
    /// <exception cref="InvalidOperationException">The segment is literal text.</exception>
    public SlotNode Slot => _value as SlotNode ?? throw new InvalidOperationException("The segment is literal text, not a slot.");

    /// <summary>A literal segment.</summary>
    public static TemplateSegment FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TemplateSegment(text);
    }

    /// <summary>A slot segment.</summary>
    public static TemplateSegment FromSlot(SlotNode slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return new TemplateSegment(slot);
    }

    /// <summary>The text, or the slot's placeholder.</summary>
    public override string ToString() => _value is SlotNode slot ? slot.Placeholder : (string)_value;
}

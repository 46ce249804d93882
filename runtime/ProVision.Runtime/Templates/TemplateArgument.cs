namespace ProVision.Runtime.Templates;

/// <summary>
/// An extra helper argument after the slot: another slot (<c>{plural(name, n)}</c>) or a string literal
/// (<c>{list(xs, "or")}</c>).
/// </summary>
public readonly record struct TemplateArgument
{
    private TemplateArgument(string text, bool isSlot)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        IsSlot = isSlot;
    }

    /// <summary>The slot name, or the literal's text.</summary>
    public string Text { get; }

    /// <summary>True for a slot reference, false for a literal.</summary>
    public bool IsSlot { get; }

    /// <summary>A reference to the slot called <paramref name="name"/>.</summary>
    public static TemplateArgument SlotRef(string name) => new(name, isSlot: true);

    /// <summary>A string literal.</summary>
    public static TemplateArgument Literal(string text) => new(text, isSlot: false);

    /// <summary>As written in a template: <c>n</c> or <c>"or"</c>.</summary>
    public override string ToString() => IsSlot ? Text : "\"" + Text + "\"";
}

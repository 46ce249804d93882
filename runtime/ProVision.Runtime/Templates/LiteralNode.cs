namespace ProVision.Runtime.Templates;

/// <summary>Literal template text (escapes already resolved by the compiler).</summary>
public sealed class LiteralNode : TemplateNode
{
    /// <summary>The empty literal: the second alternative of an optional part.</summary>
    public static LiteralNode Empty { get; } = new("");

    /// <summary>Creates a literal.</summary>
    public LiteralNode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The text, spaces included; runs of spaces collapse when expanded.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

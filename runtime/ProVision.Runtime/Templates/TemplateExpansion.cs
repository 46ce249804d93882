using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>
/// One distinct phrasing of a template: a flat list of literal and slot segments, pre-split so that rendering
/// is a single pass with no parsing. Adjacent literals are merged and their spacing already normalised.
/// </summary>
public sealed class TemplateExpansion
{
    internal TemplateExpansion(int index, ImmutableArray<TemplateSegment> segments, string text)
    {
        Index = index;
        Segments = segments;
        Text = text;
    }

    /// <summary>Position among its template's expansions (stable: see <see cref="TemplateExpander"/>).</summary>
    public int Index { get; }

    /// <summary>The segments, in order.</summary>
    public ImmutableArray<TemplateSegment> Segments { get; }

    /// <summary>The expansion with slot placeholders, e.g. <c>how many {name} are there?</c>.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

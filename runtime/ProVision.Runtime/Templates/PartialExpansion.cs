using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <summary>
/// A distinct expansion of a sub-template during expansion: its comparison key and, when expansions are
/// wanted rather than a count, its segments. Literal braces are doubled in the key so that literal text can
/// never collide with a slot placeholder.
/// </summary>
internal readonly record struct PartialExpansion(string Key, ImmutableArray<TemplateSegment> Segments)
{
    public static PartialExpansion Empty { get; } = new("", []);

    public static PartialExpansion OfLiteral(string text, bool withSegments)
    {
        var normal = ExpansionText.Normalize(text);
        var key = normal.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
        return new PartialExpansion(key, withSegments && normal.Length > 0 ? [TemplateSegment.FromText(normal)] : []);
    }

    public static PartialExpansion OfSlot(SlotNode slot, bool withSegments) =>
        new(slot.Placeholder, withSegments ? [TemplateSegment.FromSlot(slot)] : []);

    public PartialExpansion Append(PartialExpansion next, bool withSegments)
    {
        var key = ExpansionText.Concat(Key, next.Key);
        if (!withSegments)
        {
            return new PartialExpansion(key, []);
        }
        if (Segments.IsEmpty)
        {
            return new PartialExpansion(key, next.Segments);
        }
        if (next.Segments.IsEmpty)
        {
            return new PartialExpansion(key, Segments);
        }
        var builder = ImmutableArray.CreateBuilder<TemplateSegment>(Segments.Length + next.Segments.Length);
        builder.AddRange(Segments);
        foreach (var segment in next.Segments)
        {
            var lastIndex = builder.Count - 1;
            if (!segment.IsSlot && !builder[lastIndex].IsSlot)
            {
                // Merge literal neighbours, fixing the spacing across the junction.
                var merged = ExpansionText.Concat(builder[lastIndex].Text, segment.Text);
                builder[lastIndex] = TemplateSegment.FromText(merged);
                continue;
            }
            builder.Add(segment);
        }
        return new PartialExpansion(key, builder.DrainToImmutable());
    }

    /// <summary>The finished form: edge whitespace trimmed from the key and the outer literal segments.</summary>
    public PartialExpansion Finish(bool withSegments)
    {
        var key = ExpansionText.TrimEdges(Key);
        if (!withSegments || Segments.IsEmpty)
        {
            return new PartialExpansion(key, Segments);
        }
        var builder = Segments.ToBuilder();
        if (!builder[0].IsSlot)
        {
            builder[0] = TemplateSegment.FromText(builder[0].Text.TrimStart());
        }
        if (!builder[^1].IsSlot)
        {
            builder[^1] = TemplateSegment.FromText(builder[^1].Text.TrimEnd());
        }
        builder.RemoveAll(static s => !s.IsSlot && s.Text.Length == 0);
        return new PartialExpansion(key, builder.DrainToImmutable());
    }
}

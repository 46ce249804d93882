using System.Collections.Immutable;

namespace ProVision.Runtime.Templates;

/// <content>One expansion by its number, without listing the others.</content>
public static partial class TemplateExpander
{
    /// <summary>
    /// Expansion number <paramref name="index"/> of a template whose raw expansions are all distinct
    /// (<see cref="UpperBound"/> equals <see cref="Count"/>): the same expansion, segments and text as
    /// <c>Expand(template).Expansions[index]</c>, found by reading the index as digits (an alternation's
    /// alternatives in order, a sequence's earlier parts varying slowest) instead of listing every expansion.
    /// </summary>
    /// <remarks>
    /// With no raw expansion repeating, deduplication removes nothing at any level (equal partial expansions would
    /// make equal whole ones), so the distinct order is the raw order. Literal neighbours are merged with
    /// <see cref="ExpansionText.Concat"/> as <see cref="PartialExpansion.Append"/> merges them and the result is finished
    /// with <see cref="PartialExpansion.Finish"/>, so the spacing comes out the same. For a template with repeats the
    /// result is not that of <see cref="Expand"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="UpperBound"/>.</exception>
    public static TemplateExpansion ExpansionAt(TemplateNode template, int index)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, UpperBound(template));
        var segments = ImmutableArray.CreateBuilder<TemplateSegment>();
        AppendAt(template, index, segments);
        var finished = new PartialExpansion("", segments.DrainToImmutable()).Finish(withSegments: true);
        return new TemplateExpansion(index, finished.Segments, DisplayText(finished.Segments));
    }

    // Appends the segments of expansion `index` of `node`, merging a literal into a literal before it as
    // PartialExpansion.Append does. Only the segments are built: the comparison keys that Expand needs to find repeats
    // are of no use to a template without repeats, and building them was half the cost of a phrasing drawn for the
    // first time (docs/performance.md, session 11). Merging left to right gives the texts that merging part by part
    // gives, since ExpansionText.Concat of normal forms is the normal form of the whole.
    private static void AppendAt(TemplateNode node, long index, ImmutableArray<TemplateSegment>.Builder segments)
    {
        switch (node)
        {
            case LiteralNode literal:
                var normal = ExpansionText.Normalize(literal.Text);
                if (normal.Length == 0)
                {
                    return;
                }
                if (segments.Count > 0 && !segments[^1].IsSlot)
                {
                    segments[^1] = TemplateSegment.FromText(ExpansionText.Concat(segments[^1].Text, normal));
                    return;
                }
                segments.Add(TemplateSegment.FromText(normal));
                return;
            case SlotNode slot:
                segments.Add(TemplateSegment.FromSlot(slot));
                return;
            case SequenceNode sequence:
                // The index read as digits, the last part's varying fastest.
                var parts = sequence.Parts;
                Span<long> digits = parts.Length <= 32 ? stackalloc long[parts.Length] : new long[parts.Length];
                for (var i = parts.Length - 1; i >= 0; i--)
                {
                    var count = UpperBound(parts[i]);
                    digits[i] = index % count;
                    index /= count;
                }
                for (var i = 0; i < parts.Length; i++)
                {
                    AppendAt(parts[i], digits[i], segments);
                }
                return;
            case AlternationNode alternation:
                foreach (var alternative in alternation.Alternatives)
                {
                    var count = UpperBound(alternative);
                    if (index < count)
                    {
                        AppendAt(alternative, index, segments);
                        return;
                    }
                    index -= count;
                }
                throw new ArgumentOutOfRangeException(nameof(index), "past the alternation's last expansion");
            default:
                throw new ArgumentException($"Unknown template node type {node.GetType().Name}.", nameof(node));
        }
    }
}

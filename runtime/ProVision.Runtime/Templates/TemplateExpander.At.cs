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
    /// make equal whole ones), so the distinct order is the raw order. The pieces are joined with the same steps as
    /// <see cref="Expand"/> (<see cref="PartialExpansion.Append"/>, then <see cref="PartialExpansion.Finish"/>), so the
    /// spacing comes out the same. For a template with repeats the result is not that of <see cref="Expand"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="UpperBound"/>.</exception>
    public static TemplateExpansion ExpansionAt(TemplateNode template, int index)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, UpperBound(template));
        var finished = PartialAt(template, index).Finish(withSegments: true);
        return new TemplateExpansion(index, finished.Segments, DisplayText(finished.Segments));
    }

    private static PartialExpansion PartialAt(TemplateNode node, long index)
    {
        switch (node)
        {
            case LiteralNode literal:
                return PartialExpansion.OfLiteral(literal.Text, withSegments: true);
            case SlotNode slot:
                return PartialExpansion.OfSlot(slot, withSegments: true);
            case SequenceNode sequence:
                var parts = sequence.Parts;
                var digits = new long[parts.Length];
                for (var i = parts.Length - 1; i >= 0; i--)
                {
                    var count = UpperBound(parts[i]);
                    digits[i] = index % count;
                    index /= count;
                }
                var joined = PartialExpansion.Empty;
                for (var i = 0; i < parts.Length; i++)
                {
                    joined = joined.Append(PartialAt(parts[i], digits[i]), withSegments: true);
                }
                return joined;
            case AlternationNode alternation:
                foreach (var alternative in alternation.Alternatives)
                {
                    var count = UpperBound(alternative);
                    if (index < count)
                    {
                        return PartialAt(alternative, index);
                    }
                    index -= count;
                }
                throw new ArgumentOutOfRangeException(nameof(index), "past the alternation's last expansion");
            default:
                throw new ArgumentException($"Unknown template node type {node.GetType().Name}.", nameof(node));
        }
    }
}

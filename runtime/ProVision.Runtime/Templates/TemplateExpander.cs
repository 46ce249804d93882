using System.Collections.Immutable;
using System.Text;

namespace ProVision.Runtime.Templates;

/// <summary>
/// Lists and counts the distinct expansions of a template. Two expansions are the same when their renderings
/// with <c>{slot}</c> placeholders are equal after spacing normalisation (runs of whitespace collapse, no space
/// before <c>, . ? ! ; :</c>, edges trimmed), so <c>[a|a]</c> and <c>[x |x]</c> each count once.
/// </summary>
/// <remarks>
/// <para>
/// Order is stable: alternatives in source order, earlier parts of a sequence varying slowest, each expansion
/// kept at its first appearance. <c>[how many|count the] {name} [are there|can you see]</c> gives
/// "how many {name} are there", "how many {name} can you see", "count the {name} are there", ...
/// The index of an expansion in this order is the item's <c>template</c> number.
/// </para>
/// <para>
/// Duplicates are removed bottom-up (every alternation and every step of a sequence), which yields exactly the
/// same list as expanding everything and deduplicating at the end, without ever holding the raw product.
/// The cap (<see cref="DefaultLimit"/>) applies to those deduplicated intermediate lists: once a sequence's
/// combinations or an alternation's distinct alternatives exceed it, expansion stops with an error result
/// instead of exhausting memory.
/// </para>
/// </remarks>
public static partial class TemplateExpander
{
    /// <summary>The default cap on distinct expansions per template.</summary>
    public const int DefaultLimit = 100_000;

    /// <summary>The distinct expansions of <paramref name="template"/>, or an error result when there are more than <paramref name="limit"/>.</summary>
    public static TemplateExpansionResult Expand(TemplateNode template, int limit = DefaultLimit) =>
        Run(template, limit, withSegments: true);

    /// <summary>The number of distinct expansions, computed on comparison keys only (no segment lists are built).</summary>
    public static TemplateExpansionResult Count(TemplateNode template, int limit = DefaultLimit) =>
        Run(template, limit, withSegments: false);

    /// <summary>
    /// The number of expansions before duplicates are removed: the product over sequences of the sum over
    /// alternations, computed from the tree alone (saturating at <see cref="long.MaxValue"/>). An upper bound of
    /// <see cref="Count"/>, exact when no two alternatives render alike.
    /// </summary>
    public static long UpperBound(TemplateNode template)
    {
        ArgumentNullException.ThrowIfNull(template);
        switch (template)
        {
            case SequenceNode sequence:
                long product = 1;
                foreach (var part in sequence.Parts)
                {
                    var bound = UpperBound(part);
                    product = bound != 0 && product > long.MaxValue / bound ? long.MaxValue : product * bound;
                }
                return product;
            case AlternationNode alternation:
                long sum = 0;
                foreach (var alternative in alternation.Alternatives)
                {
                    var bound = UpperBound(alternative);
                    sum = sum > long.MaxValue - bound ? long.MaxValue : sum + bound;
                }
                return sum;
            default:
                return 1;
        }
    }

    private static TemplateExpansionResult Run(TemplateNode template, int limit, bool withSegments)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var walker = new Walker(limit, withSegments);
        var partials = walker.Expand(template);
        if (partials is null)
        {
            return TemplateExpansionResult.TooLarge(walker.Reached, limit);
        }
        var seen = new HashSet<string>(partials.Count, StringComparer.Ordinal);
        var expansions = ImmutableArray.CreateBuilder<TemplateExpansion>();
        var count = 0;
        foreach (var partial in partials)
        {
            var finished = partial.Finish(withSegments);
            if (!seen.Add(finished.Key))
            {
                continue;
            }
            if (withSegments)
            {
                expansions.Add(new TemplateExpansion(count, finished.Segments, DisplayText(finished.Segments)));
            }
            count++;
        }
        return TemplateExpansionResult.Success(count, expansions.DrainToImmutable(), limit);
    }

    private static string DisplayText(ImmutableArray<TemplateSegment> segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append(segment.ToString());
        }
        return builder.ToString();
    }

    /// <summary>The bottom-up expansion; returns null once a list would exceed the limit.</summary>
    private sealed class Walker(int limit, bool withSegments)
    {
        public long Reached { get; private set; }

        public List<PartialExpansion>? Expand(TemplateNode node) => node switch
        {
            LiteralNode literal => [PartialExpansion.OfLiteral(literal.Text, withSegments)],
            SlotNode slot => [PartialExpansion.OfSlot(slot, withSegments)],
            SequenceNode sequence => ExpandSequence(sequence),
            AlternationNode alternation => ExpandAlternation(alternation),
            _ => throw new ArgumentException($"Unknown template node type {node.GetType().Name}.", nameof(node)),
        };

        private List<PartialExpansion>? ExpandSequence(SequenceNode sequence)
        {
            List<PartialExpansion> current = [PartialExpansion.Empty];
            foreach (var part in sequence.Parts)
            {
                var next = Expand(part);
                if (next is null)
                {
                    return null;
                }
                var combinations = (long)current.Count * next.Count;
                if (combinations > limit)
                {
                    Reached = combinations;
                    return null;
                }
                var combined = new List<PartialExpansion>((int)combinations);
                var seen = new HashSet<string>((int)combinations, StringComparer.Ordinal);
                foreach (var left in current)
                {
                    foreach (var right in next)
                    {
                        var joined = left.Append(right, withSegments);
                        if (seen.Add(joined.Key))
                        {
                            combined.Add(joined);
                        }
                    }
                }
                current = combined;
            }
            return current;
        }

        private List<PartialExpansion>? ExpandAlternation(AlternationNode alternation)
        {
            var result = new List<PartialExpansion>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            long total = 0;
            foreach (var alternative in alternation.Alternatives)
            {
                var expanded = Expand(alternative);
                if (expanded is null)
                {
                    return null;
                }
                total += expanded.Count;
                foreach (var partial in expanded)
                {
                    if (seen.Add(partial.Key))
                    {
                        result.Add(partial);
                    }
                }
                if (result.Count > limit)
                {
                    Reached = total;
                    return null;
                }
            }
            return result;
        }
    }
}

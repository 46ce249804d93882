using System.Collections.Immutable;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Stdlib.SceneGraphFamily;

namespace ProVision.Runtime.Tests.Stdlib;

/// <summary>
/// The scene-graph family computes expressions and matches once per graph (<see cref="SceneGraphMemo"/>); the
/// answers must be those of the uncached enumeration, also when one thread moves between graphs and back.
/// </summary>
public sealed class SceneGraphMemoTests
{
    private static readonly string[] s_labels = ["batter", "bat", "ball", "uniform"];
    private static readonly string[] s_attributes = ["white", "blue", "wooden", "swinging"];
    private static readonly string[] s_predicates = ["holding", "wearing", "near"];

    /// <summary>Small graphs with repeated labels and attributes, so expressions collide across objects.</summary>
    private static SceneGraph Graph(int seed)
    {
        var random = new Random(seed);
        var objects = Enumerable.Range(0, 7).Select(i => new SceneObject(s_labels[random.Next(s_labels.Length)], new Box(i, i, i + 5, i + 5),
            attributes: [.. s_attributes.Where(_ => random.Next(3) == 0)])).ToArray();
        var relations = Enumerable.Range(0, 8).Select(_ => new Relation(random.Next(7), s_predicates[random.Next(s_predicates.Length)], random.Next(7))).ToArray();
        return new SceneGraph($"g{seed}", null, 100, 100, [.. objects], [.. relations]);
    }

    /// <summary>
    /// What <c>matching</c> means, computed from scratch for every object: it may have the own attributes (it carries
    /// each, or no attribute of it excludes one, an exclusion counting only where no object of its label carries both)
    /// and has a relation of the predicate to an object of the neighbour's label that may have the neighbour's.
    /// </summary>
    private static int[] NaiveMatching(SceneGraph graph, Vocabulary vocabulary, ReferringExpression e)
    {
        bool Carries(SceneObject o, string a) => o.Attributes.Contains(a);
        bool MayHave(int x, string a) => Carries(graph.Objects[x], a) || !graph.Objects[x].Attributes.Any(b => vocabulary.Excludes(b, a)
            && !graph.Objects.Any(o => o.Label == graph.Objects[x].Label && Carries(o, a) && Carries(o, b)));
        bool Fits(int x) => e.Attributes.All(a => MayHave(x, a)) && (e.Predicate is null || graph.Relations.Any(r =>
        {
            var (from, to) = e.Direction == RelationDirection.Outgoing ? (r.Subject, r.Object) : (r.Object, r.Subject);
            return from == x && to != x && r.Predicate == e.Predicate && graph.Objects[to].Label == e.NeighborLabel && e.NeighborAttributes.All(a => MayHave(to, a));
        }));
        return [e.Node, .. Enumerable.Range(0, graph.Objects.Length).Where(x => x != e.Node && Fits(x))];
    }

    /// <summary>Expressions from separate enumerations hold separate arrays, so compare what they say.</summary>
    private static string[] Describe(IEnumerable<ReferringExpression> expressions) =>
        [.. expressions.Select(e => $"{e.Node}|{e.Neighbor}|{e.Key}|{e.Phrase}|{e.AppositivePhrase}")];

    [Fact]
    public void Memoised_expressions_and_matches_equal_the_uncached_ones_when_graphs_alternate()
    {
        var vocabulary = new Vocabulary([], [new("white", "color"), new("blue", "color"), new("wooden", "material")], [], excludes: [["white", "blue"]]);
        var graphs = Enumerable.Range(0, 6).Select(Graph).ToArray();
        var buffer = new ScratchList<ReferringExpression>();
        var matches = new ScratchList<int>();
        // Visit graphs in an order that returns to earlier ones, as one thread does across generators and draws.
        foreach (var index in new[] { 0, 1, 0, 2, 3, 2, 5, 4, 0 })
        {
            var graph = graphs[index];
            for (var node = 0; node < graph.Objects.Length; node++)
            {
                var plain = ReferringExpressions.Enumerate(graph, node, ReferringExpressions.DefaultSize, null, null);
                Assert.Equal(Describe(plain), Describe(ReferringExpressions.For(graph, node)));
                SceneGraphQueries.For(graph, node, buffer);
                Assert.Equal(Describe(plain), Describe(buffer.Span.ToArray()));

                var other = (node + 1) % graph.Objects.Length;
                SceneGraphQueries.Except(graph, node, other, buffer);
                Assert.Equal(Describe(ReferringExpressions.Enumerate(graph, node, ReferringExpressions.DefaultSize, null, other)), Describe(buffer.Span.ToArray()));

                SceneGraphQueries.Avoiding(graph, node, vocabulary, "color", buffer);
                Assert.Equal(Describe(ReferringExpressions.Enumerate(graph, node, ReferringExpressions.DefaultSize, a => vocabulary.CategoryOf(a) == "color", null)),
                    Describe(buffer.Span.ToArray()));

                foreach (var expression in plain)
                {
                    SceneGraphQueries.Matching(graph, vocabulary, expression, matches);
                    Assert.Equal(NaiveMatching(graph, vocabulary, expression), matches.Span.ToArray());
                }
            }
        }
    }

    /// <summary>
    /// The enumeration with exclusions applied while enumerating (the algorithm before the memo filtered one
    /// enumeration per object): own attributes dropped before choosing subsets, the neighbour's relations skipped,
    /// deduplicated by key as it goes.
    /// </summary>
    private static List<ReferringExpression> FilterFirst(SceneGraph graph, int node, Func<string, bool>? excludeOwn, int? excludeNeighbor)
    {
        const int size = ReferringExpressions.DefaultSize;
        var own = graph.Objects[node].Attributes.Where(a => excludeOwn is null || !excludeOwn(a)).Distinct().ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ReferringExpression>();
        void Add(ReferringExpression e)
        {
            if (seen.Add(e.Key)) result.Add(e);
        }
        foreach (var attrs in ReferringExpressions.Choose(own, size)) Add(new(node, attrs, null, null, [], null, RelationDirection.Outgoing));
        foreach (var r in graph.Relations)
        {
            if (r.Subject == r.Object || (r.Subject != node && r.Object != node)) continue;
            var (other, direction) = r.Subject == node ? (r.Object, RelationDirection.Outgoing) : (r.Subject, RelationDirection.Incoming);
            if (other == excludeNeighbor) continue;
            var theirs = graph.Objects[other].Attributes.Distinct().ToImmutableArray();
            for (var k = 0; k <= size - 1; k++)
                foreach (var mine in ReferringExpressions.Choose(own, k))
                    foreach (var neighborAttrs in ReferringExpressions.Choose(theirs, size - 1 - k))
                        Add(new(node, mine, other, graph.Objects[other].Label, neighborAttrs, r.Predicate, direction));
        }
        return result;
    }

    [Fact]
    public void Filtering_one_enumeration_per_object_equals_enumerating_with_the_exclusions()
    {
        var vocabulary = new Vocabulary([], [new("white", "color"), new("blue", "color"), new("wooden", "material")], []);
        var buffer = new ScratchList<ReferringExpression>();
        var compared = 0;
        foreach (var graph in Enumerable.Range(10, 30).Select(Graph))
        {
            for (var node = 0; node < graph.Objects.Length; node++)
            {
                for (var other = 0; other < graph.Objects.Length; other++)
                {
                    SceneGraphQueries.Except(graph, node, other, buffer);
                    Assert.Equal(Describe(FilterFirst(graph, node, null, other)), Describe(buffer.Span.ToArray()));
                    compared += buffer.Count;
                }
                foreach (var category in new[] { "color", "material", "other" })
                {
                    SceneGraphQueries.Avoiding(graph, node, vocabulary, category, buffer);
                    Assert.Equal(Describe(FilterFirst(graph, node, a => vocabulary.CategoryOf(a) == category, null)), Describe(buffer.Span.ToArray()));
                }
            }
        }
        Assert.True(compared > 1000, $"only {compared} expressions compared");
    }

    [Fact]
    public void Objects_with_repeated_attributes_get_the_expressions_of_their_distinct_attributes()
    {
        // "white" twice on the batter and "wooden" twice on the bat: subsets and keys are those of the distinct lists,
        // once per subset, in the order of first occurrence, through the memo and without it.
        var graph = new SceneGraph("repeats", null, 100, 100,
            [new SceneObject("batter", new Box(0, 0, 10, 10), attributes: ["white", "swinging", "white", "blue"]),
             new SceneObject("bat", new Box(5, 5, 15, 15), attributes: ["wooden", "wooden"]),
             new SceneObject("ball", new Box(20, 20, 25, 25), attributes: ["white"])],
            [new Relation(0, "holding", 1), new Relation(2, "near", 0), new Relation(0, "holding", 1)]);
        for (var node = 0; node < graph.Objects.Length; node++)
        {
            var expected = Describe(FilterFirst(graph, node, null, null));
            Assert.Equal(expected, Describe(ReferringExpressions.Enumerate(graph, node, ReferringExpressions.DefaultSize, null, null)));
            Assert.Equal(expected, Describe(ReferringExpressions.For(graph, node)));
        }
        Assert.Contains("blue,swinging,white|", ReferringExpressions.For(graph, 0).Select(e => e.Key));
        Assert.Single(ReferringExpressions.For(graph, 0), e => e.Key == "white|Outgoing:holding:bat:wooden");
    }

    [Fact]
    public void Keys_sort_attributes_ordinally_and_name_the_neighbour_by_direction_predicate_and_label()
    {
        Assert.Equal("Blue,white,wooden|", new ReferringExpression(0, ["white", "wooden", "Blue"], null, null, [], null, RelationDirection.Outgoing).Key);
        Assert.Equal("swinging|Incoming:holding:batter:blue,white",
            new ReferringExpression(0, ["swinging"], 2, "batter", ["white", "blue"], "holding", RelationDirection.Incoming).Key);
        Assert.Equal("|Outgoing:near:bat:", new ReferringExpression(1, [], 0, "bat", [], "near", RelationDirection.Outgoing).Key);
    }

    [Fact]
    public void An_expression_equals_its_copy_whether_or_not_its_phrases_were_built()
    {
        var graph = Graph(3);
        var node = Enumerable.Range(0, graph.Objects.Length).First(n => ReferringExpressions.For(graph, n).Length > 0);
        var expression = ReferringExpressions.For(graph, node)[0];
        var copy = expression with { };

        _ = expression.Phrase; // builds and keeps the phrases of one of the two
        _ = expression.AppositivePhrase;

        Assert.Equal(expression, copy);
        Assert.Equal(expression.GetHashCode(), copy.GetHashCode());
        Assert.Equal(expression.Phrase, copy.Phrase);
        Assert.NotEqual(expression, copy with { Node = copy.Node + 1 });
    }

    [Fact]
    public void Choose_gives_every_k_subset_once_in_lexicographic_index_order()
    {
        for (var n = 0; n <= 6; n++)
        {
            var items = Enumerable.Range(0, n).Select(i => $"a{i}").ToImmutableArray();
            for (var k = -1; k <= n + 1; k++)
            {
                Assert.Equal(PlainSubsets(items, 0, k).Select(p => string.Join(",", p)), ReferringExpressions.Choose(items, k).Select(p => string.Join(",", p)));
            }
        }
    }

    // The k-subsets of items[from..], smallest indices first: the first item in each subset with it, then the rest without it.
    private static IEnumerable<IEnumerable<string>> PlainSubsets(ImmutableArray<string> items, int from, int k)
    {
        if (k < 0 || k > items.Length - from) return [];
        if (k == 0) return [[]];
        return PlainSubsets(items, from + 1, k - 1).Select(rest => rest.Prepend(items[from]))
            .Concat(PlainSubsets(items, from + 1, k));
    }
}

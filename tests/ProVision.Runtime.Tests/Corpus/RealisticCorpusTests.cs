using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Corpus;

/// <summary>
/// The realistic corpus has the statistics its README promises (those of real Visual Genome / GQA graphs,
/// ../shared/spec/real-graph-stats.md), read from the committed data, so a regeneration that loses one fails here.
/// </summary>
public sealed class RealisticCorpusTests
{
    private static readonly List<SceneGraph> s_graphs = RealisticCorpus.Load();
    private static readonly string[] s_persons = ["man", "woman", "person", "boy", "girl", "child", "people", "men"];
    private static readonly string[] s_colors = ["white", "black", "brown", "blue", "red", "green", "yellow", "gray"];

    [Fact]
    public void Every_image_loads_with_masks_and_a_depth_map_of_its_size()
    {
        Assert.Equal(24, s_graphs.Count);
        foreach (var g in s_graphs)
        {
            Assert.Equal(g.Objects.Length, g.Masks!.Count);
            var depth = g.Depth!.Load();
            Assert.Equal((g.Width, g.Height), (depth.Width, depth.Height));
        }
    }

    [Fact]
    public void Objects_and_relations_per_image_are_as_in_real_graphs()
    {
        var objects = s_graphs.Select(g => g.Objects.Length).ToList();
        Assert.All(objects, n => Assert.InRange(n, 20, 35));
        Assert.InRange(objects.Average(), 22.0, 25.0);
        var relations = s_graphs.Select(g => g.Relations.Length).ToList();
        Assert.All(relations, n => Assert.InRange(n, 20, 40));
        Assert.All(s_graphs, g => Assert.Contains(g.Relations, r => r.Predicate == "to the left of"));
        Assert.All(s_graphs, g => Assert.Contains(g.Relations, r => r.Predicate == "to the right of"));
    }

    [Fact]
    public void Some_pairs_are_joined_by_several_predicates()
    {
        var pairs = s_graphs.SelectMany(g => g.Relations.GroupBy(r => (r.Subject, r.Object))).ToList();
        var several = pairs.Count(p => p.Select(r => r.Predicate).Distinct().Count() > 1);
        Assert.InRange(several / (double)pairs.Count, 0.03, 0.12); // real graphs: 40 of 567 pairs (7%)
    }

    [Fact]
    public void Labels_repeat_as_in_real_graphs()
    {
        var most = s_graphs.Select(g => g.Objects.GroupBy(o => o.Label).Max(x => x.Count())).Order().ToList();
        Assert.Equal(3, (most[11] + most[12]) / 2.0);
        Assert.Equal(6, most[^1]);
        Assert.Contains(s_graphs, g => Count(g, "tree") == 6);
        Assert.Contains(s_graphs, g => Count(g, "window") == 5);
        Assert.Contains(s_graphs, g => Count(g, "leaves") == 4);
    }

    [Fact]
    public void About_a_third_of_the_images_name_one_noun_in_both_numbers()
    {
        (string One, string Many)[] regular = [("banana", "bananas"), ("tree", "trees"), ("shoe", "shoes"), ("book", "books"), ("bike", "bikes"), ("apple", "apples")];
        var withVariants = s_graphs.Count(g => regular.Any(v => Count(g, v.One) > 0 && Count(g, v.Many) > 0));
        Assert.InRange(withVariants, 6, 11);
        Assert.Contains(s_graphs, g => Count(g, "leaf") > 0 && Count(g, "leaves") > 0);
        Assert.Contains(s_graphs, g => Count(g, "man") > 0 && Count(g, "men") > 0);
    }

    [Fact]
    public void Irregular_plural_and_plural_looking_and_mass_nouns_occur()
    {
        var labels = s_graphs.SelectMany(g => g.Objects).Select(o => o.Label).ToHashSet();
        Assert.Superset(new HashSet<string> { "people", "men", "leaves", "glasses", "jeans", "pants", "scissors", "bus", "grass", "sand", "snow", "water" }, labels);
    }

    [Fact]
    public void Attributes_are_sparse_noisy_and_synonym_rich()
    {
        var all = s_graphs.SelectMany(g => g.Objects).ToList();
        Assert.InRange(all.Average(o => o.Attributes.Length), 0.7, 0.9);              // real: 0.79
        Assert.InRange(all.Count(o => o.Attributes.IsEmpty) / (double)all.Count, 0.4, 0.5); // real: 45%
        Assert.Contains(all, o => o.Attributes.Contains("wood") && o.Attributes.Contains("wooden"));
        var attributes = all.SelectMany(o => o.Attributes).ToHashSet();
        Assert.Superset(new HashSet<string> { "large", "big", "massive", "small", "little", "tiny" }, attributes);
        Assert.Superset(s_colors.ToHashSet(), attributes);
    }

    [Fact]
    public void Persons_carry_colour_attributes()
    {
        var colouredPersons = s_graphs.SelectMany(g => g.Objects)
            .Count(o => s_persons.Contains(o.Label) && o.Attributes.Any(a => s_colors.Contains(a)));
        Assert.InRange(colouredPersons, 3, int.MaxValue);
    }

    [Fact]
    public void Some_objects_cover_the_image_and_some_boxes_hold_many_boxes()
    {
        Assert.InRange(s_graphs.Count(g => g.Objects.Any(o => o.Box == new Box(0, 0, g.Width, g.Height))), 4, 12);
        var holders = s_graphs.Count(g => g.Objects.Any(o => o.Box.Area < g.Width * g.Height
            && g.Objects.Count(p => p != o && Inside(o.Box, p.Box)) >= 8));
        Assert.InRange(holders, 6, 24);
    }

    private static int Count(SceneGraph g, string label) => g.Objects.Count(o => o.Label == label);

    private static bool Inside(Box outer, Box inner) =>
        inner.X1 >= outer.X1 && inner.Y1 >= outer.Y1 && inner.X2 <= outer.X2 && inner.Y2 <= outer.Y2;
}

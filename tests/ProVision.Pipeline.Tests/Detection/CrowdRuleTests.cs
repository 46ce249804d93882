using ProVision.Pipeline.Detection;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Detection;

public sealed class CrowdRuleTests
{
    private static readonly CrowdRule Rule = new() { Labels = new Dictionary<string, string> { ["person"] = "people" }, MaxArea = 0.04, MinMembers = 2 };

    private static DetectedObject D(string label, float score, double x1, double y1, double x2, double y2) => new(label, new Box(x1, y1, x2, y2), score, 0);

    private static string[] Apply(CrowdRule rule, params DetectedObject[] objects) =>
        [.. rule.Apply([.. objects], 1000, 1000).Select(o => FormattableString.Invariant($"{o.Label} {o.Score} {o.Box.X1},{o.Box.Y1},{o.Box.X2},{o.Box.Y2}"))];

    [Fact]
    public void Small_people_close_together_become_one_crowd_in_the_best_members_place()
    {
        // A 1000 x 1000 photo: the batter (large), three spectators side by side in the stands, one far off alone.
        var objects = new[]
        {
            D("person", 0.9f, 300, 300, 700, 1000),
            D("bat", 0.8f, 650, 250, 760, 420),
            D("person", 0.6f, 100, 50, 160, 150),
            D("person", 0.5f, 200, 60, 260, 160),
            D("person", 0.4f, 290, 40, 350, 140),
            D("person", 0.3f, 900, 850, 960, 950),
        };

        Assert.Equal(
            ["person 0.9 300,300,700,1000", "bat 0.8 650,250,760,420", "people 0.6 100,40,350,160", "person 0.3 900,850,960,950"],
            Apply(Rule, objects));
    }

    [Fact]
    public void A_group_smaller_than_the_least_crowd_and_labels_without_a_crowd_stay()
    {
        var pair = new[] { D("person", 0.6f, 100, 50, 160, 150), D("person", 0.5f, 200, 60, 260, 160), D("cup", 0.5f, 170, 60, 190, 80), D("cup", 0.4f, 195, 60, 215, 80) };

        Assert.Equal(4, Apply(Rule with { MinMembers = 3 }, pair).Length);
        Assert.Equal(["people 0.6 100,50,260,160", "cup 0.5 170,60,190,80", "cup 0.4 195,60,215,80"], Apply(Rule, pair));
        Assert.Equal(4, Apply(CrowdRule.None, pair).Length);
    }

    [Fact]
    public void Members_are_chained_by_gaps_no_larger_than_the_taller_box()
    {
        // Each spectator is 100 px tall; gaps of 90 px chain them, a gap of 150 px does not.
        var row = new[] { D("person", 0.6f, 0, 0, 50, 100), D("person", 0.5f, 140, 0, 190, 100), D("person", 0.4f, 280, 0, 330, 100), D("person", 0.3f, 480, 0, 530, 100) };

        Assert.Equal(["people 0.6 0,0,330,100", "person 0.3 480,0,530,100"], Apply(Rule, row));
    }

    [Fact]
    public void Thousands_of_members_in_one_chain_make_one_crowd()
    {
        // A hostile pipeline.yaml may allow max_objects: 10000; a row of 5,000 tiny people chains into one crowd.
        var row = Enumerable.Range(0, 5000).Select(i => D("person", 0.5f, i * 2, 0, (i * 2) + 1, 1)).ToArray();
        var crowd = Assert.Single(Rule.Apply([.. row], 100_000, 100_000));
        Assert.Equal(("people", 0.0, 9999.0), (crowd.Label, crowd.Box.X1, crowd.Box.X2));
    }
}

using System.Text.Json;
using ProVision.Pipeline.Relations;
using ProVision.Pipeline.Tests.Segmentation;
using ProVision.Runtime.SceneGraphs;
using Xunit.Abstractions;
using ProVision.Pipeline.Tests.Models;
using ProVision.Pipeline.Tests.Snapshots;

namespace ProVision.Pipeline.Tests.Relations;

public sealed class RelationFinderTests(ITestOutputHelper output)
{
    // 100 x 100 image: a cup on a table, a chair beside the table, a far-away bird.
    private static readonly Box[] Scene =
    [
        new(40, 20, 60, 42),  // 0 cup
        new(20, 40, 80, 100), // 1 table
        new(82, 50, 98, 100), // 2 chair
        new(0, 0, 4, 4),      // 3 bird
    ];

    private static string[] Triples(IEnumerable<RelationGuess> guesses) => guesses.Select(g => $"{g.Subject} {g.Predicate} {g.Object}").ToArray();

    [Fact]
    public void One_predicate_per_family_per_pair_with_the_lower_index_as_subject()
    {
        var found = new RelationFinder().Find(Scene, 100, 100);

        // The table and the chair are near by near's own test too, but next to is the more specific contact predicate.
        Assert.Equal(
            ["0 on 1", "0 left of 2", "0 above 2", "1 left of 2", "1 next to 2"],
            Triples(found));
        Assert.All(found, g => Assert.InRange(g.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void A_crowd_gets_directions_but_no_contact()
    {
        // The same scene with the cup's box a crowd's: a region, not a thing on the table; it is above it instead.
        var found = Triples(new RelationFinder().Find(Scene, 100, 100, crowds: [true, false, false, false]));

        Assert.Equal(["0 left of 2", "0 above 2", "1 left of 2", "1 next to 2"], found);
        Assert.Throws<ArgumentException>(() => new RelationFinder().Find(Scene, 100, 100, crowds: [true]));
    }

    [Fact]
    public void Converses_on_request()
    {
        var found = Triples(new RelationFinder(new RelationOptions { IncludeConverses = true }).Find(Scene, 100, 100));
        Assert.Contains("1 under 0", found);
        Assert.Contains("2 right of 1", found);
        Assert.Contains("2 next to 1", found);
        Assert.Contains("1 next to 2", found);
        Assert.Equal(10, found.Length);
    }

    [Fact]
    public void Depth_adds_in_front_of_and_behind()
    {
        var found = Triples(new RelationFinder(new RelationOptions { MaxPairGap = 1 }).Find(Scene, 100, 100, [120, 60, 200, null]));
        Assert.Contains("0 in front of 1", found);  // 120 vs 60: closer by 60 >= 50
        Assert.Contains("1 behind 2", found);       // 60 vs 200
        Assert.Contains("0 behind 2", found);       // 120 vs 200
        Assert.DoesNotContain(found, t => t.EndsWith(" 3", StringComparison.Ordinal) && t.Contains("front", StringComparison.Ordinal)); // the bird has no depth
        var farther = Triples(new RelationFinder().Find(Scene, 100, 100, [120, 60, 200, null], DepthConvention.LargerIsFarther));
        Assert.Contains("0 behind 1", farther);
    }

    [Fact]
    public void Far_pairs_and_weak_relations_can_be_dropped()
    {
        var near = Triples(new RelationFinder(new RelationOptions { MaxPairGap = 0.01 }).Find(Scene, 100, 100));
        Assert.DoesNotContain(near, t => t.StartsWith("0 ", StringComparison.Ordinal) && t.EndsWith(" 2", StringComparison.Ordinal)); // cup-chair gap is 22 px
        var confident = new RelationFinder(new RelationOptions { MinConfidence = 0.9 }).Find(Scene, 100, 100);
        Assert.All(confident, g => Assert.True(g.Confidence >= 0.9));
        Assert.Equal(new Relation(0, "on", 1), confident.First(g => g.Predicate == "on").ToRelation());
    }

    [SharedDataFact]
    public void Baseball_1_relations_from_the_reference_boxes_are_reported()
    {
        var dir = SharedData.Baseball();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "baseball_joint.json")));
        var annotation = doc.RootElement.GetProperty("baseball_1").GetProperty("annotation");
        var labels = annotation.GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var boxes = annotation.GetProperty("bboxes").EnumerateArray()
            .Select(b => b.EnumerateArray().Select(x => x.GetDouble()).ToArray())
            .Select(v => new Box(v[0], v[1], v[2], v[3])).ToArray();
        var found = new RelationFinder().Find(boxes, 401, 400);
        var report = string.Join("\n", found.Select(g => $"{labels[g.Subject]} {g.Predicate} {labels[g.Object]} ({g.Confidence:F2})"));
        output.WriteLine(report);

        // The batter (left) swings the bat at the ball (right of both): the geometry says so whatever else is found.
        Assert.Contains("batter left of ball (1.00)", report, StringComparison.Ordinal);
        Assert.Contains("bat left of ball (1.00)", report, StringComparison.Ordinal);
        Assert.All(found, g => Assert.InRange(g.Confidence, 0.5, 1.0));
        PipelineSnapshots.Verify("RelationFinder.baseball_1", report);
    }
}

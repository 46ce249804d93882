using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Detection;
using ProVision.Pipeline.Evaluation;
using ProVision.Pipeline.Tests.RealPhotos;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Tests.Evaluation;

public sealed class DetectionJudgeTests
{
    private static DetectedObject D(string label, float score, double x1, double y1, double x2, double y2) => new(label, new Box(x1, y1, x2, y2), score, 0);

    private static readonly ExpectedImage Stadium = ExpectedObjects.Parse("""
        images:
          - image: baseball/images/b.png
            objects:
              - {label: person, box: [244, 55, 460, 494], kind: must, note: batter}
              - {label: baseball bat, box: [340, 17, 437, 214], kind: must, note: bat}
              - {label: baseball glove, box: [562, 362, 622, 440], kind: seen, note: mitt}
              - {label: person, box: [0, 0, 770, 340], kind: crowd, note: stands}
        """, "e.yaml")[0];

    [Fact]
    public void A_crowd_object_in_the_crowd_regions_of_its_members_label_is_a_crowd()
    {
        // The crowd rule made "people" of the spectators; it lies in the stands and the wall region together.
        var expected = ExpectedObjects.Parse("""
            images:
              - image: baseball/images/b.png
                objects:
                  - {label: person, box: [0, 0, 770, 340], kind: crowd, note: stands}
                  - {label: person, box: [395, 255, 600, 475], kind: crowd, note: wall}
            """, "e.yaml")[0];
        var crowdLabels = new Dictionary<string, string> { ["person"] = "people" };
        var people = D("people", 0.6f, 399, 30, 590, 470);
        var beyond = D("people", 0.5f, 399, 30, 770, 600);

        Assert.Equal(Verdict.Crowd, DetectionJudge.Judge(expected, [people], crowdLabels).Detections[0].Verdict);
        Assert.Equal(Verdict.Wrong, DetectionJudge.Judge(expected, [people]).Detections[0].Verdict);
        Assert.Equal(Verdict.Wrong, DetectionJudge.Judge(expected, [beyond], crowdLabels).Detections[0].Verdict);
    }

    [Fact]
    public void Each_detection_gets_one_verdict_and_unnamed_objects_are_missed()
    {
        var detections = new[]
        {
            D("person", 0.84f, 242, 66, 461, 495),        // the batter: right
            D("baseball bat", 0.56f, 372, 23, 434, 155),  // the upper 60 % of the bat, inside it: right (a partial box names it)
            D("baseball bat", 0.52f, 366, 24, 434, 211),  // the bat again: duplicate
            D("dog", 0.5f, 250, 60, 455, 490),            // the batter again, as a dog: cross-class duplicate
            D("person", 0.45f, 13, 109, 103, 214),        // a spectator: crowd
            D("chair", 0.4f, 13, 109, 103, 214),          // no chair crowd listed: wrong
            D("person", 0.35f, 600, 400, 700, 500),       // nobody there: wrong
        };

        var judged = DetectionJudge.Judge(Stadium, detections);

        Assert.Equal(
            [Verdict.Right, Verdict.Right, Verdict.Duplicate, Verdict.CrossClassDuplicate, Verdict.Crowd, Verdict.Wrong, Verdict.Wrong],
            judged.Detections.Select(d => d.Verdict));
        Assert.Equal("bat", judged.Detections[2].Object!.Note);
        Assert.Equal(["mitt"], judged.Missed.Select(m => m.Note));
    }

    [Fact]
    public void A_small_box_inside_an_object_does_not_name_it()
    {
        // 10 % of the bat: not a box of the bat, but a box inside it with the bat's label repeats nothing yet: wrong.
        var judged = DetectionJudge.Judge(Stadium, [D("baseball bat", 0.6f, 380, 30, 400, 60)]);

        Assert.Equal(Verdict.Wrong, judged.Detections.Single().Verdict);
        Assert.Contains(judged.Missed, m => m.Note == "bat");
    }

    [Fact]
    public void The_stronger_detection_names_the_object_whatever_the_input_order()
    {
        var judged = DetectionJudge.Judge(Stadium, [D("person", 0.3f, 250, 60, 455, 490), D("person", 0.9f, 242, 66, 461, 495)]);

        Assert.Equal([Verdict.Duplicate, Verdict.Right], judged.Detections.Select(d => d.Verdict));
    }

    [Theory]
    [InlineData("images: []\nextra: 1", "e.yaml:2:1: unknown key 'extra' at the top level")]
    [InlineData("photos: []", "e.yaml:1:1: missing required key 'images'")]
    [InlineData("images:\n  - image: ../../etc/passwd\n    objects: []", "e.yaml:2:12: 'images[0].image' must be a path inside the fixtures folder, found '../../etc/passwd'")]
    [InlineData("images:\n  - image: a.png\n    objects:\n      - {label: cat, box: [10, 0, 5, 8], kind: must}", "e.yaml:4:27: 'images[0].objects[0].box' must be [x1, y1, x2, y2] with x1 < x2 and y1 < y2")]
    [InlineData("images:\n  - image: a.png\n    objects:\n      - {label: cat, box: [0, 0, 5, 8], kind: maybe}", "e.yaml:4:47: 'images[0].objects[0].kind' must be one of must, seen, crowd; found 'maybe'")]
    [InlineData("images:\n  - image: a.png\n    objects:\n      - {label: cat, box: [0, 0, 5], kind: must}", "e.yaml:4:27: 'images[0].objects[0].box' must ")]
    [InlineData("images:\n  - image: a.png", "e.yaml:2:5: 'images[0]' is missing required key 'objects'")]
    public void A_malformed_list_is_a_located_error(string yaml, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ExpectedObjects.Parse(yaml, "e.yaml"));
        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void A_missing_list_file_is_a_clear_error()
    {
        var error = Assert.Throws<ConfigException>(() => ExpectedObjects.Load(Path.Combine(Path.GetTempPath(), "no-such-dir-provision", "e.yaml")));
        Assert.Contains("file not found", error.Message);
    }

    [Fact]
    public void The_committed_list_parses_and_names_every_photo_of_the_readme()
    {
        var list = ExpectedObjects.Load(SharedPhotos.ExpectedListPath);

        Assert.Equal(
            ["photos/astronaut.png", "photos/chelsea.png", "photos/coffee.png", "photos/rocket.jpg", "baseball/images/baseball_1.png", "baseball/images/baseball_2.png"],
            list.Select(i => i.Image));
        Assert.Equal(["person"], list[0].Objects.Where(o => o.Kind == ExpectedKind.Must).Select(o => o.Label));
        Assert.Equal(["cat"], list[1].Objects.Where(o => o.Kind == ExpectedKind.Must).Select(o => o.Label));
        Assert.Equal(["cup"], list[2].Objects.Where(o => o.Kind == ExpectedKind.Must).Select(o => o.Label));
        Assert.Empty(list[3].Objects);
    }
}

using System.Text.Json;
using ProVision.Pipeline.Attributes;
using ProVision.Pipeline.Drawing;
using ProVision.Pipeline.Relations;
using ProVision.Pipeline.Segmentation;
using ProVision.Pipeline.Tests.Segmentation;
using ProVision.Runtime.SceneGraphs;
using Xunit.Abstractions;
using ProVision.Pipeline.Tests.Models;

namespace ProVision.Pipeline.Tests.Drawing;

/// <summary>
/// The stages one after the other on baseball_1 with the reference boxes (GrabCut masks, colour and size, geometric
/// relations), drawn: what the integrated pipeline will do after detection, minus depth (no model).
/// </summary>
public sealed class StagesTogetherTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Baseball_1_through_segmentation_attributes_relations_and_drawing()
    {
        var dir = SharedData.Baseball();
        var image = StageImage.Load(Path.Combine(dir, "images", "baseball_1.png"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "baseball_joint.json")));
        var annotation = doc.RootElement.GetProperty("baseball_1").GetProperty("annotation");
        var objects = annotation.GetProperty("labels").EnumerateArray().Zip(annotation.GetProperty("bboxes").EnumerateArray())
            .Select(p => (Label: p.First.GetString()!, Box: p.Second.EnumerateArray().Select(x => x.GetDouble()).ToArray()))
            .Select(p => new StageObject(p.Label, new Box(p.Box[0], p.Box[1], p.Box[2], p.Box[3])))
            .ToArray();

        var masks = SegmenterChain.Default().SegmentAll(image, objects).Select(m => m.ToBitMask()).ToArray();
        var attributes = AttributeStage.Default().Describe(image, objects, masks);
        var relations = new RelationFinder().Find(objects.Select(o => o.Box).ToArray(), image.Width, image.Height);

        for (var i = 0; i < objects.Length; i++)
            output.WriteLine($"{i} {objects[i].Label}: {string.Join(", ", attributes[i].Select(a => $"{a.Name} {a.Confidence:F2}"))}");
        foreach (var r in relations) output.WriteLine($"{objects[r.Subject].Label} {r.Predicate} {objects[r.Object].Label} {r.Confidence:F2}");

        var drawing = new SceneDrawing
        {
            Image = image,
            Objects = objects.Select((o, i) => new DrawnObject(o.Label, o.Box, masks[i], attributes[i].Select(a => a.Name).ToArray())).ToArray(),
            Relations = relations.Select(r => r.ToRelation()).ToArray(),
            Caption = "baseball_1 · GrabCut masks · colour/size attributes · geometric relations",
        };
        using var bitmap = new SceneRenderer().Render(drawing);
        var path = Path.Combine(TestFolder.Create("stages"), "baseball_1.png");
        using (var file = File.Create(path)) SceneRenderer.SavePng(bitmap, file);
        output.WriteLine($"drawn: {path}");

        Assert.Contains(attributes[3], a => a.Name == "blue");   // the uniform
        Assert.Contains(relations, r => r.Subject == 0 && r.Predicate == "contains" && r.Object == 3);
        Assert.True(masks.All(m => m.Area > 0));
    }
}

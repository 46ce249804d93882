using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.SceneGraphFamily;

/// <summary>
/// SceneGraphObjectQAGenerator: "What is the white object that is holding the wooden bat?" The answer lists the
/// labels of every node the expression describes, anywhere in the image (the question is about the image, so a
/// match in another component counts too); distractors are other labels of the start node's component.
/// </summary>
internal sealed class ObjectQaVerifier : IGeneratorVerifier
{
    public IEnumerable<string> Generators => ["SceneGraphObjectQAGenerator"];

    public bool IsMultiImage => false;

    public void Verify(ItemCheck check)
    {
        if (ExpressionEvidence.Read(check) is not (var start, var expression, var matches))
        {
            return;
        }
        var graph = check.Graph;
        var labels = matches.Select(i => graph.Objects[i].Label).ToHashSet();
        check.SetAnswer(labels, $"the labels of the objects '{expression}' describes");
        var component = GraphFacts.ComponentOf(graph, start).Select(i => graph.Objects[i].Label).ToHashSet();
        check.DistractorItems(part =>
            labels.Contains(part) ? $"is the label of an object '{expression}' describes"
            : !component.Contains(part) ? $"is not a label in object {start}'s component"
            : null);
    }
}

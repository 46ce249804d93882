namespace ProVision.Runtime.Validation;

/// <summary>
/// How a format names the fields the validator checks, so that an error points at the field the user
/// actually wrote (<c>bboxes[2]</c> in the reference format, <c>objects[2].box</c> in ours).
/// </summary>
public sealed class FieldNames
{
    public static FieldNames Canonical { get; } = new()
    {
        Size = "width",
        Box = i => $"objects[{i}].box",
        Label = i => $"objects[{i}].label",
        Attribute = (i, a) => $"objects[{i}].attributes[{a}]",
        Caption = "caption",
        Mask = i => $"objects[{i}].mask",
        Masks = "objects[].mask",
        Depth = "depth",
        RelationSubject = r => $"relations[{r}][0]",
        RelationPredicate = r => $"relations[{r}][1]",
        RelationObject = r => $"relations[{r}][2]",
    };

    public static FieldNames ProVision { get; } = new()
    {
        Size = "annotation.width",
        Box = i => $"annotation.bboxes[{i}]",
        Label = i => $"annotation.labels[{i}]",
        Attribute = (i, a) => $"annotation.attributes[{i}][{a}]",
        Caption = "annotation.caption",
        Mask = i => $"annotation.seg_mask_id[{i}]",
        Masks = "annotation.seg_mask_id",
        Depth = "annotation.depth_mask_id",
        RelationSubject = r => $"annotation.relations[{r}][0]",
        RelationPredicate = r => $"annotation.relations[{r}][1]",
        RelationObject = r => $"annotation.relations[{r}][2]",
    };

    public required string Size { get; init; }
    public required Func<int, string> Box { get; init; }
    public required Func<int, string> Label { get; init; }
    public required Func<int, int, string> Attribute { get; init; }
    public required string Caption { get; init; }
    public required Func<int, string> Mask { get; init; }
    public required string Masks { get; init; }
    public required string Depth { get; init; }
    public required Func<int, string> RelationSubject { get; init; }
    public required Func<int, string> RelationPredicate { get; init; }
    public required Func<int, string> RelationObject { get; init; }
}

using ProVision.Runtime.Formats;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Loading;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Validation;

/// <summary>
/// Checks a graph every loader produced, whatever its format: sizes, boxes, relation indices, and that
/// masks and depth maps have the image's shape. Field paths use the canonical names
/// (<c>objects[2].box</c>, <c>relations[3]</c>), mapped to the input's names by <see cref="FieldNames"/>.
/// </summary>
public static class SceneGraphValidator
{
    /// <summary>The first problem found, or null when the graph is valid.</summary>
    public static DataError? Validate(SceneGraph graph, string file, GraphLoadOptions options, FieldNames? names = null)
    {
        names ??= FieldNames.Canonical;
        DataError Fail(string? field, string message, string kind) => new(file, graph.ImageId, field, message) { Kind = kind };

        if (graph.Width <= 0 || graph.Height <= 0)
            return Fail(names.Size, $"image size {graph.Width}x{graph.Height} is not positive", "image size");
        if (DataLimits.ImageSizeProblem(graph.Width, graph.Height) is { } tooLarge) return Fail(names.Size, tooLarge, "image size");

        for (var i = 0; i < graph.Objects.Length; i++)
        {
            var problem = CheckBox(graph.Objects[i].Box, graph.Width, graph.Height, options.BoxTolerance);
            if (problem is not null) return Fail(names.Box(i), problem, "box");
            if (graph.Objects[i].Label.Length == 0) return Fail(names.Label(i), "label is empty", "label");
        }

        for (var r = 0; r < graph.Relations.Length; r++)
        {
            var rel = graph.Relations[r];
            if ((uint)rel.Subject >= (uint)graph.Objects.Length)
                return Fail(names.RelationSubject(r), $"subject index {rel.Subject} out of range ({graph.Objects.Length} objects)", "relation index");
            if ((uint)rel.Object >= (uint)graph.Objects.Length)
                return Fail(names.RelationObject(r), $"object index {rel.Object} out of range ({graph.Objects.Length} objects)", "relation index");
            if (rel.Predicate.Length == 0) return Fail(names.RelationPredicate(r), "predicate is empty", "relation");
        }

        if (TextFieldCheck.FirstProblem(graph, names) is { } text) return Fail(text.Field, text.Message, "text");

        // A referenced file that cannot be read (truncated, too large, not npy) is located at the field that names it.
        if (graph.Masks is { } masks)
        {
            (string Field, string Message)? problem;
            try { problem = CheckMasks(graph, masks, options, names); }
            catch (Exception ex) when (ex is DataFormatException or IOException or UnauthorizedAccessException) { problem = (names.Masks, ex.Message); }
            if (problem is not null) return Fail(problem.Value.Field, problem.Value.Message, "mask");
        }

        if (graph.Depth is { } depth && options.CheckReferencedFiles)
        {
            string? problem;
            try { problem = CheckDepth(graph, depth); }
            catch (Exception ex) when (ex is DataFormatException or IOException or UnauthorizedAccessException) { problem = ex.Message; }
            if (problem is not null) return Fail(names.Depth, problem, "depth");
        }
        return null;
    }

    public static string? CheckBox(Box box, int width, int height, double tolerance)
    {
        if (!box.IsFinite) return $"box {box} has a value that is not a finite number";
        if (box.X2 < box.X1 || box.Y2 < box.Y1) return $"box {box} is not ordered (need x1 <= x2 and y1 <= y2)";
        if (box.X1 < -tolerance || box.Y1 < -tolerance || box.X2 > width + tolerance || box.Y2 > height + tolerance)
            return $"box {box} lies outside the {width}x{height} image (tolerance {tolerance} px; raise it with --box-tolerance if the data is known to overshoot)";
        return null;
    }

    private static (string Field, string Message)? CheckMasks(SceneGraph graph, MaskSet masks, GraphLoadOptions options, FieldNames names)
    {
        if (masks.Count != graph.Objects.Length)
            return (names.Masks, $"{masks.Origin} has {masks.Count} masks for {graph.Objects.Length} objects; masks must follow the object order one to one");
        if (masks is RleMaskSet rle)
        {
            for (var i = 0; i < rle.Count; i++)
            {
                var m = rle[i];
                if (m.Height != graph.Height || m.Width != graph.Width)
                    return (names.Mask(i), $"mask size {m.Width}x{m.Height} differs from the image size {graph.Width}x{graph.Height}");
            }
        }
        else if (masks is FileMaskSet file && options.CheckReferencedFiles)
        {
            var (count, h, w) = MaskFileShape(file);
            if (count != graph.Objects.Length)
                return (names.Masks, $"{file.Path} holds {count} masks for {graph.Objects.Length} objects; masks must follow the object order one to one");
            if (h != graph.Height || w != graph.Width)
                return (names.Masks, $"{file.Path}: mask size {w}x{h} differs from the image size {graph.Width}x{graph.Height}");
        }
        return null;
    }

    /// <summary>(N, H, W) of a mask-stack file, reading only the npy header where possible.</summary>
    public static (int Count, int Height, int Width) MaskFileShape(FileMaskSet file)
    {
        if (file.IsRleJson)
        {
            var masks = RleMaskFile.Read(file.Path);
            return masks.Length == 0 ? (0, 0, 0) : (masks.Length, masks[0].Height, masks[0].Width);
        }
        var header = NpyArray.ReadHeader(file.Path);
        DataLimits.CheckArray(header, file.Path);
        var shape = header.Shape;
        if (shape.Length != 3) throw new DataFormatException($"{file.Path}: mask stack must have shape (N, H, W), found ({string.Join(", ", shape)})");
        if (header.DType is not (NpyDType.Bool or NpyDType.UInt8))
            throw new DataFormatException($"{file.Path}: mask stack must be bool or uint8, found {header.DType}");
        return (shape[0], shape[1], shape[2]);
    }

    private static string? CheckDepth(SceneGraph graph, DepthSource depth)
    {
        var header = NpyArray.ReadHeader(depth.Path);
        DataLimits.CheckArray(header, depth.Path);
        var (h, w) = DepthSource.SpatialShape(header, depth.Path);
        if (h != graph.Height || w != graph.Width)
            return $"{depth.Path}: depth map size {w}x{h} differs from the image size {graph.Width}x{graph.Height}";
        return null;
    }
}

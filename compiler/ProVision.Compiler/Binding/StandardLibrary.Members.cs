using System.Collections.Immutable;
using ProVision.Compiler.Linting;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Binding;

// The member table: receiver type, member name, result type, the data it reads, the runtime code it becomes and how
// the template linter reads its value. Members are representation-bound (an object is an index or a ref), so each
// back end writes every MemberKind out; StdlibParityTests checks that both handle each one.
public static partial class StandardLibrary
{
    /// <summary>Every member of the built-in types.</summary>
    public static ImmutableArray<MemberSymbol> Members { get; } =
    [
        new(TypeKind.Object, "label", MemberKind.ObjectLabel, TypeSymbol.String, DataNeeds.Labels, "graph.Objects[o].Label", LintSample.Of(SampleKind.Noun)),
        new(TypeKind.Object, "box", MemberKind.ObjectBox, TypeSymbol.Box, DataNeeds.Boxes, "graph.Objects[o].Box"),
        new(TypeKind.Object, "attributes", MemberKind.ObjectAttributes, TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Attributes, "graph.Objects[o].Attributes", LintSample.ElementsOf(SampleKind.Attribute)),
        new(TypeKind.Object, "index", MemberKind.ObjectIndex, TypeSymbol.Int, DataNeeds.None, "o"),
        new(TypeKind.Object, "mask", MemberKind.ObjectMask, TypeSymbol.Mask, DataNeeds.Masks, "graph.Masks.Get(o)"),
        new(TypeKind.Object, "depth", MemberKind.ObjectDepth, TypeSymbol.Float, DataNeeds.Depth | DataNeeds.Masks, "Depth.TryObjectDepth(graph, o, out d) ? d : NaN"),
        new(TypeKind.Object, "image", MemberKind.ObjectImage, TypeSymbol.Image, DataNeeds.None, "o.Image (multi-image)"),

        new(TypeKind.Relation, "subject", MemberKind.RelationSubject, TypeSymbol.Object, DataNeeds.Relations, "graph.Relations[r].Subject"),
        new(TypeKind.Relation, "object", MemberKind.RelationObject, TypeSymbol.Object, DataNeeds.Relations, "graph.Relations[r].Object"),
        new(TypeKind.Relation, "predicate", MemberKind.RelationPredicate, TypeSymbol.String, DataNeeds.Relations, "graph.Relations[r].Predicate", LintSample.Of(SampleKind.Predicate)),
        new(TypeKind.Relation, "index", MemberKind.RelationIndex, TypeSymbol.Int, DataNeeds.Relations, "r"),

        new(TypeKind.Box, "x1", MemberKind.BoxX1, TypeSymbol.Float, DataNeeds.Boxes, "box.X1"),
        new(TypeKind.Box, "y1", MemberKind.BoxY1, TypeSymbol.Float, DataNeeds.Boxes, "box.Y1"),
        new(TypeKind.Box, "x2", MemberKind.BoxX2, TypeSymbol.Float, DataNeeds.Boxes, "box.X2"),
        new(TypeKind.Box, "y2", MemberKind.BoxY2, TypeSymbol.Float, DataNeeds.Boxes, "box.Y2"),
        new(TypeKind.Box, "width", MemberKind.BoxWidth, TypeSymbol.Float, DataNeeds.Boxes, "box.Width"),
        new(TypeKind.Box, "height", MemberKind.BoxHeight, TypeSymbol.Float, DataNeeds.Boxes, "box.Height"),
        new(TypeKind.Box, "area", MemberKind.BoxArea, TypeSymbol.Float, DataNeeds.Boxes, "box.Area"),
        new(TypeKind.Box, "center", MemberKind.BoxCenter, TypeSymbol.Point, DataNeeds.Boxes, "(box.CenterX, box.CenterY)"),

        new(TypeKind.Point, "x", MemberKind.PointX, TypeSymbol.Float, DataNeeds.None, "p.X"),
        new(TypeKind.Point, "y", MemberKind.PointY, TypeSymbol.Float, DataNeeds.None, "p.Y"),

        new(TypeKind.Mask, "area", MemberKind.MaskArea, TypeSymbol.Int, DataNeeds.Masks, "mask.Area"),

        new(TypeKind.Image, "objects", MemberKind.ImageObjects, TypeSymbol.ListOf(TypeSymbol.Object), DataNeeds.None, "ObjectRef(img, 0 .. n-1)"),
        new(TypeKind.Image, "relations", MemberKind.ImageRelations, TypeSymbol.ListOf(TypeSymbol.Relation), DataNeeds.Relations, "RelationRef(img, 0 .. n-1)"),
        new(TypeKind.Image, "labels", MemberKind.ImageLabels, TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Labels, "Sets.Labels(graphs[img])", LintSample.ElementsOf(SampleKind.Noun)),
        new(TypeKind.Image, "name", MemberKind.ImageName, TypeSymbol.String, DataNeeds.None, "ImageNumbering.Name(img)", LintSample.Of(SampleKind.Image)),
        new(TypeKind.Image, "index", MemberKind.ImageIndex, TypeSymbol.Int, DataNeeds.None, "img"),
        new(TypeKind.Image, "width", MemberKind.ImageWidth, TypeSymbol.Int, DataNeeds.None, "graphs[img].Width"),
        new(TypeKind.Image, "height", MemberKind.ImageHeight, TypeSymbol.Int, DataNeeds.None, "graphs[img].Height"),

        new(TypeKind.DataSet, "predicates", MemberKind.DataSetPredicates, TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Relations, "context.DataSet.Predicates"),
        new(TypeKind.DataSet, "labels", MemberKind.DataSetLabels, TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Labels, "context.DataSet.Labels", LintSample.ElementsOf(SampleKind.Noun)),
    ];
}

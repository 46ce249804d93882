using System.Collections.Immutable;
using ProVision.Compiler.Linting;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using static ProVision.Compiler.Symbols.MemberSymbol;

namespace ProVision.Compiler.Binding;

// The member table, one entry per member: receiver type, name, result type, the data it reads, what it runs, its
// documentation (docs/language.md's table is generated from it) and how the template linter reads its value. `Read`
// entries name a runtime property or method of a view (the value itself, or the SceneObject, Relation or SceneGraph
// it points into) that both back ends read generically; `Special` entries are the few each back end writes out.
public static partial class StandardLibrary
{
    /// <summary>Every member of the built-in types.</summary>
    public static ImmutableArray<MemberSymbol> Members { get; } =
    [
        Read(TypeKind.Object, "label", TypeSymbol.String, DataNeeds.Labels, ViewProperty(MemberView.SceneObject, nameof(SceneObject.Label)),
            "the object's label", LintSample.Of(SampleKind.Noun)),
        Read(TypeKind.Object, "box", TypeSymbol.Box, DataNeeds.Boxes, ViewProperty(MemberView.SceneObject, nameof(SceneObject.Box)), "the object's bounding box"),
        Special(TypeKind.Object, "attributes", MemberForm.ObjectAttributes, TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Attributes, "SceneObject.Attributes",
            "the object's attributes, in annotation order", LintSample.ElementsOf(SampleKind.Attribute)),
        Special(TypeKind.Object, "index", MemberForm.Index, TypeSymbol.Int, DataNeeds.None, "o", "the object's position in its image's object list"),
        Special(TypeKind.Object, "mask", MemberForm.ObjectMask, TypeSymbol.Mask, DataNeeds.Masks, "graph.Masks.Get(o)", "the object's segmentation mask"),
        Special(TypeKind.Object, "depth", MemberForm.ObjectDepth, TypeSymbol.Float, DataNeeds.Depth | DataNeeds.Masks, "Depth.TryObjectDepth(graph, o, out d) ? d : NaN",
            "the mode of the depth map over the object's mask; NaN without one, so every comparison with it is false"),
        Read(TypeKind.Object, "image", TypeSymbol.Image, DataNeeds.None, ValueProperty(typeof(ObjectRef), nameof(ObjectRef.Image)),
            "the image the object belongs to (multi-image generators only)", multiImageOnly: true),

        Read(TypeKind.Relation, "subject", TypeSymbol.Object, DataNeeds.Relations, ViewProperty(MemberView.Relation, nameof(Relation.Subject)), "the relation's subject"),
        Read(TypeKind.Relation, "object", TypeSymbol.Object, DataNeeds.Relations, ViewProperty(MemberView.Relation, nameof(Relation.Object)), "the relation's object"),
        Read(TypeKind.Relation, "predicate", TypeSymbol.String, DataNeeds.Relations, ViewProperty(MemberView.Relation, nameof(Relation.Predicate)),
            "the relation's predicate ('holding')", LintSample.Of(SampleKind.Predicate)),
        Special(TypeKind.Relation, "index", MemberForm.Index, TypeSymbol.Int, DataNeeds.Relations, "r", "the relation's position in its image's relation list"),

        Read(TypeKind.Box, "x1", TypeSymbol.Float, DataNeeds.Boxes, ValueProperty(typeof(Box), nameof(Box.X1)), "the left edge, in pixels"),
        Read(TypeKind.Box, "y1", TypeSymbol.Float, DataNeeds.Boxes, ValueProperty(typeof(Box), nameof(Box.Y1)), "the top edge, in pixels"),
        Read(TypeKind.Box, "x2", TypeSymbol.Float, DataNeeds.Boxes, ValueProperty(typeof(Box), nameof(Box.X2)), "the right edge, in pixels"),
        Read(TypeKind.Box, "y2", TypeSymbol.Float, DataNeeds.Boxes, ValueProperty(typeof(Box), nameof(Box.Y2)), "the bottom edge, in pixels"),
        Read(TypeKind.Box, "width", TypeSymbol.Float, DataNeeds.Boxes, ValueProperty(typeof(Box), nameof(Box.Width)), "x2 - x1"),
        Read(TypeKind.Box, "height", TypeSymbol.Float, DataNeeds.Boxes, ValueProperty(typeof(Box), nameof(Box.Height)), "y2 - y1"),
        Read(TypeKind.Box, "area", TypeSymbol.Float, DataNeeds.Boxes, ValueProperty(typeof(Box), nameof(Box.Area)), "width times height (0 for an inverted box)"),
        Special(TypeKind.Box, "center", MemberForm.BoxCenter, TypeSymbol.Point, DataNeeds.Boxes, "(box.CenterX, box.CenterY)", "the box's center point"),

        Read(TypeKind.Point, "x", TypeSymbol.Float, DataNeeds.None, ValueProperty(typeof(ValueTuple<double, double>), nameof(ValueTuple<double, double>.Item1)), "the x coordinate, in pixels"),
        Read(TypeKind.Point, "y", TypeSymbol.Float, DataNeeds.None, ValueProperty(typeof(ValueTuple<double, double>), nameof(ValueTuple<double, double>.Item2)), "the y coordinate, in pixels"),

        Read(TypeKind.Mask, "area", TypeSymbol.Int, DataNeeds.Masks, ValueProperty(typeof(BitMask), nameof(BitMask.Area)), "the number of pixels in the mask"),

        Special(TypeKind.Image, "objects", MemberForm.ImageObjects, TypeSymbol.ListOf(TypeSymbol.Object), DataNeeds.None, "ObjectRef(img, 0 .. n-1)", "the image's objects"),
        Special(TypeKind.Image, "relations", MemberForm.ImageRelations, TypeSymbol.ListOf(TypeSymbol.Relation), DataNeeds.Relations, "RelationRef(img, 0 .. n-1)",
            "the image's relations"),
        Read(TypeKind.Image, "labels", TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Labels, ViewMethod(MemberView.Graph, typeof(Sets), nameof(Sets.Labels)),
            "the image's distinct labels, in first-appearance order", LintSample.ElementsOf(SampleKind.Noun)),
        Special(TypeKind.Image, "nouns", MemberForm.ImageNouns, TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Labels, "Sets.Nouns(graphs[img], context.Vocabulary)",
            "the image's distinct label nouns (`noun(o.label)`: 'bananas' and 'banana' are one), in first-appearance order; `lbl in img.nouns` asks whether an object of the noun is in the image",
            LintSample.ElementsOf(SampleKind.Noun)),
        Special(TypeKind.Image, "personNouns", MemberForm.ImagePersonNouns, TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Labels, "Persons.NounsOf(graphs[img], context.Vocabulary)",
            "the image's distinct label nouns that name a person (`[m for m in img.nouns where isPerson(m)]`), in first-appearance order, kept with its nouns: what the persons rule reads (docs/evidence.md#persons)",
            LintSample.ElementsOf(SampleKind.Noun)),
        Read(TypeKind.Image, "name", TypeSymbol.String, DataNeeds.None, ViewMethod(MemberView.Value, typeof(ImageNumbering), nameof(ImageNumbering.Name)),
            "how items name the image: 'Image 1' for the first, 'Image 2', ... (docs/formats.md, Image numbering)", LintSample.Of(SampleKind.Image)),
        Special(TypeKind.Image, "index", MemberForm.Index, TypeSymbol.Int, DataNeeds.None, "img", "the image's position in the draw, from 0"),
        Read(TypeKind.Image, "width", TypeSymbol.Int, DataNeeds.None, ViewProperty(MemberView.Graph, nameof(SceneGraph.Width)), "the image's width, in pixels"),
        Read(TypeKind.Image, "height", TypeSymbol.Int, DataNeeds.None, ViewProperty(MemberView.Graph, nameof(SceneGraph.Height)), "the image's height, in pixels"),

        Read(TypeKind.DataSet, "predicates", TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Relations, ValueProperty(typeof(DataSetIndex), nameof(DataSetIndex.Predicates)),
            "every relation predicate of the data set, each once, in first-appearance order"),
        Read(TypeKind.DataSet, "labels", TypeSymbol.ListOf(TypeSymbol.String), DataNeeds.Labels, ValueProperty(typeof(DataSetIndex), nameof(DataSetIndex.Labels)),
            "every object label of the data set, each once, in first-appearance order", LintSample.ElementsOf(SampleKind.Noun)),
    ];

    // Shorthands for the member table: a property of a record view, of the value itself, or a static method of a view.
    private static MemberBinding ViewProperty(MemberView view, string name) => MemberBinding.Property(view, ViewType(view), name);

    private static MemberBinding ValueProperty(Type type, string name) => MemberBinding.Property(MemberView.Value, type, name);

    private static MemberBinding ViewMethod(MemberView view, Type type, string name) => MemberBinding.Method(view, type, name);

    private static Type ViewType(MemberView view) => view switch
    {
        MemberView.SceneObject => typeof(SceneObject),
        MemberView.Relation => typeof(Relation),
        _ => typeof(SceneGraph),
    };
}

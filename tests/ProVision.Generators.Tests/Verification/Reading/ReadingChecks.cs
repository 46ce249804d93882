using System.Collections.Frozen;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// The reading half of the verifier: for each generator, what its words say, resolved against the whole graph(s).
/// Runs after the evidence checks; generators whose questions name no object (points, captions) have none.
/// </summary>
internal static class ReadingChecks
{
    private static readonly FrozenDictionary<string, Action<Reader>> s_byGenerator = new Dictionary<string, Action<Reader>>
    {
        ["ExistsObjectGenerator"] = r =>
        {
            CountReading.HowMany(r);
            PersonReading.Named(r, "name", "noun");
        },
        ["ExistsAttributeGenerator"] = r =>
        {
            CountReading.HowMany(r);
            CountReading.PersonsCounted(r);
        },
        ["MostObjectGenerator"] = Offering(r => CountReading.Frequency(r, most: true)),
        ["LeastObjectGenerator"] = Offering(r => CountReading.Frequency(r, most: false)),
        ["LeftMostObjectGenerator"] = Offering(r => ChoiceReading.Extreme(r, b => b.X1, smallest: true, "x1")),
        ["RightMostObjectGenerator"] = Offering(r => ChoiceReading.Extreme(r, b => b.X2, smallest: false, "x2")),
        ["TopMostObjectGenerator"] = Offering(r => ChoiceReading.Extreme(r, b => b.Y1, smallest: true, "y1")),
        ["BottomMostObjectGenerator"] = Offering(r => ChoiceReading.Extreme(r, b => b.Y2, smallest: false, "y2")),
        ["AttributeBBoxGenerator"] = RelationReading.AttributeByBox,
        ["TypedAttributeBBoxGenerator"] = RelationReading.AttributeByBox,
        ["ExistsRelationGenerator"] = r =>
        {
            RelationReading.ByName(r);
            PersonReading.Named(r, "subject", "object");
        },
        ["RelationBBoxGenerator"] = RelationReading.ByBox,
        ["HeadRelationGenerator"] = r =>
        {
            ChoiceReading.Head(r);
            ChoiceReading.HeadPersons(r);
        },
        ["CloserObjectGenerator"] = Offering(r => ChoiceReading.DepthNames(r, anchored: false)),
        ["FartherObjectGenerator"] = Offering(r => ChoiceReading.DepthNames(r, anchored: false)),
        ["CloserToAnchorObjectGenerator"] = Offering(r => ChoiceReading.DepthNames(r, anchored: true)),
        ["FartherToAnchorObjectGenerator"] = Offering(r => ChoiceReading.DepthNames(r, anchored: true)),
        ["SceneGraphObjectQAGenerator"] = ExpressionReading.Object,
        ["SceneGraphAttributeQAGenerator"] = ExpressionReading.Attribute,
        ["SceneGraphRelationQAGenerator"] = ExpressionReading.Relation,
        ["HasObjectMultiGenerator"] = r => ImageReading.HasObject(r, has: true),
        ["HasNotObjectMultiGenerator"] = r => ImageReading.HasObject(r, has: false),
        ["HasAttributedObjectMultiGenerator"] = r => ImageReading.HasAttributed(r, has: true),
        ["HasNotAttributedObjectMultiGenerator"] = r => ImageReading.HasAttributed(r, has: false),
        ["HasRelationMultiGenerator"] = r => ImageReading.HasRelation(r, has: true),
        ["HasNotRelationMultiGenerator"] = r => ImageReading.HasRelation(r, has: false),
        ["HasMostObjectMultiGenerator"] = r => CountReading.ImageWithExtremeCount(r, most: true),
        ["HasLeastObjectMultiGenerator"] = r => CountReading.ImageWithExtremeCount(r, most: false),
        ["CountObjectMultiGenerator"] = CountReading.HowManyAcross,
        ["CountAttributeObjectMultiGenerator"] = CountReading.HowManyAcross,
        ["CommonObjectMultiGenerator"] = ImageReading.CommonObject,
        ["CommonAttributeMultiGenerator"] = r => ImageReading.TheInEveryImage(r, "label"),
        ["CompareAttributeMultiGenerator"] = r => ImageReading.TheInEveryImage(r, "label"),
        ["CompareRelationMultiGenerator"] = r => ImageReading.TheInEveryImage(r, "subject", "object"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A generator that offers objects or nouns by label: its rule, then each offered person noun by the persons rule.</summary>
    private static Action<Reader> Offering(Action<Reader> rule) => r =>
    {
        rule(r);
        PersonReading.EachOffered(r);
    };

    /// <summary>Runs the generator's reading rules, if it has any.</summary>
    public static void Verify(ItemCheck check)
    {
        if (s_byGenerator.TryGetValue(check.Item.Generator, out var rules))
        {
            var reader = new Reader(check);
            rules(reader);
            if (check.Graphs.Count > 1)
            {
                PersonReading.Named(reader, "label", "subject", "object");
            }
        }
    }

    /// <summary>The generators with reading rules (the rest ask about points or describe the whole graph).</summary>
    public static IEnumerable<string> Generators => s_byGenerator.Keys;
}

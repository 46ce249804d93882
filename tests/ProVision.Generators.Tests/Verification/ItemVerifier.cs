using System.Collections.Frozen;
using ProVision.Generators.Tests.Verification.AttributeFamily;
using ProVision.Generators.Tests.Verification.DepthFamily;
using ProVision.Generators.Tests.Verification.MultiImageFamily;
using ProVision.Generators.Tests.Verification.ObjectFamily;
using ProVision.Generators.Tests.Verification.RelationFamily;
using ProVision.Generators.Tests.Verification.SceneGraphFamily;
using ProVision.Generators.Tests.Verification.SegmentationFamily;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Generators.Tests.Verification;

/// <summary>
/// The independent checker: re-derives every item's answer from its graph(s) and evidence with its own code and
/// reports each rule the item breaks. The contract it enforces is docs/evidence.md.
/// </summary>
public static class ItemVerifier
{
    private static readonly IGeneratorVerifier[] s_verifiers =
    [
        new ExistsObjectVerifier(), new FrequencyVerifier(most: true), new FrequencyVerifier(most: false),
        .. ExtremeObjectVerifier.All,
        new ExistsAttributeVerifier(), new AttributeBBoxVerifier(), new TypedAttributeBBoxVerifier(),
        new ExistsRelationVerifier(byBox: false), new ExistsRelationVerifier(byBox: true), new HeadRelationVerifier(),
        new PointDepthVerifier(closer: true), new PointDepthVerifier(closer: false),
        new ObjectDepthVerifier(closer: true), new ObjectDepthVerifier(closer: false),
        new AnchorDepthVerifier(closer: true), new AnchorDepthVerifier(closer: false),
        new SegmentationPointVerifier(same: true), new SegmentationPointVerifier(same: false),
        new ObjectQaVerifier(), new RelationQaVerifier(), new AttributeQaVerifier(), new CaptionVerifier(),
        new HasObjectVerifier(has: true), new HasObjectVerifier(has: false),
        new HasAttributedObjectVerifier(has: true), new HasAttributedObjectVerifier(has: false),
        new HasRelationVerifier(has: true), new HasRelationVerifier(has: false),
        new HasCountExtremeVerifier(most: true), new HasCountExtremeVerifier(most: false),
        new CommonObjectVerifier(), new CommonAttributeVerifier(),
        new CountObjectMultiVerifier(), new CountAttributeObjectMultiVerifier(),
        new CompareAttributeVerifier(), new CompareRelationVerifier(),
    ];

    private static readonly FrozenDictionary<string, IGeneratorVerifier> s_byName =
        s_verifiers.SelectMany(v => v.Generators.Select(g => KeyValuePair.Create(g, v))).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The generator names the verifier knows (the 39 reference names).</summary>
    public static IEnumerable<string> Generators => s_byName.Keys.Order(StringComparer.Ordinal);

    /// <summary>Verifies <paramref name="item"/> against <paramref name="graphs"/>, given in the item's image order.</summary>
    public static VerificationResult Verify(GeneratedItem item, IReadOnlyList<SceneGraph> graphs, Vocabulary vocabulary, VerifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(graphs);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(options);
        var check = new ItemCheck(item, graphs, vocabulary, options);
        if (!s_byName.TryGetValue(item.Generator, out var verifier))
        {
            check.Fail($"no verifier for generator '{item.Generator}'");
        }
        else if (CheckImages(check, verifier.IsMultiImage) && CheckEvidenceIndices(check) && check.CheckAnswerShape())
        {
            verifier.Verify(check);
            if (options.ReadWords)
            {
                Reading.ReadingChecks.Verify(check);
            }
        }
        return VerificationResult.From(check.Failures);
    }

    /// <summary>Single-image form.</summary>
    public static VerificationResult Verify(GeneratedItem item, SceneGraph graph, Vocabulary vocabulary, VerifierOptions? options = null) =>
        Verify(item, [graph], vocabulary, options ?? VerifierOptions.Default);

    private static bool CheckImages(ItemCheck check, bool multiImage)
    {
        var images = check.Item.Images;
        if (check.Graphs.Count != images.Length)
        {
            return check.Fail($"the item has {images.Length} image(s) but {check.Graphs.Count} graph(s) were given");
        }
        if (!multiImage)
        {
            return images.Length == 1 || check.Fail($"a single-image generator's item has {images.Length} images");
        }
        var wanted = check.Options.ImagesPerItem;
        if (images.Length < 2 || (wanted is { } n && images.Length != n))
        {
            return check.Fail($"a multi-image item needs {(wanted is { } m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "at least 2")} images but has {images.Length}");
        }
        var repeated = images.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null || check.Fail($"image '{repeated.Key}' appears {repeated.Count()} times; the images of an item must be distinct");
    }

    /// <summary>Evidence must point at real objects and relations, each once, and never at a dropped "of" relation.</summary>
    private static bool CheckEvidenceIndices(ItemCheck check)
    {
        var ok = true;
        for (var image = 0; image < check.Graphs.Count; image++)
        {
            var graph = check.Graphs[image];
            var (objects, relations) = check.Item.Evidence.PerImage[image];
            var where = check.Graphs.Count > 1 ? $" of Image {image + 1}" : "";
            foreach (var index in objects.Where(i => i >= graph.Objects.Length).Distinct())
            {
                ok = check.Fail($"evidence{where} names object {index} but image {graph.ImageId} has {graph.Objects.Length} objects");
            }
            foreach (var index in relations.Where(i => i >= graph.Relations.Length).Distinct())
            {
                ok = check.Fail($"evidence{where} names relation {index} but image {graph.ImageId} has {graph.Relations.Length} relations");
            }
            foreach (var index in objects.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                ok = check.Fail($"evidence{where} lists object {index} twice");
            }
            foreach (var index in relations.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                ok = check.Fail($"evidence{where} lists relation {index} twice");
            }
            foreach (var index in relations.Where(i => i < graph.Relations.Length && graph.Relations[i].Predicate == Support.GraphFacts.DroppedPredicate))
            {
                ok = check.Fail($"evidence{where} names relation {index} with predicate 'of', which the spec drops");
            }
        }
        return ok;
    }
}

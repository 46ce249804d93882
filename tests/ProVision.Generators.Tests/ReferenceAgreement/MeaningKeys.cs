using System.Globalization;
using System.Text.RegularExpressions;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.ReferenceAgreement;

/// <summary>
/// The meaning of one of our items as a short key, independent of wording and of set order: the objects, labels,
/// attributes and relations it is about (from its slots, tags and evidence) and its answer. Lists are sorted, so
/// they compare as multisets; a multi-image answer is the id of the image it names, since image order is random.
/// </summary>
internal static partial class MeaningKeys
{
    public static string Of(GeneratedItem item, Func<string, SceneGraph> graphOf)
    {
        var graph = graphOf(item.Images[0]);
        string Slot(string name) => item.Slot(name) ?? throw new Xunit.Sdk.XunitException($"{item.Id} has no slot '{name}'");
        string Tag(string name) => string.Join(",", item.Tags.Single(t => t.Key == name).Value.Select(v => v.IsString ? v.AsString : v.AsNumber.ToString(CultureInfo.InvariantCulture)));
        string AnsweredImage() => graphOf(item.Images[int.Parse(item.Answer.AsSpan("Image ".Length), CultureInfo.InvariantCulture) - 1]).ImageId;
        string EvidenceLabels() => Sorted(item.Evidence.PerImage[0].Objects.Select(o => graph.Objects[o].Label));
        string Triples() => Sorted(item.Evidence.PerImage[0].Relations.Select(r => Triple(graph, graph.Relations[r])), ";");

        return item.Generator switch
        {
            "ExistsObjectGenerator" or "MostObjectGenerator" or "LeastObjectGenerator" => $"{Tag("object")}={Tag("count")}",
            "LeftMostObjectGenerator" or "RightMostObjectGenerator" or "TopMostObjectGenerator" or "BottomMostObjectGenerator"
                or "CloserObjectGenerator" or "FartherObjectGenerator" => $"{EvidenceLabels()}->{item.Answer}",
            "ExistsAttributeGenerator" => $"{Tag("object")}[{Sorted(Tag("attribute").Split(','))}]={Tag("count")}",
            "AttributeBBoxGenerator" => $"{Slot("label")} {Slot("box")}={List(item.Answer)}",
            "TypedAttributeBBoxGenerator" => $"{Slot("label")} {Slot("box")} {Slot("category")}={List(item.Answer)}",
            "ExistsRelationGenerator" => $"{Slot("subject")}|{Slot("object")}={List(item.Answer)}",
            "RelationBBoxGenerator" => $"{Slot("subject_box")}|{Slot("object_box")}={List(item.Answer)}",
            "HeadRelationGenerator" => $"{Slot("predicate")}|{Slot("object")}={item.Answer}",
            "SceneGraphObjectQAGenerator" => $"own={List(Slot("attributes"))}|rel={Triples()}|nb={List(Slot("neighbor_attributes"))}->{List(item.Answer)}",
            "SceneGraphAttributeQAGenerator" => $"{Slot("category")}|own={List(Slot("attributes"))}|rel={Triples()}|nb={List(Slot("neighbor_attributes"))}->{List(item.Answer)}",
            "SceneGraphRelationQAGenerator" => $"s.own={List(Slot("subject_attributes"))}|s.nb={List(Slot("subject_neighbor_attributes"))}"
                + $"|o.own={List(Slot("object_attributes"))}|o.nb={List(Slot("object_neighbor_attributes"))}|rels={Triples()}->{List(item.Answer)}",
            "SceneGraphCaptionGenerator" => CaptionKey(item, graph),
            "HasRelationMultiGenerator" or "HasNotRelationMultiGenerator" => $"{Slot("subject")} {Slot("predicate")} {Slot("object")}->{AnsweredImage()}",
            "HasObjectMultiGenerator" or "HasNotObjectMultiGenerator" or "HasMostObjectMultiGenerator" or "HasLeastObjectMultiGenerator"
                => $"{Slot("label")}->{AnsweredImage()}",
            "HasAttributedObjectMultiGenerator" or "HasNotAttributedObjectMultiGenerator" => $"{Slot("label")} {Slot("attribute")}->{AnsweredImage()}",
            "CommonObjectMultiGenerator" => List(item.Answer),
            "CommonAttributeMultiGenerator" => $"{Slot("label")}={List(item.Answer)}",
            "CountObjectMultiGenerator" => $"{Slot("label")}={Tag("count")}",
            "CountAttributeObjectMultiGenerator" => $"{Slot("label")} {Slot("attribute")}={Tag("count")}",
            "CompareAttributeMultiGenerator" => CompareKey(item, graphOf, Slot("label"), null),
            "CompareRelationMultiGenerator" => CompareKey(item, graphOf, Slot("subject"), Slot("object")),
            _ => throw new Xunit.Sdk.XunitException($"no meaning key for {item.Generator}"),
        };
    }

    /// <summary>The members of a rendered list ("a", "a and b", "a, b, and c"), sorted and joined with ','.</summary>
    public static string List(string text) =>
        text.Length == 0 ? "" : Sorted(ListSeparator().Split(text.TrimEnd('.')));

    private static string Sorted(IEnumerable<string> values, string separator = ",") =>
        string.Join(separator, values.Order(StringComparer.Ordinal));

    private static string Triple(SceneGraph graph, Relation r) => $"{graph.Objects[r.Subject].Label} {r.Predicate} {graph.Objects[r.Object].Label}";

    /// <summary>The relations the caption states, and the objects it mentions that take part in none (listed first).</summary>
    private static string CaptionKey(GeneratedItem item, SceneGraph graph)
    {
        var relations = item.Evidence.PerImage[0].Relations.Select(r => graph.Relations[r]).ToList();
        var isolated = item.Evidence.PerImage[0].Objects.Where(o => !relations.Any(r => r.Subject == o || r.Object == o)).Select(o => graph.Objects[o].Label);
        return $"{Sorted(relations.Select(r => Triple(graph, r)), ";")}|isolated={Sorted(isolated)}";
    }

    /// <summary>"The bat is brown and wooden in Image 1, blue ... in Image 2." as "bat|baseball_1=...|baseball_2=..." by image id.</summary>
    private static string CompareKey(GeneratedItem item, Func<string, SceneGraph> graphOf, string subject, string? obj)
    {
        // Ours agrees the verb with the subject ("The shoes are"); the reference wrote "is" after every label. A relation
        // sentence gives each image's predicates their own verb ("is holding the bat in Image 1 and has the bat in Image 2").
        var lead = obj is not null ? $"The {subject} "
            : item.Answer.StartsWith($"The {subject} are ", StringComparison.Ordinal) ? $"The {subject} are " : $"The {subject} is ";
        Assert.StartsWith(lead, item.Answer);
        var parts = ImagePart().Matches(item.Answer[lead.Length..]);
        Assert.Equal(item.Images.Length, parts.Count);
        var perImage = parts.Select(m =>
        {
            var text = m.Groups["text"].Value;
            if (obj is not null)
            {
                Assert.EndsWith($" the {obj}", text);
                text = text[..^$" the {obj}".Length];
            }
            var image = graphOf(item.Images[int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture) - 1]).ImageId;
            return $"{image}={(obj is null ? List(text) : Sorted(ListSeparator().Split(text).Select(p => VerbPrefix().Replace(p, ""))))}";
        });
        return string.Join("|", new[] { subject, obj }.OfType<string>().Concat(perImage.Order(StringComparer.Ordinal)));
    }

    [GeneratedRegex(", and |, | and ")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?<text>.+?) in Image (?<k>\d+)(, and |, | and |\.$)")]
    private static partial Regex ImagePart();

    [GeneratedRegex("^(is|are) ")]
    private static partial Regex VerbPrefix();
}

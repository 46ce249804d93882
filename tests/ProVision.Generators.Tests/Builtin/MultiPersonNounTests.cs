using ProVision.Generators.Tests.Support;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// A person noun may name what another person label shows (docs/evidence.md#persons): no multi-image item names a
/// person noun over an image that shows a person under another noun ("which picture does not contain a person?"
/// answered by an image with a man), and CommonObject keeps person nouns out of its options and answer unless every
/// image's persons go by the same nouns.
/// </summary>
public sealed class MultiPersonNounTests
{
    private static readonly string[] s_persons = ["man", "woman", "person"];

    private static readonly string[] s_multiImageGenerators =
    [
        "HasObjectMultiGenerator", "HasNotObjectMultiGenerator", "CountObjectMultiGenerator", "HasMostObjectMultiGenerator",
        "HasLeastObjectMultiGenerator", "CommonObjectMultiGenerator", "HasAttributedObjectMultiGenerator",
        "HasNotAttributedObjectMultiGenerator", "CountAttributeObjectMultiGenerator", "CommonAttributeMultiGenerator",
        "CompareAttributeMultiGenerator", "HasRelationMultiGenerator", "HasNotRelationMultiGenerator",
        "CompareRelationMultiGenerator",
    ];

    // Each image has a chair, a person under some noun related to it by a predicate no box rule decides, and other
    // objects (the men "standing" or "sitting", which exclude each other, so CompareAttribute may compare them); only some pairs of images name their persons alike, so every generator has items to make both about
    // persons and about the rest.
    private static SceneGraph Scene(string id, string person, string look, string pet, string predicate, params string[] more)
    {
        var builder = new GraphBuilder(100, 100, id)
            .Object(person, 5, 20, 25, 90, [look])
            .Object("chair", 40, 50, 60, 90, ["wooden"])
            .Object(pet, 70, 70, 90, 90, [id.Length % 2 == 0 ? "brown" : "white"]);
        var x = 5;
        foreach (var label in more)
        {
            builder.Object(label, x, 5, x + 8, 15, ["small"]);
            x += 10;
        }
        return builder.Relation(0, predicate, 1).Relation(2, "near", 1).Build();
    }

    private static List<SceneGraph> Scenes() =>
    [
        Scene("a", "man", "standing", "dog", "sitting on"),
        Scene("bb", "person", "tall", "dog", "holding", "cup"),
        Scene("c", "man", "sitting", "cat", "holding", "man"),
        Scene("dd", "woman", "tall", "dog", "sitting on", "person"),
        Scene("e", "man", "sitting", "dog", "holding", "cup"),
        Scene("ff", "cat", "white", "dog", "holding"),
        Scene("g", "man", "standing", "cat", "holding"),
    ];

    private static string[] PersonsOf(SceneGraph graph) =>
        [.. graph.Objects.Select(o => o.Label).Where(s_persons.Contains).Distinct().Order(StringComparer.Ordinal)];

    private static SceneGraph ImageOf(string path) => Scenes().Single(g => g.ImagePath == path);

    [Theory]
    [MemberData(nameof(Generators))]
    public void An_item_names_a_person_noun_only_over_images_whose_persons_all_go_by_its_nouns(string generator)
    {
        var personItems = 0;
        foreach (var item in ItemsOverSeeds(generator))
        {
            var named = item.Slots.Where(s => s.Key is "label" or "subject" or "object").Select(s => s.Value).ToArray();
            if (!named.Any(s_persons.Contains)) continue;
            personItems++;
            foreach (var path in item.Images)
            {
                Assert.True(PersonsOf(ImageOf(path)).All(named.Contains),
                    $"{generator}: \"{item.Prompt}\" -> \"{item.Answer}\" names {string.Join("/", named)} over {path}, whose persons are {string.Join(", ", PersonsOf(ImageOf(path)))}");
            }
        }
        // Images a, c, e and g, whose persons are all men, let the generators ask about persons at all.
        if (generator is not ("CommonObjectMultiGenerator" or "CompareRelationMultiGenerator"))
        {
            Assert.True(personItems > 0, $"{generator} asked about no person at all");
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void The_verifier_reading_persons_accepts_every_item(string generator) =>
        BuiltinPack.AssertVerified(ItemsOverSeeds(generator), Scenes());

    [Fact]
    public void CommonObject_keeps_persons_out_unless_every_images_persons_go_by_the_same_nouns()
    {
        var items = ItemsOverSeeds("CommonObjectMultiGenerator").ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var persons = item.Images.Select(p => PersonsOf(ImageOf(p))).ToArray();
            if (persons.Any(p => p.Length == 0)) continue;
            Assert.True(persons.All(p => p.SequenceEqual(persons[0])),
                $"\"{item.Prompt}\" -> \"{item.Answer}\" over images whose persons are {string.Join(" | ", persons.Select(p => string.Join(", ", p)))}");
        }
    }

    public static TheoryData<string> Generators() => [.. s_multiImageGenerators];

    private static IEnumerable<GeneratedItem> ItemsOverSeeds(string generator)
    {
        for (var seed = 0UL; seed < 10; seed++)
        {
            foreach (var mc in new[] { 0.0, 1.0 })
            {
                foreach (var item in BuiltinPack.RunMulti(generator, Scenes(), BuiltinPack.Options(seed, mcRatio: mc)))
                {
                    yield return item;
                }
            }
        }
    }
}

using ProVision.Compiler.Api;
using ProVision.Compiler.Packs;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.Builtin;

/// <summary>
/// CountAttributeObject and AttributedPresence make their candidates of each image's kept (noun, meaning) or (noun,
/// attribute) pairs (`nounMeanings`, session 12; `nounAttributes`), leave out the pairs whose noun cannot give a
/// candidate before hashing them (docs/performance.md, session 10: multi-image attributes) and count a noun's objects
/// with an attribute from each image's kept (noun, meaning) counts (`countAttributed`, session 11): their candidates must
/// be the plain query's (a pass over every object and attribute, the `where` after the distinct list, the passes over a
/// noun's objects), in the same order, for every seed, on graphs where nouns repeat or are missing, labels are plural,
/// attributes repeat and are synonyms. Both packs are compiled with the `sample 1` clause taken out, so every candidate
/// that reaches it is an item: `sample` visits a list's elements in a random order of its length (RandomOrder), so a
/// filter that shortens the list keeps another, equally uniform, candidate (docs/randomness.md#sample-and-pick).
/// </summary>
public sealed class AttributeCandidateFilterTests
{
    // The filters as the .pvg files write them, and the plain queries they replaced.
    private static readonly (string File, string Filtered, string Plain)[] s_plainQueries =
    [
        // Each image's kept (noun, meaning) or (noun, attribute) pairs, filtered by noun, for the pass over every object
        // and attribute.
        ("count_attribute_object.pvg",
            "  for lbl, attr in distinct([(l, m) for img in imgs for l, m in nounMeanings(img) where sum(imgs, i => countNoun(i, l)) > 1])\n",
            "  for lbl, attr in distinct([(noun(o.label), meaning(x)) for img in imgs for o in img.objects for x in o.attributes])\n"),
        ("attributed_presence.pvg",
            "  for lbl, attr in distinct([(l, x) for img in imgs for l, x in nounAttributes(img) where all(imgs, i => l in i.nouns)])\n"
            + "  where isThing(lbl) and not (isPerson(lbl) and category(attr) == \"color\")\n",
            "  for lbl, attr in distinct([(noun(o.label), x) for img in imgs for o in img.objects for x in o.attributes])\n"
            + "  where isThing(lbl) and not (isPerson(lbl) and category(attr) == \"color\")\n"
            + "  where all(imgs, img => lbl in img.nouns)\n"),
        // countAttributed (the image's kept (noun, meaning) counts) and the passes over the objects it stands for.
        ("count_attribute_object.pvg",
            "  let n = sum(imgs, img => countAttributed(img, lbl, attr))\n",
            "  let n = count([o for img in imgs for o in objectsOfNoun(img, lbl) where any(o.attributes, b => synonyms(attr, b))])\n"),
        ("attributed_presence.pvg",
            "present ? countAttributed(img, lbl, attr) > 0 : countAttributed(img, lbl, attr) == 0]",
            "present ? any(objectsOfNoun(img, lbl), o => any(o.attributes, b => synonyms(attr, b)))\n"
            + "                                                  : not any(objectsOfNoun(img, lbl), o => any(o.attributes, b => synonyms(attr, b)))]"),
    ];

    private static readonly Lazy<GeneratorPack> s_plainPack = new(() => LoadUnsampledPack(plain: true));
    private static readonly Lazy<GeneratorPack> s_filteredPack = new(() => LoadUnsampledPack(plain: false));

    private static readonly string[] s_files = ["count_attribute_object.pvg", "attributed_presence.pvg"];

    [Theory]
    [InlineData("CountAttributeObjectMultiGenerator")]
    [InlineData("HasAttributedObjectMultiGenerator")]
    [InlineData("HasNotAttributedObjectMultiGenerator")]
    public void Filtered_candidates_give_the_items_of_the_plain_query(string generator)
    {
        var graphs = Graphs();
        var total = 0;
        for (var seed = 0UL; seed < 10; seed++)
        {
            var options = BuiltinPack.Options(seed);
            var plain = Run(s_plainPack.Value, generator, graphs, options);
            total += plain.Count;
            Assert.Equal(plain, Run(s_filteredPack.Value, generator, graphs, options));
        }
        Assert.True(total >= 50, $"{generator} made only {total} items over 10 seeds");
    }

    private static List<string> Run(GeneratorPack pack, string generator, IReadOnlyList<SceneGraph> graphs, GenerationOptions options)
    {
        var collector = new ListItemCollector();
        pack.Find(generator)!.RunOn(new DataSetIndex([.. graphs]), options, collector, pack.Vocabulary);
        return [.. collector.Items.Select(GeneratedItemJson.Serialize)];
    }

    // Twenty graphs of a few objects each, drawn from labels that share nouns ("dog", "dogs"), a person and a
    // non-object, with attributes that are synonyms ("large", "big"), case variants and colours.
    private static List<SceneGraph> Graphs()
    {
        string[] labels = ["dog", "dogs", "cat", "car", "man", "bananas", "banana", "color", "tree"];
        string[] attributes = ["white", "White", "large", "big", "huge", "red", "wooden", "small"];
        var random = new Random(13);
        return [.. Enumerable.Range(0, 20).Select(g => MultiKit.Graph("g" + g, [.. Enumerable.Range(0, random.Next(2, 9)).Select(_ =>
            labels[random.Next(labels.Length)] + ":" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => attributes[random.Next(attributes.Length)])))]))];
    }

    // The built-in pack without the sample clause of the two files, with the plain queries or the filtered ones,
    // compiled from a copy of its folder.
    private static GeneratorPack LoadUnsampledPack(bool plain)
    {
        var folder = Directory.CreateTempSubdirectory("unsampled-pack-").FullName;
        foreach (var file in Directory.EnumerateFiles(BuiltinPack.Folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(BuiltinPack.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        foreach (var name in s_files)
        {
            var path = Path.Combine(folder, "multi-image", name);
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            Assert.Contains("\n  sample 1\n", text);
            text = text.Replace("\n  sample 1\n", "\n", StringComparison.Ordinal);
            foreach (var (_, filtered, plainQuery) in s_plainQueries.Where(q => plain && q.File == name))
            {
                Assert.Contains(filtered, text);
                text = text.Replace(filtered, plainQuery, StringComparison.Ordinal);
            }
            File.WriteAllText(path, text);
        }
        var result = PvgCompiler.LoadPack(Path.Combine(folder, "pack.yaml"));
        if (result.HasErrors) throw new Xunit.Sdk.XunitException("the unsampled pack does not compile:\n" + result.FormatDiagnostics());
        return result.Pack!;
    }
}

using System.Text;
using System.Text.Json.Nodes;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.Loading.Coco;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.Loading.ProVisionFormat;
using ProVision.Runtime.Loading.VisualGenome;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Loading;

/// <summary>
/// The <see cref="System.Text.Json.Utf8JsonReader"/> readers of Visual Genome and reference-format entries give the
/// graph the document parsers give, or hand the entry to them: a file read either way gives the same graphs and the
/// same located errors, for real-like files and for hundreds of hostile mutants of them (wrong types, huge numbers,
/// duplicate keys, escapes, deep nesting, truncation, BOM, odd white space, bytes that are not UTF-8).
/// </summary>
public sealed class AnnotationFastParserTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Real_like_visual_genome_entries_are_read_by_the_fast_parser()
    {
        var (graphs, sizes) = WriteVisualGenome(VisualGenomeText());
        var sizeTable = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        VisualGenomeImageSizes.ReadInto(sizes, sizeTable);
        var fast = new VisualGenomeFastParser(sizeTable);
        using var stream = File.OpenRead(graphs);
        var streamer = new JsonEntryStreamer(stream, graphs);
        var read = 0;
        while (streamer.ReadNextInPlace() is { } entry)
        {
            Assert.NotNull(fast.TryParse(entry.Bytes.Span));
            read++;
        }
        Assert.Equal(24, read);
        AssertSameBothWays(graphs, sizes);
    }

    [Fact]
    public void Real_like_reference_format_entries_are_read_by_the_fast_parser()
    {
        var files = WriteReferenceFormat(ReferenceFormatTexts());
        var fast = new ProVisionAnnotationFastParser();
        var streams = files.Select(f => new JsonEntryStreamer(File.OpenRead(f), f)).ToList();
        var read = 0;
        while (streams[0].ReadNext() is { } lead)
        {
            var others = streams.Skip(1).Select(s => s.ReadNext()!).ToList();
            Assert.All(others, o => Assert.Equal(lead.Key, o.Key));
            Assert.NotNull(fast.TryParse(lead.Key!, [lead, .. others]));
            read++;
        }
        Assert.Equal(24, read);
        Assert.Equal(24, AssertSameBothWays(files));
    }

    public static TheoryData<string> Fixtures() =>
    [
        "baseball:object-detection-annotations.json",
        "baseball:object-detection-annotations.json|image-attributes-annotations.json|relation-annotations-parsed.json",
        "baseball:object-detection-annotations.json|segmentation-annotations.json|depth-estimation-annotations.json|relation-annotations.json",
        "examples/basic/annotations.json",
        "tests/Attacks/data-duplicate-ids-vg/scene_graphs.json",
        "tests/Attacks/data-non-utf8-vg/scene_graphs.json",
        "tests/Attacks/data-coco-huge-polygon/coco.json",
        "tests/Attacks/data-coco-missing-image/coco.json",
        "tests/Attacks/data-duplicate-ids-coco-skip/coco.json",
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixtures_read_the_same_both_ways(string inputs)
    {
        var options = new GraphLoadOptions();
        string[] paths;
        if (inputs.StartsWith("baseball:", StringComparison.Ordinal))
        {
            var root = SharedFixtures.Baseball ?? throw new Xunit.Sdk.XunitException("../shared/fixtures/baseball is missing (CI=true: the real data must be there)");
            paths = [.. inputs["baseball:".Length..].Split('|').Select(f => Path.Combine(root, "annotations", f))];
            options = options with { DepthDirectory = Path.Combine(root, "depth_masks"), MaskDirectory = Path.Combine(root, "seg_masks") };
        }
        else
        {
            paths = [.. inputs.Split('|').Select(p => Path.Combine(Checkout, p))];
            options = options with { DepthDirectory = Path.Combine(Checkout, "examples/basic/depth"), MaskDirectory = Path.Combine(Checkout, "examples/basic/masks") };
        }
        foreach (var path in paths) Assert.True(File.Exists(path), path + " is missing");
        var graphs = AssertSameBothWays(options, paths);
        if (!inputs.StartsWith("tests/Attacks/", StringComparison.Ordinal)) Assert.NotEqual(0, graphs); // the attacks are all errors

    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hostile_visual_genome_mutants_read_the_same_both_ways(int seed)
    {
        var random = new Random(seed);
        var valid = VisualGenomeText();
        for (var i = 0; i < 120; i++)
        {
            var (graphs, sizes) = WriteVisualGenome(Mutate(valid, random), $"m{i}");
            AssertSameBothWays(graphs, sizes);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hostile_reference_format_mutants_read_the_same_both_ways(int seed)
    {
        var random = new Random(seed);
        var valid = ReferenceFormatTexts();
        for (var i = 0; i < 120; i++)
        {
            // One of the merged files mutated: the merge and its "later file wins" rule take the same path both ways.
            var texts = valid.ToArray();
            var k = random.Next(texts.Length);
            texts[k] = Mutate(texts[k], random);
            AssertSameBothWays(WriteReferenceFormat(texts, $"m{i}"));
        }
    }

    [Fact]
    public void Real_like_coco_files_are_read_by_the_fast_reader()
    {
        var file = WriteBytes("coco/instances.json", CocoText());
        Assert.NotNull(CocoFastReader.TryRead(File.ReadAllBytes(file)));
        Assert.Equal(24, AssertSameBothWays(file));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hostile_coco_mutants_read_the_same_both_ways(int seed)
    {
        var random = new Random(seed);
        var valid = CocoText();
        for (var i = 0; i < 80; i++) AssertSameBothWays(WriteBytes($"coco/m{i}.json", Mutate(valid, random)));
    }

    [Fact]
    public void A_negative_coco_image_size_is_a_located_error()
    {
        // It once reached the polygon rasteriser, which threw.
        var file = _dir.Write("neg.json", "{'images': [{'id': 1, 'width': -5, 'height': -5}], 'categories': [{'id': 1, 'name': 'dog'}], 'annotations': [{'image_id': 1, 'category_id': 1, 'bbox': [0, 0, 1, 1], 'segmentation': [[0, 0, 1, 0, 1, 1]]}]}");
        Assert.Equal("image 1: images[0].width: image size -5x-5 is not positive", Loads.SingleError(file).ToString().Replace(file + ": ", ""));
        AssertSameBothWays(file);
    }

    [Fact]
    public void Ids_beyond_two_to_the_53_go_to_the_document_parser()
    {
        // 2^53 + 1 reads as 2^53 through a double: the document parser sees two objects with one id and says so.
        var (graphs, sizes) = WriteVisualGenome("""
            [{"image_id": 1, "width": 9, "height": 9, "objects": [
              {"object_id": 9007199254740992, "names": ["a"], "x": 0, "y": 0, "w": 1, "h": 1},
              {"object_id": 9007199254740993, "names": ["b"], "x": 0, "y": 0, "w": 1, "h": 1}]}]
            """);
        AssertSameBothWays(graphs, sizes);
        Assert.Contains("object id 9007199254740992 appears twice", Loads.SingleError(graphs, sizes).Message);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_a_located_error_in_every_format()
    {
        // It decodes to no Unicode text: System.Text.Json throws when it is read, which once escaped the loaders.
        var canonical = _dir.WriteRaw("g.jsonl", """{"image_id":"a","width":4,"height":4,"objects":[{"label":"\ud800","box":[0,0,1,1]}]}""" + "\n");
        Assert.Equal("g.jsonl:1: image a: objects[0].label: the text holds an escaped lone surrogate (\\ud800-\\udfff without its pair), which is no Unicode text; fix the escape",
            Loads.SingleError(canonical).ToString().Replace(_dir.Path + "/", ""));
        var (vg, sizes) = WriteVisualGenome("""[{"image_id": 1000, "objects": [{"object_id": 1, "names": ["\udc00x"], "x": 0, "y": 0, "w": 1, "h": 1}]}]""");
        Assert.Contains("image 1000: objects[0].names[0]: the text holds an escaped lone surrogate", Loads.SingleError(vg, sizes).ToString());
        var reference = _dir.WriteRaw("pv.json", """{"a": {"annotation": {"width": 4, "height": 4, "caption": "\ud800"}}}""");
        Assert.Contains("image a: annotation.caption: the text holds an escaped lone surrogate", Loads.SingleError(reference).ToString());
    }

    // ---- the corpus: the realistic canonical graphs written as VG and as reference-format files ----

    private static string Checkout => Path.GetFullPath(Path.Combine(RealisticCorpus.Folder, "..", "..", ".."));

    private static List<JsonObject> RealisticGraphs() =>
        [.. File.ReadLines(RealisticCorpus.Graphs).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject())];

    // VG as VG writes it: numeric ids, names lists, x/y/w/h, synsets; relations by id or nested; half the sizes from image_data.json.
    private static string VisualGenomeText()
    {
        var images = new JsonArray();
        var n = 0;
        foreach (var g in RealisticGraphs())
        {
            var image = new JsonObject { ["image_id"] = 1000 + n };
            if (n % 2 == 0) { image["width"] = g["width"]!.GetValue<int>(); image["height"] = g["height"]!.GetValue<int>(); image["url"] = g["image"]!.GetValue<string>(); }
            var objects = new JsonArray();
            var k = 0;
            foreach (var o in g["objects"]!.AsArray())
            {
                var box = o!["box"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
                objects.Add(new JsonObject
                {
                    ["object_id"] = (n * 100) + k++, ["x"] = box[0], ["y"] = box[1], ["w"] = box[2] - box[0], ["h"] = box[3] - box[1],
                    ["names"] = new JsonArray(o["label"]!.GetValue<string>()), ["synsets"] = new JsonArray("thing.n.01"),
                    ["attributes"] = o["attributes"]?.DeepClone(),
                });
            }
            image["objects"] = objects;
            var relations = new JsonArray();
            foreach (var r in g["relations"]!.AsArray())
            {
                var (s, p, o) = (r![0]!.GetValue<int>() + (n * 100), r[1]!.GetValue<string>(), r[2]!.GetValue<int>() + (n * 100));
                relations.Add(relations.Count % 2 == 0
                    ? new JsonObject { ["predicate"] = p.ToUpperInvariant(), ["subject_id"] = s, ["object_id"] = o, ["relationship_id"] = relations.Count }
                    : new JsonObject { ["predicate"] = p, ["subject"] = new JsonObject { ["object_id"] = s, ["name"] = "x" }, ["object"] = new JsonObject { ["object_id"] = o, ["names"] = new JsonArray("y") } });
            }
            image["relationships"] = relations;
            images.Add(image);
            n++;
        }
        return images.ToJsonString();
    }

    // A detection file, an attribute and relation file, and a caption file that also overrides one image's labels with null.
    private static string[] ReferenceFormatTexts()
    {
        JsonObject detection = [], relations = [], captions = [];
        var n = 0;
        foreach (var g in RealisticGraphs())
        {
            var id = g["image_id"]!.GetValue<string>();
            var objects = g["objects"]!.AsArray();
            detection[id] = new JsonObject
            {
                ["data_path"] = g["image"]!.DeepClone(), ["source"] = n % 3 == 0 ? null : "vg",
                ["annotation"] = new JsonObject
                {
                    ["width"] = g["width"]!.DeepClone(), ["height"] = g["height"]!.DeepClone(),
                    ["labels"] = new JsonArray([.. objects.Select(o => o!["label"]!.DeepClone())]),
                    ["bboxes"] = new JsonArray([.. objects.Select(o => o!["box"]!.DeepClone())]),
                    ["det_scores"] = new JsonArray([.. objects.Select((_, i) => (JsonNode)(0.5 + (i / 100.0)))]),
                },
            };
            relations[id] = new JsonObject
            {
                ["data_path"] = "elsewhere.jpg",
                ["annotation"] = new JsonObject
                {
                    ["attributes"] = new JsonArray([.. objects.Select(o => o!["attributes"]?.DeepClone() ?? new JsonArray())]),
                    ["relations"] = g["relations"]!.DeepClone(), ["seg_mask_id"] = null,
                },
            };
            captions[id] = new JsonObject { ["annotation"] = new JsonObject { ["caption"] = $"Picture {n}.", ["notes"] = new JsonArray(1, 2) } };
            n++;
        }
        return [detection.ToJsonString(), relations.ToJsonString(), captions.ToJsonString()];
    }

    // COCO: the realistic masks as RLE for even images, the boxes as polygons for odd ones; one annotation without any.
    private static string CocoText()
    {
        JsonArray images = [], annotations = [], categories = [];
        var categoryIds = new Dictionary<string, int>();
        var n = 0;
        foreach (var g in RealisticGraphs())
        {
            images.Add(new JsonObject { ["id"] = 500 + n, ["file_name"] = g["image"]!.DeepClone(), ["width"] = g["width"]!.DeepClone(), ["height"] = g["height"]!.DeepClone(), ["license"] = 1 });
            var k = 0;
            foreach (var o in g["objects"]!.AsArray())
            {
                var label = o!["label"]!.GetValue<string>();
                if (!categoryIds.TryGetValue(label, out var category)) categories.Add(new JsonObject { ["id"] = categoryIds[label] = category = categoryIds.Count + 1, ["name"] = label, ["supercategory"] = "thing" });
                var b = o["box"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
                var annotation = new JsonObject { ["id"] = annotations.Count + 1, ["image_id"] = 500 + n, ["category_id"] = category, ["bbox"] = new JsonArray(b[0], b[1], b[2] - b[0], b[3] - b[1]), ["iscrowd"] = 0, ["area"] = 1.5 };
                if (n == 3 && k == 1) { } // no segmentation: the image gets no masks
                else if (n % 2 == 0) annotation["segmentation"] = o["mask"]!.DeepClone();
                else annotation["segmentation"] = new JsonArray(new JsonArray(b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[3]));
                if (k == 0) annotation["score"] = 0.75;
                annotations.Add(annotation);
                k++;
            }
            n++;
        }
        return new JsonObject { ["info"] = new JsonObject { ["year"] = 2017 }, ["images"] = images, ["annotations"] = annotations, ["categories"] = categories }.ToJsonString();
    }

    private (string Graphs, string Sizes) WriteVisualGenome(string text, string name = "vg")
    {
        var sizes = new JsonArray();
        var n = 0;
        foreach (var g in RealisticGraphs()) sizes.Add(new JsonObject { ["image_id"] = 1000 + n++, ["width"] = g["width"]!.DeepClone(), ["height"] = g["height"]!.DeepClone() });
        return (WriteBytes(name + "/scene_graphs.json", text), _dir.WriteRaw(name + "/image_data.json", sizes.ToJsonString()));
    }

    private string[] WriteReferenceFormat(string[] texts, string name = "pv") =>
        [.. texts.Select((t, i) => WriteBytes($"{name}/annotations-{i}.json", t))];

    // Mutants carry raw bytes (a Latin-1 byte, a BOM) through a string of Latin-1 chars: one char per byte.
    private string WriteBytes(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, text.All(c => c < 0x80) ? Encoding.UTF8.GetBytes(text) : Encoding.Latin1.GetBytes(text));
        return path;
    }

    // ---- mutations ----

    private static readonly string[] s_hostileValues =
    [
        "\"x\"", "true", "null", "[]", "{}", "1.5", "4.0", "-0", "1e400", "-1", "1E2", "0", "2147483648", "9007199254740993",
        "12345678901234567890", "\"\\ud800\"", "\"d\\u00f6g\"", "\"  Sitting  ON \"", "\"grey and white\"", "\"\"", "\"\\u0000\"",
        "[1,2,3]", "[[0,0,1,1]]", "[\"a\",\"b\"]", "{\"object_id\":1}", "{\"a\":1,\"a\":2}", "NaN", "[" + new string('[', 300) + new string(']', 300) + "]",
        new string('[', 100) + new string(']', 100), "\"" + new string('w', 2000) + "\"", "/*c*/ 3", "[1,2,]",
    ];

    private static string Mutate(string valid, Random random)
    {
        var root = JsonNode.Parse(valid)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        const string Mark = "@@MUT@@";
        switch (random.Next(10))
        {
            case <= 3: // a value replaced by a hostile one
                Replace(target, JsonValue.Create(Mark));
                return root.ToJsonString().Replace($"\"{Mark}\"", s_hostileValues[random.Next(s_hostileValues.Length)]);
            case 4: // a value removed
                Remove(target);
                return root.ToJsonString();
            case 5: // a key repeated, with another value first
                if (target.Parent is not JsonObject owner) goto case 4;
                var key = target.GetPropertyName();
                owner.Remove(key);
                owner[Mark] = target;
                return root.ToJsonString().Replace($"\"{Mark}\":", $"\"{key}\":{s_hostileValues[random.Next(s_hostileValues.Length)]},\"{key}\":");
            case 6: // a key written with escapes
                if (target.Parent is not JsonObject) goto case 4;
                var name = target.GetPropertyName();
                return root.ToJsonString().Replace($"\"{name}\":", $"\"\\u{(int)name[0]:x4}{name[1..]}\":");
            case 7: // a byte that is not UTF-8 inside a string, or a BOM
                var text = root.ToJsonString();
                var quote = text.IndexOf('"', random.Next(text.Length));
                return random.Next(2) == 0 || quote < 0 ? "\u00EF\u00BB\u00BF" + text : text.Insert(quote + 1, "\u00E9");
            case 8: // odd white space, comments and trailing commas
                return root.ToJsonString().Replace(",", random.Next(2) == 0 ? " ,\r\n\t" : ", /* note */ ").Replace("]", random.Next(3) == 0 ? ",]" : "]");
            default: // truncated
                var whole = root.ToJsonString();
                return whole[..random.Next(whole.Length)];
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        if (node.Parent is not null) into.Add(node);
        if (node is JsonObject o) foreach (var (_, v) in o) { if (v is not null) Collect(v, into); }
        if (node is JsonArray a) foreach (var v in a) { if (v is not null) Collect(v, into); }
    }

    private static void Replace(JsonNode target, JsonNode value)
    {
        if (target.Parent is JsonObject o) o[target.GetPropertyName()] = value;
        else if (target.Parent is JsonArray a) a[target.GetElementIndex()] = value;
    }

    private static void Remove(JsonNode target)
    {
        if (target.Parent is JsonObject o) o.Remove(target.GetPropertyName());
        else if (target.Parent is JsonArray a) a.RemoveAt(target.GetElementIndex());
    }

    // ---- the comparison ----

    /// <summary>Reads <paramref name="inputs"/> with the fast readers and with the document parsers only; the same graphs and errors. Returns the graphs.</summary>
    private static int AssertSameBothWays(params string[] inputs) => AssertSameBothWays(new GraphLoadOptions(), inputs);

    private static int AssertSameBothWays(GraphLoadOptions options, params string[] inputs)
    {
        var cache = new Caching.ResourceCache(64 << 20);
        var fast = Describe(SceneGraphInputs.Read(inputs, options with { Cache = cache }));
        var document = Describe(SceneGraphInputs.Read(inputs, options with { Cache = cache, DocumentParserOnly = true }));
        Assert.Equal(document, fast);
        return document.Count(d => !d.StartsWith("error", StringComparison.Ordinal));
    }

    private static List<string> Describe(IEnumerable<LoadOutcome> outcomes) =>
        [.. outcomes.Select(o => o.Error is { } e ? $"error [{e.Kind}] {e}" : Canonical(o.Graph!))];

    private static string Canonical(SceneGraph graph)
    {
        using var stream = new MemoryStream();
        using (var writer = new CanonicalGraphWriter(stream, ".")) writer.Write(graph);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

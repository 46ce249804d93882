using System.Text;
using System.Text.Json.Nodes;
using ProVision.Runtime.Loading;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Tests.Support;

namespace ProVision.Runtime.Tests.Loading;

/// <summary>
/// The <see cref="Utf8JsonReader"/> reader of canonical lines either gives the graph the document parser gives, or
/// hands the line to it (null): never a different graph, and never a graph for a line the document parser refuses.
/// </summary>
public sealed class CanonicalFastParserTests
{
    // The realistic corpus without its masks and depth maps (which always take the document parser).
    private static IEnumerable<string> RealisticLinesWithoutFiles() =>
        File.ReadLines(RealisticCorpus.Graphs).Where(l => l.Length > 0).Select(line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            node.Remove("depth");
            foreach (var o in node["objects"]!.AsArray()) o!.AsObject().Remove("mask");
            return node.ToJsonString();
        });

    public static TheoryData<string> Variants() =>
    [
        """{"image_id":"a","width":4,"height":4}""",
        """{"image_id":"a","width":4,"height":4,"objects":null,"relations":null,"image":null,"caption":null,"source":null,"depth":null}""",
        """{"image_id":"a","width":4.0,"height":4}""",
        """{"image_id":"a","width":4,"height":4,"width":5}""",
        """{"image_id":"a","width":4,"height":4,"extra":{"deep":[1,2,{"x":null}]},"objects":[{"label":"dog","box":[0,0,1,1],"color":"red"}]}""",
        """{"\u0069mage_id":"a","width":4,"height":4,"objects":[{"la\u0062el":"d\u00f6g","box":[0,0,1,1]}]}""",
        """{"image_id":"a","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1,1],"attributes":["grey and white","  big ","big","","light grey"]}]}""",
        """{"image_id":"a","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1,1],"attributes":[]},{"label":"cat","box":[1,1,2,2],"score":0.5}],"relations":[[0,"  sitting   on ",1],[1,"of",0],[1,"near",0]]}""",
        """{"image_id":"a","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1,1],"mask":null}]}""",
        """{"image_id":"a","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1]}]}""",
        """{"image_id":"a","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1,1e999]}]}""",
        """{"image_id":"a","width":4,"height":4,"objects":[{"label":null,"box":[0,0,1,1]}]}""",
        """{"image_id":"a","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1,1]}],"relations":[[0,"on",0,1]]}""",
        """{"image_id":"a","width":4,"height":4,"relations":[[0.0,"on",0]],"objects":[{"label":"dog","box":[0,0,1,1]}]}""",
        """{"image_id":"a","width":4,"height":4} x""",
        """{"image_id":"a","width":4,"height":4}  """,
        """{"image_id":"a","width":4,"height":""",
        """[{"image_id":"a"}]""",
        """{"image_id":7,"width":4,"height":4}""",
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_line_gives_the_document_parsers_graph_or_goes_to_it(string line) => AssertSameAsDocumentParser(line);

    [Fact]
    public void Realistic_lines_are_read_by_the_fast_parser_into_the_same_graphs()
    {
        var lines = RealisticLinesWithoutFiles().ToList();
        Assert.Equal(24, lines.Count);
        foreach (var line in lines)
        {
            Assert.True(AssertSameAsDocumentParser(line), "a plain valid line took the document parser: " + line[..60]);
        }
    }

    [Fact]
    public void Text_that_is_not_utf8_goes_to_the_document_parser()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"image_id":"a","width":4,"height":4,"objects":[{"label":"XX","box":[0,0,1,1]}]}""");
        var at = bytes.AsSpan().IndexOf("XX"u8);
        bytes[at] = 0xE9; // Latin-1 é
        Assert.Null(CanonicalGraphFastParser.TryParse(bytes, new Utf8StringPool()));
    }

    [Fact]
    public void Repeated_words_share_one_string_and_the_pool_stays_bounded()
    {
        var pool = new Utf8StringPool();
        var a = CanonicalGraphFastParser.TryParse("""{"image_id":"a","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1,1],"attributes":["red"]}]}"""u8, pool)!;
        var b = CanonicalGraphFastParser.TryParse("""{"image_id":"b","width":4,"height":4,"objects":[{"label":"dog","box":[0,0,1,1],"attributes":["red"]}]}"""u8, pool)!;
        Assert.Same(a.Objects[0].Label, b.Objects[0].Label);
        Assert.Same(a.Objects[0].Attributes[0], b.Objects[0].Attributes[0]);

        for (var i = 0; i < Utf8StringPool.MaxEntries + 100; i++)
        {
            var line = Encoding.UTF8.GetBytes($$"""{"image_id":"i{{i}}","width":4,"height":4,"objects":[{"label":"w{{i}}","box":[0,0,1,1]}]}""");
            Assert.Equal("w" + i, CanonicalGraphFastParser.TryParse(line, pool)!.Objects[0].Label);
        }
        Assert.Equal(Utf8StringPool.MaxEntries, pool.Count);
    }

    // True when the fast parser read the line (then into the document parser's graph); false when it handed it on.
    private static bool AssertSameAsDocumentParser(string line)
    {
        var fast = CanonicalGraphFastParser.TryParse(Encoding.UTF8.GetBytes(line), new Utf8StringPool());
        SceneGraph? full = null;
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(line, new System.Text.Json.JsonDocumentOptions { MaxDepth = 64 });
            full = CanonicalGraphParser.Parse(document.RootElement, "g.jsonl:1", ".", GraphLoadOptions.Default, out _);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or DataErrorException or FormatException)
        {
        }
        if (fast is null) return false;
        Assert.NotNull(full);
        Assert.Equal(Canonical(full), Canonical(fast));
        return true;
    }

    private static string Canonical(SceneGraph graph)
    {
        using var stream = new MemoryStream();
        using (var writer = new CanonicalGraphWriter(stream, ".")) writer.Write(graph);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

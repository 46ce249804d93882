using System.Text.Json;
using Parquet;
using ProVision.Runtime.Writing.Card;
using ProVision.Runtime.Writing.Parquet;
using YamlDotNet.RepresentationModel;

namespace ProVision.Cli.Tests;

/// <summary>The README.md dataset card that generate and merge write beside their output.</summary>
public sealed class DatasetCardTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Graphs() => _dir.Write("graphs.jsonl", string.Join("\n", Enumerable.Range(0, 6).Select(i =>
        $"{{'image_id': 'g{i}', 'image': 'images/g{i}.jpg', 'width': 100, 'height': 100, 'objects': [{{'label': 'dog', 'box': [0, 0, 10, 10]}}, {{'label': 'cup', 'box': [20, 0, 30, 10]}}]}}")) + "\n");

    private (int Code, string Out, string Err) Generate(params string[] extra) =>
        CliRunner.Run(["generate", "--graphs", Graphs(), "--generators", "ExistsObjectGenerator,MostObjectGenerator", "--seed", "3", .. extra]);

    private static YamlMappingNode FrontMatter(string card)
    {
        Assert.StartsWith("---\n", card, StringComparison.Ordinal);
        var end = card.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(card[4..end]));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    [Fact]
    public async Task Generate_writes_a_hugging_face_card_whose_features_are_the_parquet_ones()
    {
        var output = _dir.File("out/items.parquet");
        Directory.CreateDirectory(_dir.File("out"));

        var (code, _, err) = Generate("--out", output, "--chat", "messages");

        Assert.True(code == 0, err);
        var card = File.ReadAllText(_dir.File("out/README.md"));
        var front = FrontMatter(card);
        Assert.Equal("other", front["license"].ToString());
        Assert.Equal(["visual-question-answering", "image-text-to-text"], ((YamlSequenceNode)front["task_categories"]).Select(n => n.ToString()));
        Assert.Equal("n<1K", ((YamlSequenceNode)front["size_categories"])[0].ToString());
        var config = (YamlMappingNode)((YamlSequenceNode)front["configs"])[0];
        Assert.Equal("items.parquet", ((YamlMappingNode)((YamlSequenceNode)config["data_files"])[0])["path"].ToString());
        var info = (YamlMappingNode)front["dataset_info"];
        var names = ((YamlSequenceNode)info["features"]).Select(f => ((YamlMappingNode)f)["name"].ToString()).ToList();

        await using var reader = await ParquetReader.CreateAsync(output);
        using var metadata = JsonDocument.Parse(reader.CustomMetadata[HuggingFaceFeatures.MetadataKey]);
        Assert.Equal(metadata.RootElement.GetProperty("info").GetProperty("features").EnumerateObject().Select(p => p.Name), names);
        var items = reader.RowGroups.Sum(g => g.RowCount);
        Assert.Equal(items.ToString(System.Globalization.CultureInfo.InvariantCulture), ((YamlMappingNode)((YamlSequenceNode)info["splits"])[0])["num_examples"].ToString());

        Assert.Contains("| ExistsObjectGenerator | object | 6 |", card, StringComparison.Ordinal);
        Assert.Contains("| MostObjectGenerator | object |", card, StringComparison.Ordinal);
        Assert.Contains("- pack: `builtin`", card, StringComparison.Ordinal);
        Assert.Matches("hash `[0-9a-f]{64}`", card);
        Assert.Contains("- seed: 3", card, StringComparison.Ordinal);
        Assert.Contains("- `--chat messages`", card, StringComparison.Ordinal);
        Assert.Contains("provision generate --graphs", card, StringComparison.Ordinal);
        Assert.Contains("[report/index.html](report/index.html)", card, StringComparison.Ordinal);
    }

    [Fact]
    public void No_card_writes_none_and_a_readme_that_is_not_a_card_is_kept()
    {
        Assert.Equal(0, Generate("--out", _dir.File("a.jsonl"), "--no-card").Code);
        Assert.False(File.Exists(_dir.File("README.md")));

        File.WriteAllText(_dir.File("README.md"), "# my notes\n");
        var (code, _, err) = Generate("--out", _dir.File("a.jsonl"));
        Assert.Equal(0, code);
        Assert.Equal("# my notes\n", File.ReadAllText(_dir.File("README.md")));
        Assert.Contains("was not written by provision; the dataset card was not written", err, StringComparison.Ordinal);

        // A card written by an earlier run is replaced, and the same run writes the same card.
        File.Delete(_dir.File("README.md"));
        Assert.Equal(0, Generate("--out", _dir.File("a.jsonl")).Code);
        var first = File.ReadAllText(_dir.File("README.md"));
        Assert.Equal(0, Generate("--out", _dir.File("a.jsonl")).Code);
        Assert.Equal(first, File.ReadAllText(_dir.File("README.md")));
        Assert.DoesNotContain("dataset_info", first, StringComparison.Ordinal); // JSON Lines: the json loader types the columns
    }

    [Fact]
    public void Merge_writes_the_card_of_the_merged_items_and_shards_write_none()
    {
        for (var k = 1; k <= 2; k++) Assert.Equal(0, Generate("--out", _dir.File("s/items.jsonl"), "--shard", $"{k}/2").Code);
        Assert.False(File.Exists(_dir.File("s/README.md")));

        var (code, _, err) = CliRunner.Run("merge", _dir.File("s"), "--out", _dir.File("m/items.jsonl"));

        Assert.True(code == 0, err);
        var card = File.ReadAllText(_dir.File("m/README.md"));
        Assert.Contains("| ExistsObjectGenerator |  | 6 |", card, StringComparison.Ordinal);
        Assert.Contains("- seed: 3", card, StringComparison.Ordinal);
        Assert.Equal("n<1K", ((YamlSequenceNode)FrontMatter(card)["size_categories"])[0].ToString());
    }

    [Theory]
    [InlineData(0, "n<1K")]
    [InlineData(999, "n<1K")]
    [InlineData(1_000, "1K<n<10K")]
    [InlineData(100_000, "100K<n<1M")]
    [InlineData(2_500_000, "1M<n<10M")]
    public void Size_categories_are_the_hub_ones(long items, string category) => Assert.Equal(category, DatasetCard.SizeCategory(items));
}

using ProVision.Compiler.Packs;
using ProVision.Compiler.Tests.Compilation;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Tests.Packs;

/// <summary>pack.yaml: every field read, every mistake reported with its code, position and a useful message.</summary>
public sealed class PackManifestReaderTests
{
    private const string FullManifest = """
        name: basic
        version: 1.2.0
        description: The basic pack.
        sources:
          - src/*.pvg
          - extra/more.pvg
        vocabulary: vocabulary.json
        data: [labels, boxes, depth]
        defaults:
          seed: 42
          mc_ratio: 0.25
          choices: 3
          per_image: 5
          number_mode: word
          depth_threshold: 40
          images_per_item: 2
          items_per_graph_budget: 100
          time_budget_ms: 1500
        generators:
          enable: [ExistsObjectGenerator, Other]
          disable: [Other]
        snapshots:
          fixtures: [fixtures/kitchen.json]
          folder: snapshots
        """;

    [Fact]
    public void A_full_manifest_is_read_field_by_field()
    {
        using var folder = PackFolder(FullManifest);

        var result = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml"));

        Assert.False(result.HasErrors, result.FormatDiagnostics());
        var manifest = result.Manifest!;
        Assert.Equal("basic", manifest.Name.Value);
        Assert.Equal("1.2.0", manifest.Version);
        Assert.Equal("The basic pack.", manifest.Description);
        Assert.Equal(["src/*.pvg", "extra/more.pvg"], manifest.Sources.Select(s => s.Value));
        Assert.Equal(
            [Path.Combine(folder.Path, "src", "a.pvg"), Path.Combine(folder.Path, "src", "b.pvg"), Path.Combine(folder.Path, "extra", "more.pvg")],
            manifest.ResolvedSources.ToArray());
        Assert.Equal(Path.Combine(folder.Path, "vocabulary.json"), manifest.ResolvedVocabulary);
        Assert.Equal(DataNeeds.Labels | DataNeeds.Boxes | DataNeeds.Depth, manifest.Data);
        Assert.Equal(
            new PackDefaults
            {
                Seed = 42, McRatio = 0.25, Choices = 3, PerImage = 5, NumberMode = NumberMode.Word, DepthThreshold = 40,
                ImagesPerItem = 2, ItemsPerGraphBudget = 100, TimeBudget = TimeSpan.FromMilliseconds(1500),
            },
            manifest.Defaults);
        Assert.Equal(["ExistsObjectGenerator", "Other"], manifest.Generators.Enable.Select(s => s.Value));
        Assert.Equal(["Other"], manifest.Generators.Disable.Select(s => s.Value));
        Assert.Equal([Path.Combine(folder.Path, "fixtures", "kitchen.json")], manifest.Snapshots.ResolvedFixtures.ToArray());
        Assert.Equal("snapshots", manifest.Snapshots.Folder?.Value);
        Assert.Equal("src/*.pvg", result.Source.ToString(manifest.Sources[0].Span));
    }

    [Fact]
    public void Defaults_apply_to_generation_options()
    {
        using var folder = PackFolder(FullManifest);
        var defaults = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml")).Manifest!.Defaults;

        var options = defaults.ApplyTo(GenerationOptions.Default);

        Assert.Equal(
            GenerationOptions.Default with
            {
                Seed = 42, McRatio = 0.25, ChoiceCount = 3, NumberMode = NumberMode.Word, DepthThreshold = 40,
                ItemsPerGraphBudget = 100, TimeBudget = TimeSpan.FromMilliseconds(1500),
            },
            options);
    }

    [Fact]
    public void A_minimal_manifest_takes_every_default()
    {
        using var folder = new TempFolder();
        folder.Write("generators/nested/x.pvg", "");
        var path = folder.Write("pack.yaml", "name: tiny\n");

        var manifest = PackManifestReader.Read(path).Manifest!;

        Assert.Equal("0.0.0", manifest.Version);
        Assert.Equal([Path.Combine(folder.Path, "generators", "nested", "x.pvg")], manifest.ResolvedSources.ToArray());
        Assert.Equal(PackManifest.DefaultData, manifest.Data);
        Assert.Null(manifest.Vocabulary);
        Assert.Equal(new PackDefaults(), manifest.Defaults);
        Assert.Empty(manifest.Generators.Enable);
    }

    [Fact]
    public void An_unknown_key_suggests_the_nearest_one_at_its_position()
    {
        var (diagnostic, position) = Single("name: a\nsources: []\nvocabluary: v.json\n", "PV3003");

        Assert.Equal("unknown key 'vocabluary' in pack.yaml; did you mean 'vocabulary'?", diagnostic.Message);
        Assert.Equal("3:1", position);
    }

    [Fact]
    public void An_unknown_key_without_a_near_match_lists_the_keys()
    {
        var (diagnostic, position) = Single("name: a\nsources: []\ndefaults:\n  temperature: 3\n", "PV3003");

        Assert.Equal("unknown key 'temperature' in 'defaults'; the keys are seed, mc_ratio, choices, per_image, number_mode, depth_threshold, images_per_item, items_per_graph_budget, time_budget_ms", diagnostic.Message);
        Assert.Equal("4:3", position);
    }

    [Fact]
    public void A_dashed_key_suggests_the_underscored_one()
    {
        var (diagnostic, _) = Single("name: a\nsources: []\ndefaults:\n  mc-ratio: 0.5\n", "PV3003");

        Assert.Equal("unknown key 'mc-ratio' in 'defaults'; did you mean 'mc_ratio'?", diagnostic.Message);
    }

    [Fact]
    public void A_missing_name_is_PV3005()
    {
        var (diagnostic, position) = Single("version: 1.0\nsources: []\n", "PV3005");

        Assert.Equal("missing 'name'; add a line such as 'name: my-pack' at the top level of pack.yaml", diagnostic.Message);
        Assert.Equal("1:1", position);
    }

    [Fact]
    public void An_empty_manifest_is_missing_its_name()
    {
        var (diagnostic, _) = Single("# nothing yet\n", "PV3005");

        Assert.StartsWith("missing 'name'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: [a, b]\nsources: []\n", "'name' must be text, found a list", "1:7")]
    [InlineData("name: a\nsources: {x: 1}\n", "'sources' must be a list of text, found a mapping", "2:10")]
    [InlineData("name: a\nsources: []\ndefaults:\n  choices: four\n", "'choices' must be a whole number from 2 to 26, found 'four'", "4:12")]
    [InlineData("name: a\nsources: []\ndefaults:\n  seed: 1.5\n", "'seed' must be a whole number from 0 to 2^64-1, found '1.5'", "4:9")]
    [InlineData("name: a\nsources: []\ndefaults:\n  mc_ratio:\n", "'mc_ratio' must be a number in [0, 1], found nothing", "4:12")]
    [InlineData("name: a\nsources: [1, [2]]\n", "'sources[1]' must be text, found a list", "2:14")]
    public void A_value_of_the_wrong_kind_is_PV3004(string yaml, string message, string position)
    {
        var (diagnostic, at) = Single(yaml, "PV3004");

        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(position, at);
    }

    [Theory]
    [InlineData("mc_ratio: 1.5", "'mc_ratio' must be a number in [0, 1], found 1.5")]
    [InlineData("mc_ratio: -0.1", "'mc_ratio' must be a number in [0, 1], found -0.1")]
    [InlineData("choices: 1", "'choices' must be a whole number from 2 to 26, found 1")]
    [InlineData("choices: 27", "'choices' must be a whole number from 2 to 26, found 27")]
    [InlineData("seed: -3", "'seed' must be a whole number from 0 to 2^64-1, found -3")]
    [InlineData("depth_threshold: 300", "'depth_threshold' must be a number in [0, 255], found 300")]
    [InlineData("images_per_item: 0", "'images_per_item' must be a whole number from 1 to 16, found 0")]
    [InlineData("items_per_graph_budget: 0", "'items_per_graph_budget' must be a whole number of at least 1, found 0")]
    [InlineData("time_budget_ms: 0", "'time_budget_ms' must be a whole number of milliseconds of at least 1, or none, found 0")]
    [InlineData("per_image: -1", "'per_image' must be a whole number of at least 1, found -1")]
    public void A_default_out_of_range_is_PV3011(string line, string message)
    {
        var (diagnostic, position) = Single($"name: a\nsources: []\ndefaults:\n  {line}\n", "PV3011");

        Assert.Equal(message, diagnostic.Message);
        Assert.Equal($"4:{line.IndexOf(':', StringComparison.Ordinal) + 5}", position);
    }

    [Fact]
    public void An_infinite_time_budget_is_none()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pack.yaml", "name: a\nsources: []\ndefaults:\n  time_budget_ms: none\n");

        Assert.Equal(Timeout.InfiniteTimeSpan, PackManifestReader.Read(path).Manifest!.Defaults.TimeBudget);
    }

    [Fact]
    public void An_unknown_number_mode_is_PV3012()
    {
        var (diagnostic, _) = Single("name: a\nsources: []\ndefaults:\n  number_mode: roman\n", "PV3012");

        Assert.Equal("'number_mode' must be one of numeric, word or random, found 'roman'", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_data_kind_is_PV3010_with_a_suggestion()
    {
        var (diagnostic, position) = Single("name: a\nsources: []\ndata: [labels, mask]\n", "PV3010");

        Assert.Equal("unknown data kind 'mask' (did you mean 'masks'?); the kinds are labels, boxes, attributes, relations, depth and masks", diagnostic.Message);
        Assert.Equal("3:16", position);
    }

    [Fact]
    public void A_missing_source_file_is_PV3008()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pack.yaml", "name: a\nsources:\n  - src/missing.pvg\n");

        var result = PackManifestReader.Read(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PV3008", diagnostic.Code);
        Assert.Equal($"source file 'src/missing.pvg' not found in '{folder.Path}'; paths are relative to the folder holding pack.yaml", diagnostic.Message);
        Assert.Equal("3:5", result.Source.GetLinePosition(diagnostic.Span.Start).ToString());
        Assert.Null(result.Manifest);
    }

    [Fact]
    public void A_missing_vocabulary_or_fixture_is_PV3008()
    {
        using var folder = new TempFolder();
        folder.Write("a.pvg", "");
        var path = folder.Write("pack.yaml", "name: a\nvocabulary: vocab.json\nsnapshots:\n  fixtures: [f.json]\n");

        var result = PackManifestReader.Read(path);

        Assert.Equal(
            [$"vocabulary file 'vocab.json' not found in '{folder.Path}'", $"snapshot fixture 'f.json' not found in '{folder.Path}'"],
            result.Diagnostics.Select(d => d.Message[..d.Message.IndexOf(';', StringComparison.Ordinal)]));
        Assert.All(result.Diagnostics, d => Assert.Equal("PV3008", d.Code));
    }

    [Fact]
    public void A_glob_matching_nothing_is_PV3009()
    {
        using var folder = new TempFolder();
        folder.Write("src/a.txt", "");
        var path = folder.Write("pack.yaml", "name: a\nsources: [\"src/**/*.pvg\"]\n");

        var result = PackManifestReader.Read(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PV3009", diagnostic.Code);
        Assert.Equal($"'src/**/*.pvg' matches no file in '{folder.Path}'; fix the pattern or remove it", diagnostic.Message);
        Assert.Equal("2:11", result.Source.GetLinePosition(diagnostic.Span.Start).ToString());
    }

    [Fact]
    public void Globs_match_within_and_across_folders_in_path_order_without_repeats()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "b.pvg", "a.pvg", "sub/c.pvg", "sub/deep/d.pvg", "sub/deep/e.txt", ".hidden/h.pvg" })
        {
            folder.Write(file, "");
        }
        var path = folder.Write("pack.yaml", "name: a\nsources: [\"sub/**/*.pvg\", \"*.pvg\", a.pvg, \"s?b/c.pvg\"]\n");

        var manifest = PackManifestReader.Read(path).Manifest!;

        Assert.Equal(
            ["sub/c.pvg", "sub/deep/d.pvg", "a.pvg", "b.pvg"],
            manifest.ResolvedSources.Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/')));
    }

    [Theory]
    [InlineData("sources: [../other/x.pvg]", "../other/x.pvg")]
    [InlineData("sources: [/etc/passwd]", "/etc/passwd")]
    [InlineData("vocabulary: ../../secrets.json", "../../secrets.json")]
    [InlineData("snapshots:\n  folder: ../out", "../out")]
    public void A_path_leaving_the_pack_is_PV3013(string yaml, string shown)
    {
        var (diagnostic, _) = Single("name: a\n" + yaml + "\n", "PV3013", extraFiles: ["a.pvg"]);

        Assert.Equal($"'{shown}' points outside the pack; use a path relative to pack.yaml that stays inside its folder", diagnostic.Message);
    }

    [Fact]
    public void Invalid_yaml_is_PV3001_at_the_error()
    {
        var (diagnostic, position) = Single("name: a\nsources: [a, b\n", "PV3001");

        Assert.StartsWith("pack.yaml is not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("3:1", position);
    }

    [Fact]
    public void A_repeated_key_is_PV3006()
    {
        var (diagnostic, position) = Single("name: a\nsources: []\nname: b\n", "PV3006");

        Assert.Equal("'name' is given twice; keep one", diagnostic.Message);
        Assert.Equal("3:1", position);
    }

    [Fact]
    public void A_bad_pack_name_is_PV3007()
    {
        var (diagnostic, _) = Single("name: \"my pack!\"\nsources: []\n", "PV3007");

        Assert.Equal("pack name 'my pack!' must start with a letter and contain only letters, digits, '.', '-' and '_'", diagnostic.Message);
    }

    [Fact]
    public void A_top_level_list_is_PV3002()
    {
        var (diagnostic, _) = Single("- name: a\n", "PV3002");

        Assert.Equal("pack.yaml must be a mapping of 'key: value' lines, found a list", diagnostic.Message);
    }

    [Fact]
    public void Several_mistakes_are_reported_together_in_file_order()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pack.yaml", "nmae: a\nsources: [x.pvg]\ndata: [colour]\ndefaults:\n  mc_ratio: 2\n");

        var result = PackManifestReader.Read(path);

        Assert.Equal(["PV3003", "PV3005", "PV3008", "PV3010", "PV3011"], result.Diagnostics.Select(d => d.Code).Order());
        Assert.Equal(result.Diagnostics.OrderBy(d => d.Span.Start), result.Diagnostics);
        Assert.Contains("pack.yaml(1,1): error PV3003: unknown key 'nmae' in pack.yaml; did you mean 'name'?\n    nmae: a\n    ^^^^", result.FormatDiagnostics(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_a_pvpack_files_are_not_looked_for()
    {
        var result = PackManifestReader.Parse("name: a\nsources: [src/*.pvg]\nvocabulary: v.json\n", "/nowhere/a.pvpack!/pack.yaml", resolveFiles: false);

        Assert.False(result.HasErrors, result.FormatDiagnostics());
        Assert.Empty(result.Manifest!.ResolvedSources);
        Assert.Null(result.Manifest.ResolvedVocabulary);
    }

    private static (ProVision.Compiler.Diagnostics.Diagnostic Diagnostic, string Position) Single(string yaml, string code, string[]? extraFiles = null)
    {
        using var folder = new TempFolder();
        foreach (var file in extraFiles ?? [])
        {
            folder.Write(file, "");
        }
        var result = PackManifestReader.Read(folder.Write("pack.yaml", yaml));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Null(result.Manifest);
        return (diagnostic, result.Source.GetLinePosition(diagnostic.Span.Start).ToString());
    }

    private static TempFolder PackFolder(string manifest)
    {
        var folder = new TempFolder();
        folder.Write("pack.yaml", manifest);
        folder.Write("src/b.pvg", "");
        folder.Write("src/a.pvg", "");
        folder.Write("extra/more.pvg", "");
        folder.Write("vocabulary.json", "{}");
        folder.Write("fixtures/kitchen.json", "{}");
        return folder;
    }
}

namespace ProVision.Cli.Tests;

/// <summary>
/// <c>provision new</c>: every family's scaffold checks and produces items on its own fixture; names, clashes and
/// broken or missing packs are refused with nothing written; pack.yaml edits keep the user's text.
/// </summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Families => new() { "object", "attribute", "relation", "depth", "segmentation", "scene-graph", "multi-image" };

    [Theory]
    [MemberData(nameof(Families))]
    public void Each_family_scaffolds_a_generator_that_checks_and_produces_items_on_its_fixture(string family)
    {
        var pack = Path.Combine(_dir.Path, "pack");
        var (code, stdout, stderr) = CliRunner.Run("new", "pack", pack, "--generator", "MyGenerator", "--family", family);
        Assert.True(code == 0, stderr);

        var source = Path.Combine(pack, family, "MyGenerator.pvg");
        var fixture = Path.Combine(pack, "fixtures", family + ".jsonl");
        var snapshot = Path.Combine(pack, "snapshots", $"MyGenerator.{(family == "multi-image" ? "all" : family)}.verified.txt");
        Assert.Contains("generator MyGenerator {", File.ReadAllText(source));
        Assert.Contains($"family {family}", File.ReadAllText(source));
        Assert.True(File.Exists(fixture), stdout);
        Assert.Equal("", File.ReadAllText(snapshot));
        Assert.Contains($"fixtures: [fixtures/{family}.jsonl]", File.ReadAllText(Path.Combine(pack, "pack.yaml")));

        var manifest = Path.Combine(pack, "pack.yaml");
        var check = CliRunner.Run("check", manifest);
        Assert.True(check.Code == 0, check.Out + check.Err);
        Assert.Contains("1 generator(s), no errors, 0 warning(s)", check.Out);

        var items = _dir.File("items.jsonl");
        var generate = CliRunner.Run("generate", "--pack", manifest, "--graphs", fixture, "--per-image", "all", "--out", items);
        Assert.True(generate.Code == 0, generate.Out + generate.Err);
        var lines = File.ReadAllLines(items);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains("\"generator\":\"MyGenerator\"", line));
    }

    [Fact]
    public void Every_family_scaffolded_into_one_pack_checks_together()
    {
        var pack = Path.Combine(_dir.Path, "all");
        Assert.Equal(0, CliRunner.Run("new", "pack", pack).Code);
        var manifest = Path.Combine(pack, "pack.yaml");
        foreach (var family in Families)
        {
            var name = "Example" + string.Concat(family.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            var (code, _, stderr) = CliRunner.Run("new", name, "--pack", manifest, "--family", family);
            Assert.True(code == 0, stderr);
        }

        var check = CliRunner.Run("check", manifest);
        Assert.True(check.Code == 0, check.Out);
        Assert.Contains("7 generator(s), no errors, 0 warning(s)", check.Out);
        var text = File.ReadAllText(manifest);
        Assert.Contains("data: [labels, boxes, attributes, relations, masks, depth]", text);
    }

    [Theory]
    [InlineData("3d", "'3d' is not a valid generator name", "try 'Generator3d'")]
    [InlineData("largest object", "'largest object' is not a valid generator name", "try 'LargestObject'")]
    [InlineData("sample", "'sample' is a reserved word", "try 'Sample'")]
    public void A_bad_name_is_refused_with_a_valid_suggestion_and_nothing_written(string name, string why, string suggestion)
    {
        var manifest = ExistingPack();
        var before = Snapshot();

        var (code, _, stderr) = CliRunner.Run("new", name, "--pack", manifest);

        Assert.Equal(1, code);
        Assert.Contains(why, stderr);
        Assert.Contains(suggestion, stderr);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void An_existing_generator_or_alias_is_refused_naming_its_file_and_line()
    {
        var manifest = ExistingPack();
        var before = Snapshot();

        var byName = CliRunner.Run("new", "Counting", "--pack", manifest);
        var byAlias = CliRunner.Run("new", "HowMany", "--pack", manifest);

        Assert.Equal(1, byName.Code);
        Assert.Contains("already has a generator named 'Counting'", byName.Err);
        Assert.Contains("src/count.pvg(2,11); choose another name", byName.Err.Replace('\\', '/'));
        Assert.Equal(1, byAlias.Code);
        Assert.Contains("an alias of generator 'Counting' named 'HowMany'", byAlias.Err);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_second_generator_of_the_same_name_is_refused_after_the_first_was_scaffolded()
    {
        var manifest = ExistingPack();
        Assert.Equal(0, CliRunner.Run("new", "Closer", "--pack", manifest, "--family", "depth").Code);
        var before = Snapshot();

        var (code, _, stderr) = CliRunner.Run("new", "Closer", "--pack", manifest, "--family", "depth");

        Assert.Equal(1, code);
        Assert.Contains("src/Closer.pvg", stderr.Replace('\\', '/'));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_missing_pack_is_refused_with_the_command_that_creates_one()
    {
        var missing = Path.Combine(_dir.Path, "nowhere", "pack.yaml");

        var (code, _, stderr) = CliRunner.Run("new", "Thing", "--pack", missing);

        Assert.Equal(1, code);
        Assert.Contains("no such pack.yaml", stderr);
        Assert.Contains("provision new pack", stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "nowhere")));
        Assert.Contains("--pack is required", CliRunner.Run("new", "Thing").Err);
    }

    [Fact]
    public void A_malformed_manifest_is_refused_with_its_diagnostics_and_left_alone()
    {
        var manifest = _dir.Write("pack.yaml", "name: demo\nsources: [oops\n");
        var before = Snapshot();

        var (code, _, stderr) = CliRunner.Run("new", "Thing", "--pack", manifest);

        Assert.Equal(1, code);
        Assert.Contains("has errors; fix them first", stderr);
        Assert.Contains("PV3001", stderr);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_fixture_name_with_a_dot_is_refused_and_a_pack_folder_stands_for_its_pack_yaml()
    {
        var manifest = ExistingPack();
        var before = Snapshot();

        var dotted = CliRunner.Run("new", "Thing", "--pack", manifest, "--fixture", "my.scenes");
        Assert.Equal(1, dotted.Code);
        Assert.Contains("'my.scenes' cannot name a fixture file", dotted.Err);
        Assert.Equal(before, Snapshot());

        var byFolder = CliRunner.Run("new", "Thing", "--pack", _dir.Path, "--fixture", "sample");
        Assert.True(byFolder.Code == 0, byFolder.Err);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "fixtures", "sample.jsonl")));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "snaps", "Thing.sample.verified.txt")));
    }

    [Fact]
    public void An_unknown_family_is_refused_listing_the_families()
    {
        var manifest = ExistingPack();

        var (code, _, stderr) = CliRunner.Run("new", "Thing", "--pack", manifest, "--family", "colour");

        Assert.Equal(1, code);
        Assert.Contains("unknown family 'colour'; the families are: object, attribute, relation, depth, segmentation, scene-graph, multi-image", stderr);
    }

    [Fact]
    public void Manifest_edits_keep_comments_layout_and_order_and_register_an_explicit_generator_list()
    {
        var manifest = ExistingPack();

        var (code, stdout, stderr) = CliRunner.Run("new", "Closer", "--pack", manifest, "--family", "depth");

        Assert.True(code == 0, stderr);
        Assert.Equal("""
            # my pack, written by hand
            name: demo   # the name
            sources: ["src/*.pvg"]   # a flow list, quoted
            data:
              - labels     # what we read
              - boxes
              - masks
              - depth
            # a comment between sections
            generators:
              enable:
                - Counting   # only this one
                - Closer
            snapshots:
              fixtures: [fixtures/depth.jsonl]
              folder: snaps   # where snapshots go

            """.Replace("\r\n", "\n"), File.ReadAllText(manifest));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "src", "Closer.pvg")));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "snaps", "Closer.depth.verified.txt")));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "fixtures", "depth.kitchen.depth.npy")));
        Assert.Contains("added Closer to generators.enable", stdout);
        Assert.Equal(0, CliRunner.Run("check", manifest).Code);
    }

    [Fact]
    public void A_scalar_source_that_misses_the_file_gains_an_entry_and_crlf_line_ends_are_kept()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "src"));
        _dir.Write("src/count_gen.pvg", CountingGenerator);
        var manifest = _dir.File("pack.yaml");
        File.WriteAllText(manifest, "name: demo\r\nsources: src/*_gen.pvg\r\nsnapshots: {folder: snaps}\r\n");

        var (code, _, stderr) = CliRunner.Run("new", "Related", "--pack", manifest, "--family", "relation", "--fixture", "scenes");

        Assert.True(code == 0, stderr);
        Assert.Equal(
            "name: demo\r\nsources: [src/*_gen.pvg, src/Related.pvg]\r\nsnapshots: {folder: snaps, fixtures: [fixtures/scenes.jsonl]}\r\ndata: [labels, boxes, relations]\r\n",
            File.ReadAllText(manifest));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "snaps", "Related.scenes.verified.txt")));
        Assert.Equal(0, CliRunner.Run("check", manifest).Code);
    }

    [Fact]
    public void An_existing_fixture_is_reused_as_it_is()
    {
        var manifest = ExistingPack();
        var fixture = Path.Combine(_dir.Path, "fixtures", "mine.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(fixture)!);
        const string Graph = "{\"image_id\": \"a\", \"width\": 10, \"height\": 10, \"objects\": [{\"label\": \"dog\", \"box\": [0, 0, 5, 5]}]}\n";
        File.WriteAllText(fixture, Graph);

        var (code, stdout, _) = CliRunner.Run("new", "Dogs", "--pack", manifest, "--fixture", "mine");

        Assert.Equal(0, code);
        Assert.Contains("using the existing fixture", stdout);
        Assert.Equal(Graph, File.ReadAllText(fixture));
        Assert.Contains("fixtures: [fixtures/mine.jsonl]", File.ReadAllText(manifest));
    }

    [Fact]
    public void A_manifest_that_fails_after_scaffolding_is_restored_and_the_new_files_removed()
    {
        // The vocabulary file is missing: scaffolding cannot fix that, so the pack would still not load.
        var manifest = _dir.Write("pack.yaml", "name: demo\nvocabulary: vocab.json\n");
        var before = Snapshot();

        var (code, _, stderr) = CliRunner.Run("new", "Thing", "--pack", manifest);

        Assert.Equal(1, code);
        Assert.Contains("vocab.json", stderr);
        Assert.Contains("nothing was changed", stderr);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void New_pack_refuses_to_overwrite_a_pack_and_checks_its_generator_name_first()
    {
        var manifest = ExistingPack();

        var existing = CliRunner.Run("new", "pack", _dir.Path);
        Assert.Equal(1, existing.Code);
        Assert.Contains("already exists", existing.Err);

        var fresh = Path.Combine(_dir.Path, "fresh");
        var badName = CliRunner.Run("new", "pack", fresh, "--generator", "not valid");
        Assert.Equal(1, badName.Code);
        Assert.False(Directory.Exists(fresh));
        Assert.Contains("not a valid generator name", badName.Err);
        Assert.True(File.Exists(manifest));
    }

    private const string CountingGenerator = """
        # counts
        generator Counting {
          family object
          needs labels
          alias HowMany
          for label, group in objects grouped by label
          emit {
            name   = plural(label)
            answer = count(group)
          }
          ask "how many {name}?" -> "{answer}"
        }
        """;

    private string ExistingPack()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "src"));
        File.WriteAllText(_dir.File("src/count.pvg"), CountingGenerator);
        var manifest = _dir.File("pack.yaml");
        File.WriteAllText(manifest, """
            # my pack, written by hand
            name: demo   # the name
            sources: ["src/*.pvg"]   # a flow list, quoted
            data:
              - labels     # what we read
              - boxes
            # a comment between sections
            generators:
              enable:
                - Counting   # only this one
            snapshots:
              folder: snaps   # where snapshots go

            """.Replace("\r\n", "\n"));
        return manifest;
    }

    // Every file under the temp folder with its content, to show a refusal changed nothing.
    private string Snapshot() => string.Join("\n", Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(_dir.Path, f) + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))))
        + "|" + string.Join(",", Directory.EnumerateDirectories(_dir.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
}

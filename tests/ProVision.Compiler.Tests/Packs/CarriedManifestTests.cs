using ProVision.Compiler.Packs;
using ProVision.Compiler.Tests.Compilation;

namespace ProVision.Compiler.Tests.Packs;

/// <summary>
/// Issue 13, item 6: a pack.yaml parsed at build time and carried (the built-in pack's) reads exactly as the file
/// parsed, and only for the very text it was parsed from; a stale or damaged carried tree is never used.
/// </summary>
public sealed class CarriedManifestTests
{
    private const string Manifest = """
        # a comment before the keys
        name: carried
        version: 2.0.0
        description: "quoted: text"
        sources:
          - "*.pvg"
        vocabulary: vocabulary.json
        data: [labels, boxes, relations]
        defaults:
          seed: 7
          mc_ratio: 0.25
          number_mode: word
        generators:
          disable: [Other]
        snapshots:
          fixtures: [fixtures/a.json]
          folder: snapshots
        unknown_key: 1
        """;

    [Fact]
    public void A_carried_tree_reads_field_for_field_and_message_for_message_as_the_parsed_file()
    {
        using var folder = Folder(Manifest);
        var carried = new CarriedManifest(Manifest, CarriedManifest.Encode(Manifest)!);

        Assert.NotNull(carried.TreeFor(Manifest));
        var parsed = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml"));
        var fromCarried = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml"), carried: carried);

        Assert.Equal(Describe(parsed), Describe(fromCarried));
        // The unknown key's message and span come through too (PV3002 with its position).
        Assert.Contains("unknown_key", fromCarried.FormatDiagnostics(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_one_byte_off_the_carried_text_is_parsed_not_taken_from_the_carried_tree()
    {
        var built = Manifest.Replace("unknown_key: 1", "", StringComparison.Ordinal);
        var stale = built.Replace("name: carried", "name: other", StringComparison.Ordinal);
        using var folder = Folder(stale);
        var carried = new CarriedManifest(built, CarriedManifest.Encode(built)!);

        Assert.NotNull(carried.TreeFor(built));
        Assert.Null(carried.TreeFor(stale));
        Assert.Null(carried.TreeFor(built + " "));
        var read = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml"), carried: carried);

        Assert.Equal("other", read.Manifest!.Name.Value);
        Assert.Equal(Describe(PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml"))), Describe(read));
    }

    public static TheoryData<string> DamagedTrees => new()
    {
        "",
        "X0,0,0;",
        "M0,0,1;S0,4,1,4:name;",            // a mapping entry without its value
        "S0,4,1,400:name;",                  // a scalar longer than the tree
        "S0,99999,1,4:name;",                // a span beyond the text
        "M0,0,99999999999;",                 // a count that does not fit
        "S-1,4,1,4:name;",
        "S0,4,2,4:name;",
        "L0,0,1;L0,0,1;L0,0,1;" + string.Concat(Enumerable.Repeat("L0,0,1;", 100)) + "S0,1,1,1:x;",  // nesting too deep
    };

    [Theory]
    [MemberData(nameof(DamagedTrees))]
    public void A_damaged_carried_tree_is_not_used_and_the_file_is_parsed(string tree)
    {
        using var folder = Folder(Manifest);
        var carried = new CarriedManifest(Manifest, tree);

        Assert.Null(carried.TreeFor(Manifest));
        var read = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml"), carried: carried);

        Assert.Equal(Describe(PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml"))), Describe(read));
    }

    [Fact]
    public void A_tree_with_trailing_bytes_is_not_used()
    {
        var carried = new CarriedManifest(Manifest, CarriedManifest.Encode(Manifest)! + "S0,1,1,1:x;");

        Assert.Null(carried.TreeFor(Manifest));
    }

    [Fact]
    public void Text_that_is_not_yaml_has_no_tree_to_carry()
    {
        Assert.Null(CarriedManifest.Encode("name: [unclosed"));
        Assert.Null(CarriedManifest.Encode(""));
    }

    private static TempFolder Folder(string manifest)
    {
        var folder = new TempFolder();
        folder.Write("pack.yaml", manifest);
        folder.Write("a.pvg", "");
        folder.Write("vocabulary.json", "{}");
        folder.Write("fixtures/a.json", "{}");
        return folder;
    }

    // Everything a read gives, as text: the manifest's fields with their spans, and every diagnostic.
    private static string Describe(PackManifestResult read)
    {
        var m = read.Manifest;
        var fields = m is null
            ? "no manifest"
            : string.Join("\n", m.Name, m.Name.Span, m.Version, m.Description, string.Join(",", m.Sources.Select(s => $"{s.Value}@{s.Span}")),
                string.Join(",", m.ResolvedSources), m.Vocabulary?.Span, m.ResolvedVocabulary, m.Data, m.DataSpan, m.Defaults,
                string.Join(",", m.Generators.Enable), string.Join(",", m.Generators.Disable.Select(s => $"{s.Value}@{s.Span}")),
                string.Join(",", m.Snapshots.ResolvedFixtures), m.Snapshots.Folder);
        return fields + "\n" + read.FormatDiagnostics();
    }
}

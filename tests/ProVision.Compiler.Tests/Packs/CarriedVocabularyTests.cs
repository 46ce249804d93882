using ProVision.Compiler.Packs;
using ProVision.Compiler.Tests.Compilation;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Tests.Packs;

/// <summary>
/// Issue 13, item 6: a vocabulary file read at build time and carried (the built-in pack's) is built from its carried
/// entries only for the very text it was read from; a changed file, or damaged carried entries, are parsed from the
/// file, with the file's own located errors.
/// </summary>
public sealed class CarriedVocabularyTests
{
    private const string Built = """{ "countable": { "dog": true }, "predicates": ["on"] }""";

    // Tables that say otherwise than Built (dog not countable, another predicate): a vocabulary from them shows they were used.
    private static CarriedVocabulary CarryingOther(string text) =>
        new(text, VocabularyTables.Encode("""{ "countable": { "dog": false }, "predicates": ["under"] }""")!);

    [Fact]
    public void A_file_of_exactly_the_carried_text_is_built_from_the_carried_entries()
    {
        var (vocabulary, json, diagnostics) = Read(Built, CarryingOther(Built));

        Assert.Empty(diagnostics);
        Assert.Equal(Built, json);
        Assert.False(vocabulary.ExplicitCountable("dog"));
        Assert.Equal(["under"], vocabulary.Predicates.AsEnumerable());
    }

    [Theory]
    [InlineData(Built + " ")]
    [InlineData("""{ "countable": { "dog": true }, "predicates": ["of"] }""")]
    [InlineData("")]
    public void A_file_one_byte_off_the_carried_text_is_parsed(string file)
    {
        var carried = CarryingOther(Built);
        Assert.Null(carried.VocabularyFor(file, out var whyNot));
        Assert.Equal("the file differs from its build", whyNot);

        var (vocabulary, json, _) = Read(file, carried);
        var (parsed, _, _) = Read(file, carried: null);

        Assert.Equal(file, json);
        Assert.Equal(parsed.Predicates.AsEnumerable(), vocabulary.Predicates.AsEnumerable());
        Assert.Equal(parsed.ExplicitCountable("dog"), vocabulary.ExplicitCountable("dog"));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("C3:do")]
    [InlineData("P2:onS5;")]
    public void Damaged_carried_entries_are_not_used_and_the_file_is_parsed(string tables)
    {
        var carried = new CarriedVocabulary(Built, tables);
        Assert.Null(carried.VocabularyFor(Built, out var whyNot));
        Assert.Equal("the carried entries are damaged", whyNot);

        var (vocabulary, _, diagnostics) = Read(Built, carried);

        Assert.Empty(diagnostics);
        Assert.True(vocabulary.ExplicitCountable("dog"));
        Assert.Equal(["on"], vocabulary.Predicates.AsEnumerable());
    }

    [Fact]
    public void A_broken_file_beside_a_carried_vocabulary_gets_the_located_error_it_gets_without_one()
    {
        const string broken = "{\n  \"countable\": { \"dog\": \"maybe\" }\n}";

        var (_, _, diagnostics) = Read(broken, CarryingOther(Built));
        var (_, _, alone) = Read(broken, carried: null);

        var error = Assert.Single(diagnostics);
        Assert.Equal("PV3014", error.Code);
        Assert.Contains("countable.dog", error.Message, StringComparison.Ordinal);
        Assert.Contains("pack.yaml(3,", error.FormatHeader(), StringComparison.Ordinal);
        // The same message at the same place (each read has its own folder, which Read writes as <pack>).
        Assert.Equal(alone.Select(d => d.Message), diagnostics.Select(d => d.Message));
        Assert.Equal(alone.Select(d => d.Diagnostic.Span), diagnostics.Select(d => d.Diagnostic.Span));
    }

    [Fact]
    public void A_pack_without_a_vocabulary_file_has_the_empty_vocabulary_whatever_is_carried()
    {
        using var folder = new TempFolder();
        folder.Write("pack.yaml", "name: carried\nversion: 1.0.0\nsources: [\"a.pvg\"]\n");
        folder.Write("a.pvg", "");
        var manifest = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml")).Manifest!;
        var diagnostics = new List<PackDiagnostic>();

        var (vocabulary, json) = PackLoader.ReadVocabulary(manifest, diagnostics, CarryingOther(Built));

        Assert.Null(json);
        Assert.Same(Vocabulary.Empty, vocabulary);
        Assert.Empty(diagnostics);
    }

    private static (Vocabulary Vocabulary, string? Json, List<PackDiagnostic> Diagnostics) Read(string file, CarriedVocabulary? carried)
    {
        using var folder = new TempFolder();
        folder.Write("pack.yaml", "name: carried\nversion: 1.0.0\nvocabulary: vocabulary.json\nsources: [\"a.pvg\"]\n");
        folder.Write("a.pvg", "");
        folder.Write("vocabulary.json", file);
        var manifest = PackManifestReader.Read(Path.Combine(folder.Path, "pack.yaml")).Manifest!;
        var diagnostics = new List<PackDiagnostic>();
        var (vocabulary, json) = PackLoader.ReadVocabulary(manifest, diagnostics, carried);
        return (vocabulary, json, [.. diagnostics.Select(d => d with { Diagnostic = d.Diagnostic with { Message = d.Message.Replace(folder.Path, "<pack>", StringComparison.Ordinal) } })]);
    }
}

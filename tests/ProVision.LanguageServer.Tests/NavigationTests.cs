using System.Text.Json;

namespace ProVision.LanguageServer.Tests;

/// <summary>Definition, references and rename, within a generator and across the pack's files.</summary>
public sealed class NavigationTests
{
    [Fact]
    public async Task A_phrase_set_in_a_template_goes_to_its_declaration_in_another_file()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var answer = await workspace.AtAsync("textDocument/definition", workspace.CountPath, ScratchWorkspace.Count, "{lead}", 2);
        var location = answer.GetProperty("result").EnumerateArray().Single();
        Assert.Equal(ScratchWorkspace.Uri(workspace.PhrasesPath), location.GetProperty("uri").GetString());
        Assert.Equal(Json(ScratchWorkspace.PositionOf(ScratchWorkspace.Phrases, "lead =")), Json(location.GetProperty("range").GetProperty("start")));
    }

    [Fact]
    public async Task A_slot_in_a_template_goes_to_its_emit_entry()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var answer = await workspace.AtAsync("textDocument/definition", workspace.CountPath, ScratchWorkspace.Count, "{name} [are", 2);
        var location = answer.GetProperty("result").EnumerateArray().Single();
        Assert.Equal(Json(ScratchWorkspace.PositionOf(ScratchWorkspace.Count, "name = plural")), Json(location.GetProperty("range").GetProperty("start")));
    }

    [Fact]
    public async Task References_of_a_let_are_its_declaration_and_uses()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var answer = await workspace.AtAsync("textDocument/references", workspace.CountPath, ScratchWorkspace.Count, "let n", 4, new { includeDeclaration = true });
        var starts = answer.GetProperty("result").EnumerateArray().Select(l => Json(l.GetProperty("range").GetProperty("start"))).ToList();
        Assert.Equal(
            [Json(ScratchWorkspace.PositionOf(ScratchWorkspace.Count, "n = count")), Json(ScratchWorkspace.PositionOf(ScratchWorkspace.Count, "n)", occurrence: 1)),
             Json(ScratchWorkspace.PositionOf(ScratchWorkspace.Count, "n)", occurrence: 2)), Json(ScratchWorkspace.PositionOf(ScratchWorkspace.Count, "size = n", 7))],
            starts);
    }

    [Fact]
    public async Task References_of_a_phrase_set_span_the_pack()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.PhrasesPath, ScratchWorkspace.Phrases);
        var answer = await workspace.AtAsync("textDocument/references", workspace.PhrasesPath, ScratchWorkspace.Phrases, "lead", 1, new { includeDeclaration = true });
        var uris = answer.GetProperty("result").EnumerateArray().Select(l => l.GetProperty("uri").GetString()).ToList();
        Assert.Equal([ScratchWorkspace.Uri(workspace.CountPath), ScratchWorkspace.Uri(workspace.PhrasesPath)], uris);
    }

    [Fact]
    public async Task References_of_a_generator_include_its_mentions_in_pack_yaml()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var manifest = ScratchWorkspace.Manifest + "\ngenerators:\n  enable: [CountThings]\n";
        File.WriteAllText(workspace.ManifestPath, manifest);
        var text = ScratchWorkspace.Count;
        await workspace.OpenAsync(workspace.CountPath, text);
        var answer = await workspace.AtAsync("textDocument/references", workspace.CountPath, text, "CountThings", 2, new { includeDeclaration = true });
        var found = answer.GetProperty("result").EnumerateArray().Select(l => (l.GetProperty("uri").GetString(), l.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32())).ToList();
        Assert.Equal([(ScratchWorkspace.Uri(workspace.CountPath), 1), (ScratchWorkspace.Uri(workspace.ManifestPath), manifest.Split('\n').Length - 2)], found);
    }

    [Fact]
    public async Task Renaming_a_let_edits_every_use()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var position = ScratchWorkspace.PositionOf(ScratchWorkspace.Count, "let n", 4);
        var answer = await workspace.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) }, position, newName = "total" });
        var edits = answer.GetProperty("result").GetProperty("changes").GetProperty(ScratchWorkspace.Uri(workspace.CountPath));
        var renamed = Apply(ScratchWorkspace.Count, edits);
        Assert.Contains("let total = count(group)", renamed, StringComparison.Ordinal);
        Assert.Contains("number(total)", renamed, StringComparison.Ordinal);
        Assert.Contains("countChoices(total)", renamed, StringComparison.Ordinal);
        Assert.Contains("tag size = total", renamed, StringComparison.Ordinal);
        // The renamed file compiles as before.
        Assert.Empty(ScratchWorkspace.Codes(await workspace.ChangeAsync(workspace.CountPath, renamed, 1)));
    }

    [Fact]
    public async Task Renaming_a_phrase_set_edits_every_file_of_the_pack()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var position = ScratchWorkspace.PositionOf(ScratchWorkspace.Count, "{lead}", 1);
        var answer = await workspace.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) }, position, newName = "opener" });
        var changes = answer.GetProperty("result").GetProperty("changes");
        Assert.Contains("phrases opener =", Apply(ScratchWorkspace.Phrases, changes.GetProperty(ScratchWorkspace.Uri(workspace.PhrasesPath))), StringComparison.Ordinal);
        Assert.Contains("\"{opener} how many", Apply(ScratchWorkspace.Count, changes.GetProperty(ScratchWorkspace.Uri(workspace.CountPath))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{count}", 2, "total", "only a let or a phrase set")]
    [InlineData("let n", 4, "where", "is not a name")]
    [InlineData("let n", 4, "label", "already has a variable")]
    [InlineData("let n", 4, "9lives", "is not a name")]
    public async Task A_rename_the_language_cannot_take_is_refused_with_a_reason(string needle, int shift, string newName, string reason)
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var position = ScratchWorkspace.PositionOf(ScratchWorkspace.Count, needle, shift);
        var answer = await workspace.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) }, position, newName });
        var error = answer.GetProperty("error");
        Assert.Equal(-32803, error.GetProperty("code").GetInt32());
        Assert.Contains(reason, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_symbols_outline_generators_with_their_lets_and_slots()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var answer = await workspace.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) } });
        var generator = answer.GetProperty("result").EnumerateArray().Single();
        Assert.Equal("CountThings", generator.GetProperty("name").GetString());
        Assert.Equal(["n", "name", "count", "answer", "choices", "evidence"], generator.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Semantic_tokens_class_names_by_what_they_resolve_to()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var answer = await workspace.Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath) } });
        var data = answer.GetProperty("result").GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(0, data.Length % 5);
        var tokens = Decode(data);
        string[] legend = ["keyword", "comment", "string", "number", "operator", "function", "variable", "property", "class", "enumMember", "parameter"];
        string TypeAt(string needle, int shift = 0)
        {
            var at = JsonSerializer.SerializeToElement(ScratchWorkspace.PositionOf(ScratchWorkspace.Count, needle, shift));
            var found = tokens.Where(t => t.Line == at.GetProperty("line").GetInt32() && t.Start == at.GetProperty("character").GetInt32()).ToList();
            Assert.True(found.Count == 1, $"{needle} at {at}: tokens {string.Join(" ", tokens.Select(t => $"{t.Line}:{t.Start}={legend[t.Type]}"))}");
            return legend[found[0].Type];
        }
        Assert.Equal("comment", TypeAt("# Counting"));
        Assert.Equal("keyword", TypeAt("generator CountThings"));
        Assert.Equal("class", TypeAt("CountThings"));
        Assert.Equal("function", TypeAt("countable"));
        Assert.Equal("variable", TypeAt("let n", 4));
        Assert.Equal("enumMember", TypeAt("{lead}", 1));
        Assert.Equal("property", TypeAt("{name}", 1));
    }

    private static List<(int Line, int Start, int Type)> Decode(int[] data)
    {
        var result = new List<(int, int, int)>();
        int line = 0, start = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            result.Add((line, start, data[i + 3]));
        }
        return result;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value is JsonElement e
        ? new { line = e.GetProperty("line").GetInt32(), character = e.GetProperty("character").GetInt32() }
        : value);

    private static string Apply(string text, JsonElement edits)
    {
        var lines = text.Split('\n');
        int Offset(JsonElement p) => lines.Take(p.GetProperty("line").GetInt32()).Sum(l => l.Length + 1) + p.GetProperty("character").GetInt32();
        foreach (var edit in edits.EnumerateArray().OrderByDescending(e => Offset(e.GetProperty("range").GetProperty("start"))))
        {
            var start = Offset(edit.GetProperty("range").GetProperty("start"));
            var end = Offset(edit.GetProperty("range").GetProperty("end"));
            text = text[..start] + edit.GetProperty("newText").GetString() + text[end..];
        }
        return text;
    }
}

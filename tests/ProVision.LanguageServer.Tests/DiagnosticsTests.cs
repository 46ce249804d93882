using System.Text.Json;

namespace ProVision.LanguageServer.Tests;

/// <summary>Diagnostics as you type: the compiler's codes and ranges, then the lint, and the pack's problems on pack.yaml.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Initialize_announces_the_features()
    {
        await using var workspace = await ScratchWorkspace.StartAsync(initialize: false);
        var answer = await workspace.Client.RequestAsync("initialize", new { processId = (int?)null, capabilities = new { } });
        var capabilities = answer.GetProperty("result").GetProperty("capabilities");
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("renameProvider").GetBoolean());
        Assert.Contains("function", capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("{", capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_file_with_errors_gets_located_diagnostics_and_a_fix_clears_them()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var broken = ScratchWorkspace.Count.Replace("count(group)", "coutn(group)", StringComparison.Ordinal);
        var published = await workspace.OpenAsync(workspace.CountPath, broken);
        var diagnostic = published.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("PV1002", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.Contains("coutn", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        var range = diagnostic.GetProperty("range");
        Assert.Equal(JsonSerializer.Serialize(ScratchWorkspace.PositionOf(broken, "coutn")), JsonSerializer.Serialize(new
        {
            line = range.GetProperty("start").GetProperty("line").GetInt32(),
            character = range.GetProperty("start").GetProperty("character").GetInt32(),
        }));

        var fixedText = await workspace.ChangeAsync(workspace.CountPath, ScratchWorkspace.Count, 1);
        Assert.Empty(ScratchWorkspace.Codes(fixedText));
    }

    [Fact]
    public async Task A_syntax_error_is_reported_alone_with_its_code()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var broken = ScratchWorkspace.Count.Replace("let n = count(group)", "let n = count(group", StringComparison.Ordinal);
        var published = await workspace.OpenAsync(workspace.CountPath, broken);
        var codes = ScratchWorkspace.Codes(published).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("PV0", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warnings_and_lint_findings_follow_the_compiler_diagnostics()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        // "a {name}" with a plural noun reads "a dogs": a lint error (PV5010) once the document is still.
        var text = ScratchWorkspace.Count.Replace("tell \"There {be(count)} {count} {name}.\"", "tell \"I see a {name}.\"", StringComparison.Ordinal);
        var first = await workspace.OpenAsync(workspace.CountPath, text);
        Assert.DoesNotContain(ScratchWorkspace.Codes(first), c => c.StartsWith("PV5", StringComparison.Ordinal));
        var linted = await workspace.Client.WaitForAsync(m => m.TryGetProperty("method", out var method)
            && method.GetString() == "textDocument/publishDiagnostics"
            && ScratchWorkspace.Codes(m).Any(c => c.StartsWith("PV501", StringComparison.Ordinal)));
        var finding = linted.GetProperty("params").GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString()!.StartsWith("PV501", StringComparison.Ordinal));
        Assert.Equal(ScratchWorkspace.Count.Split('\n').Length - 2, finding.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Pack_problems_are_published_on_pack_yaml()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var manifest = ScratchWorkspace.Manifest.Replace("data: [labels, boxes, attributes, relations]", "data: [boxes]\nnmae: typo", StringComparison.Ordinal);
        var published = await workspace.OpenAsync(workspace.ManifestPath, manifest);
        var codes = ScratchWorkspace.Codes(published).ToList();
        Assert.Contains(codes, c => c.StartsWith("PV30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_generator_needing_undeclared_data_is_reported_on_pack_yaml()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var manifest = ScratchWorkspace.Manifest.Replace("data: [labels, boxes, attributes, relations]", "data: [boxes]", StringComparison.Ordinal);
        File.WriteAllText(workspace.ManifestPath, manifest);
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var onManifest = await workspace.Client.DiagnosticsAsync(ScratchWorkspace.Uri(workspace.ManifestPath));
        var diagnostic = onManifest.GetProperty("params").GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Contains("CountThings", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("labels", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_to_a_phrase_set_file_is_seen_by_the_files_that_use_it()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.PhrasesPath, ScratchWorkspace.Phrases);
        await workspace.ChangeAsync(workspace.PhrasesPath, "phrases opener = \"\" | \"say\"\n", 1);
        // count.pvg, opened afterwards, is bound against the edited phrase sets: {lead} is now undefined.
        var count = await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        Assert.Contains("PV1018", ScratchWorkspace.Codes(count));
    }
}

namespace ProVision.LanguageServer.Tests;

/// <summary>Hover: function documentation, types, and a template's phrasings.</summary>
public sealed class HoverTests
{
    private static async Task<string?> HoverAsync(string needle, int shift = 0, int occurrence = 1)
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var answer = await workspace.AtAsync("textDocument/hover", workspace.CountPath, ScratchWorkspace.Count, needle, shift, occurrence: occurrence);
        var result = answer.GetProperty("result");
        return result.ValueKind == System.Text.Json.JsonValueKind.Null ? null : result.GetProperty("contents").GetProperty("value").GetString();
    }

    [Fact]
    public async Task A_function_shows_its_signature_and_documentation()
    {
        var markdown = await HoverAsync("countable(label)", 3);
        Assert.Contains("countable(label: string) -> bool", markdown, StringComparison.Ordinal);
        Assert.Contains("whether 'how many' makes sense", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slot_in_a_template_shows_its_type()
    {
        var markdown = await HoverAsync("{count}", 2);
        Assert.Contains("slot count: Count", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_let_shows_its_type()
    {
        var markdown = await HoverAsync("number(n)", 7);
        Assert.Contains("let n: int", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_shows_its_number_of_phrasings_and_three_renderings()
    {
        var markdown = await HoverAsync("how many {name}", 2);
        // {lead} has 3 phrasings and the group 2: 6 distinct questions.
        Assert.Contains("6 distinct phrasings", markdown, StringComparison.Ordinal);
        Assert.Contains("0. How many {name} are there in the picture?", markdown, StringComparison.Ordinal);
        Assert.Contains("3. Tell me how many {name} do you see in the picture?", markdown, StringComparison.Ordinal);
        Assert.Contains("5. Say how many {name} do you see in the picture?", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whitespace_has_no_hover()
    {
        Assert.Null(await HoverAsync("# Counting", 1));
    }
}

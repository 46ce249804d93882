namespace ProVision.LanguageServer.Tests;

/// <summary>Completion at positions: each context offers what the compiler accepts there.</summary>
public sealed class CompletionTests
{
    private static async Task<List<string>> CompleteAsync(string text, string needle, int shift = 0)
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, text);
        var answer = await workspace.AtAsync("textDocument/completion", workspace.CountPath, text, needle, shift);
        return [.. ScratchWorkspace.Labels(answer)];
    }

    [Fact]
    public async Task A_new_line_in_a_generator_offers_clauses_functions_and_variables()
    {
        var text = ScratchWorkspace.Count.Replace("  let n = count(group)\n", "  let n = count(group)\n  \n", StringComparison.Ordinal);
        var labels = await CompleteAsync(text, "  \n", 2);
        Assert.Contains("where", labels);
        Assert.Contains("let", labels);
        Assert.Contains("emit", labels);
        Assert.Contains("countable", labels);
        Assert.Contains("n", labels);
        Assert.Contains("label", labels);
        Assert.Contains("objects", labels);
        Assert.DoesNotContain("generator", labels);
    }

    [Fact]
    public async Task Top_level_offers_declarations()
    {
        var labels = await CompleteAsync(ScratchWorkspace.Count + "\n\n", "}\n\n", 2);
        Assert.Equal(["generator", "phrases", "pack"], labels);
    }

    [Fact]
    public async Task After_a_dot_the_members_of_the_receivers_type_are_offered()
    {
        var text = ScratchWorkspace.Count.Replace("where countable(label)", "where countable(label) and any(group, o => o.)", StringComparison.Ordinal);
        var labels = await CompleteAsync(text, "o.)", 2);
        Assert.Contains("label", labels);
        Assert.Contains("box", labels);
        Assert.Contains("attributes", labels);
        Assert.DoesNotContain("subject", labels);
    }

    [Fact]
    public async Task Member_chains_follow_the_member_table()
    {
        var text = ScratchWorkspace.Count.Replace("where countable(label)", "where countable(label) and group[0].box.", StringComparison.Ordinal);
        var labels = await CompleteAsync(text, "box.", 4);
        Assert.Contains("center", labels);
        Assert.Contains("width", labels);
        Assert.DoesNotContain("label", labels);
    }

    [Fact]
    public async Task Inside_a_template_hole_slots_phrase_sets_and_helpers_are_offered()
    {
        var labels = await CompleteAsync(ScratchWorkspace.Count, "{name} [are", 1);
        Assert.Contains("name", labels);
        Assert.Contains("count", labels);
        Assert.Contains("lead", labels);
        Assert.Contains("plural", labels);
        Assert.DoesNotContain("countable", labels);
    }

    [Fact]
    public async Task Inside_a_helpers_parentheses_only_slots_are_offered()
    {
        var labels = await CompleteAsync(ScratchWorkspace.Count, "{be(count)}", 4);
        Assert.Contains("count", labels);
        Assert.DoesNotContain("lead", labels);
    }

    [Fact]
    public async Task Strings_compared_with_a_label_offer_the_vocabularys_labels()
    {
        var text = ScratchWorkspace.Count.Replace("where countable(label)", "where label == \"d\"", StringComparison.Ordinal);
        var labels = await CompleteAsync(text, "\"d\"", 1);
        Assert.Contains("dog", labels);
        Assert.Contains("cup", labels);
        Assert.DoesNotContain("color", labels);
    }

    [Fact]
    public async Task A_category_argument_offers_the_vocabularys_categories()
    {
        var text = ScratchWorkspace.Count.Replace("where countable(label)", "where count(attributesIn(\"\")) > 0", StringComparison.Ordinal);
        var labels = await CompleteAsync(text, "attributesIn(\"", 14);
        Assert.Equal(["color", "size"], labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task After_needs_the_data_kinds_are_offered()
    {
        var labels = await CompleteAsync(ScratchWorkspace.Count, "needs labels", 6);
        Assert.Contains("boxes", labels);
        Assert.Contains("depth", labels);
    }

    [Fact]
    public async Task Functions_carry_their_signature()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        var text = ScratchWorkspace.Count.Replace("  let n = count(group)\n", "  let n = count(group)\n  \n", StringComparison.Ordinal);
        await workspace.OpenAsync(workspace.CountPath, text);
        var answer = await workspace.AtAsync("textDocument/completion", workspace.CountPath, text, "  \n", 2);
        var countable = answer.GetProperty("result").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "countable");
        Assert.Equal("countable(label: string) -> bool", countable.GetProperty("detail").GetString());
        Assert.Contains("how many", countable.GetProperty("documentation").GetProperty("value").GetString(), StringComparison.Ordinal);
    }
}

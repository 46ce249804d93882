namespace ProVision.LanguageServer.Tests;

/// <summary>A document edited a thousand times keeps the server's managed memory flat: no history is kept per edit.</summary>
public sealed class MemoryTests
{
    /// <summary>The most the managed heap may grow between edit 100 and edit 1,000 (the server keeps one analysis per file).</summary>
    private const long GrowthBound = 16 * 1024 * 1024;

    [Fact]
    public async Task A_thousand_edits_keep_managed_memory_flat()
    {
        await using var workspace = await ScratchWorkspace.StartAsync();
        await workspace.OpenAsync(workspace.CountPath, ScratchWorkspace.Count);
        var text = ScratchWorkspace.Count;
        var line = text.Split('\n').Length - 2;
        long baseline = 0;
        for (var version = 1; version <= 1000; version++)
        {
            // Type a character into the tell template, then delete it: every other text is the original.
            var typed = version % 2 == 1;
            var range = new { start = new { line, character = 8 }, end = new { line, character = typed ? 8 : 9 } };
            await workspace.Client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = ScratchWorkspace.Uri(workspace.CountPath), version },
                contentChanges = new[] { new { range, text = typed ? "x" : "" } },
            });
            var published = await workspace.Client.DiagnosticsAsync(ScratchWorkspace.Uri(workspace.CountPath), version);
            Assert.Empty(ScratchWorkspace.Codes(published));
            workspace.Client.Drain();
            if (version == 100)
            {
                baseline = GC.GetTotalMemory(forceFullCollection: true);
            }
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - baseline < GrowthBound, $"managed memory grew by {(after - baseline) / 1024} KiB over 900 edits");
    }
}

using ProVision.Runtime.Items;

namespace ProVision.Testing.Packs;

/// <summary>
/// One item of a generator as the snapshot shows it: a draft (image or draw, ordinal within it) and the phrasings
/// the all-templates mode rendered for it, in template order.
/// </summary>
internal sealed record SnapshotDraft(string DrawId, int Ordinal, IReadOnlyList<GeneratedItem> Phrasings);

internal static class SnapshotDrafts
{
    /// <summary>
    /// Groups all-templates output back into drafts: the engine emits a draft's phrasings consecutively with template
    /// indices 0, 1, 2, ..., so a template index of 0 (or a new image) starts the next draft. Ordinals count drafts
    /// per image (not item ids, which count phrasings), so adding a phrasing does not renumber every item.
    /// </summary>
    public static List<SnapshotDraft> Group(IEnumerable<GeneratedItem> items)
    {
        var drafts = new List<SnapshotDraft>();
        var perDraw = new Dictionary<string, int>(StringComparer.Ordinal);
        List<GeneratedItem>? current = null;
        string? currentDraw = null;
        foreach (var item in items)
        {
            var draw = DrawIdOf(item);
            if (current is null || item.Template == 0 || draw != currentDraw)
            {
                var ordinal = perDraw.GetValueOrDefault(draw);
                perDraw[draw] = ordinal + 1;
                current = [];
                currentDraw = draw;
                drafts.Add(new SnapshotDraft(draw, ordinal, current));
            }
            current.Add(item);
        }
        return drafts;
    }

    /// <summary>The image id (or multi-image draw id) of an item: its id is <c>draw/generator/count</c>.</summary>
    public static string DrawIdOf(GeneratedItem item)
    {
        var marker = "/" + item.Generator + "/";
        var at = item.Id.LastIndexOf(marker, StringComparison.Ordinal);
        return at > 0 ? item.Id[..at] : item.Id;
    }
}

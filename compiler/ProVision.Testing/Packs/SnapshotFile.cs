using System.Text;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Testing.Packs;

/// <summary>The items of one generator in one mode (questions or descriptions), with the number of phrasings it has.</summary>
internal sealed record SnapshotSection(GenerationMode Mode, int Phrasings, string Fingerprint, IReadOnlyList<GeneratedItem> Items);

/// <summary>
/// Writes the readable text of one snapshot file: a header (generator, fixture, seed, what is shown), then per item
/// its image, evidence (indices with labels) and each shown phrasing with its answer, response and options. Only
/// values that depend on the generator and the fixture appear, so the file changes exactly when output does.
/// </summary>
internal static class SnapshotFile
{
    public static string Render(CompiledGenerator generator, string fixture, ulong seed, IReadOnlyList<SceneGraph> graphs,
        string? missingData, IReadOnlyList<SnapshotSection> sections)
    {
        var text = new StringBuilder();
        text.Append($"generator: {generator.Name} ({generator.Family.ToName()})\n");
        text.Append($"fixture: {fixture} ({graphs.Count} graph(s))\n");
        text.Append($"seed: {seed}\n");
        if (missingData is not null) text.Append($"skipped: {missingData}\n");
        var lookup = GraphLookup(graphs);
        foreach (var section in sections) RenderSection(text, section, lookup);
        return text.ToString();
    }

    private static void RenderSection(StringBuilder text, SnapshotSection section, Dictionary<string, SceneGraph> graphs)
    {
        var mode = section.Mode == GenerationMode.Qa ? "questions" : "descriptions";
        var drafts = SnapshotDrafts.Group(section.Items);
        var sample = new PhrasingSample(drafts.Count, section.Phrasings);
        text.Append($"\n# {mode}: {sample.Describe()}\n");
        text.Append($"# phrasings fingerprint: {section.Fingerprint} (`provision templates <pack> <generator> --expand` lists them)\n");
        if (drafts.Count == 0) text.Append("(no items)\n");
        for (var i = 0; i < sample.ListedItems; i++)
        {
            var draft = drafts[i];
            var answer = draft.Phrasings[0].Answer;
            text.Append($"\n## {draft.DrawId} #{draft.Ordinal}\n");
            text.Append($"answer: {OneLine(answer)}\n");
            text.Append("evidence: ").Append(DescribeEvidence(draft.Phrasings[0], graphs)).Append('\n');
            foreach (var item in draft.Phrasings)
            {
                if (sample.Shows(i, item.Template)) RenderPhrasing(text, item, section.Mode, answer);
            }
        }
    }

    /// <summary>
    /// One line per phrasing, <c>[template] question => response</c>; the answer only when it differs from the item's
    /// (numbers may be words in one phrasing and digits in another); the options of a multiple-choice item below it.
    /// </summary>
    private static void RenderPhrasing(StringBuilder text, GeneratedItem item, GenerationMode mode, string itemAnswer)
    {
        var line = mode == GenerationMode.Qa ? $"[{item.Template}] {OneLine(item.Prompt)} => {OneLine(item.Response)}" : $"[{item.Template}] {OneLine(item.Response)}";
        text.Append(line);
        if (item.Answer != itemAnswer) text.Append($"  (answer: {OneLine(item.Answer)})");
        text.Append('\n');
        if (!item.Choices.IsEmpty) text.Append("    options: ").Append(string.Join(" | ", item.Choices.Select(OneLine))).Append('\n');
    }

    /// <summary>Evidence with the labels it points at: <c>objects 1 cup, 2 cup; relations 0 (cup on table)</c>.</summary>
    private static string DescribeEvidence(GeneratedItem item, Dictionary<string, SceneGraph> graphs)
    {
        var parts = new List<string>();
        for (var i = 0; i < item.Evidence.PerImage.Length; i++)
        {
            var (objects, relations) = item.Evidence.PerImage[i];
            var graph = graphs.GetValueOrDefault(item.Images[i]);
            var objectText = objects.IsEmpty ? "-" : string.Join(", ", objects.Select(o => $"{o} {Label(graph, o)}"));
            var relationText = relations.IsEmpty ? "-" : string.Join(", ", relations.Select(r => $"{r} ({Relation(graph, r)})"));
            var prefix = item.IsMultiImage ? $"image {i + 1} {graph?.ImageId ?? item.Images[i]}: " : "";
            parts.Add($"{prefix}objects {objectText}; relations {relationText}");
        }
        return string.Join(" | ", parts);
    }

    private static string Label(SceneGraph? graph, int index) =>
        graph is not null && index < graph.Objects.Length ? graph.Objects[index].Label : "?";

    private static string Relation(SceneGraph? graph, int index)
    {
        if (graph is null || index >= graph.Relations.Length) return "?";
        var r = graph.Relations[index];
        return $"{Label(graph, r.Subject)} {r.Predicate} {Label(graph, r.Object)}";
    }

    /// <summary>Items name their images by path (or id when a graph has no path), as the generator context does.</summary>
    private static Dictionary<string, SceneGraph> GraphLookup(IReadOnlyList<SceneGraph> graphs)
    {
        var lookup = new Dictionary<string, SceneGraph>(StringComparer.Ordinal);
        foreach (var graph in graphs) lookup.TryAdd(string.IsNullOrEmpty(graph.ImagePath) ? graph.ImageId : graph.ImagePath, graph);
        return lookup;
    }

    /// <summary>Line breaks inside a value would break the one-line-per-field layout (and the diff), so they are shown.</summary>
    private static string OneLine(string value) => value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

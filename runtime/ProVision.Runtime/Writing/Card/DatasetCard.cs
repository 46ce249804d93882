using System.Globalization;
using System.Text;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Runtime.Writing.Card;

/// <summary>
/// The <c>README.md</c> written beside an item file: a Hugging Face dataset card (YAML front matter with configs,
/// features, task categories, a licence to fill in and the size category, then what is inside and how it was made).
/// The text depends only on the facts, so the same run writes the same card.
/// </summary>
public static class DatasetCard
{
    /// <summary>The file name of a card.</summary>
    public const string FileName = "README.md";

    /// <summary>The first line of the body, by which a later run knows the README is a card it may replace.</summary>
    public const string Marker = "<!-- written by provision: a later run to this folder replaces it; --no-card keeps it -->";

    /// <summary>Where the card for <paramref name="dataFile"/> goes.</summary>
    public static string PathFor(string dataFile) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataFile))!, FileName);

    /// <summary>
    /// Writes the card beside the data file, atomically. A README.md there that is not a card (no <see cref="Marker"/>)
    /// is kept: the card is not written and the reason is returned; null when written.
    /// </summary>
    public static string? Write(DatasetCardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var path = PathFor(facts.DataFile);
        if (File.Exists(path) && !File.ReadLines(path).Take(64).Any(l => l.Contains(Marker, StringComparison.Ordinal)))
            return $"{path} exists and was not written by provision; the dataset card was not written (move it, or pass --no-card)";
        using var file = AtomicFile.Create(path);
        file.Stream.Write(Encoding.UTF8.GetBytes(Text(facts)));
        file.Commit();
        return null;
    }

    /// <summary>The card's text.</summary>
    public static string Text(DatasetCardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var name = Path.GetFileName(facts.DataFile);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("license: other # fill in: the licence of the images and annotations these items come from\n");
        text.Append("language:\n- en\n");
        text.Append("task_categories:\n");
        foreach (var task in facts.Descriptions ? new[] { "image-to-text", "image-text-to-text" } : ["visual-question-answering", "image-text-to-text"])
            text.Append("- ").Append(task).Append('\n');
        text.Append("size_categories:\n- ").Append(SizeCategory(facts.Items)).Append('\n');
        text.Append("tags:\n- synthetic\n- provision\n");
        text.Append("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: ").Append(Yaml(name)).Append('\n');
        if (Features(facts) is { } features)
        {
            text.Append("dataset_info:\n  features:\n");
            HuggingFaceFeatures.WriteYaml(text, features, "  ");
            text.Append("  splits:\n  - name: train\n    num_examples: ").Append(facts.Items.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        text.Append("---\n\n").Append(Marker).Append("\n\n");
        text.Append("# ").Append(Path.GetFileNameWithoutExtension(name)).Append("\n\n");
        text.Append(facts.Items.ToString("N0", CultureInfo.InvariantCulture)).Append(facts.Descriptions ? " image descriptions" : " visual question/answer items")
            .Append(" made by ProVision.Dsl").Append(facts.ToolVersion is { } v ? $" {v}" : "").Append(" (`provision generate`)")
            .Append(" from scene graphs: every question and answer is generated from annotated objects, attributes, relations, depth and masks, ")
            .Append("with the scene-graph elements it rests on (`evidence`). File: `").Append(name).Append("` (").Append(facts.Format).Append("; the schema is in the ProVision docs, formats.md, \"Outputs\").\n\n");
        text.Append("Fill in before publishing: the licence (above), where the images come from, and who may use them.\n\n");
        AppendGenerators(text, facts);
        AppendProvenance(text, facts);
        text.Append("## Report\n\n");
        text.Append("What the data contains (answer balance, option positions, lengths, template coverage, samples drawn with their evidence): ")
            .Append("[report/index.html](report/index.html), made by `provision report ").Append(name).Append(" --out report/`.\n");
        return text.ToString();
    }

    /// <summary>The Hugging Face size category of <paramref name="items"/> rows.</summary>
    public static string SizeCategory(long items) => items switch
    {
        < 1_000 => "n<1K",
        < 10_000 => "1K<n<10K",
        < 100_000 => "10K<n<100K",
        < 1_000_000 => "100K<n<1M",
        < 10_000_000 => "1M<n<10M",
        < 100_000_000 => "10M<n<100M",
        < 1_000_000_000 => "100M<n<1B",
        _ => "n>1B",
    };

    // Fixed features exist for Parquet and chat messages; canonical JSON Lines (slots as an object with any keys) and
    // LLaVA (image as a string or a list) are typed by the json loader as it reads them.
    private static IReadOnlyList<HfColumn>? Features(DatasetCardFacts facts) => facts.Format switch
    {
        ItemWriterFactory.Parquet => HuggingFaceFeatures.Parquet(facts.Layout ?? ParquetLayout.Default),
        ItemWriterFactory.Messages => HuggingFaceFeatures.MessagesJsonLines(),
        _ => null,
    };

    private static void AppendGenerators(StringBuilder text, DatasetCardFacts facts)
    {
        text.Append("## Contents\n\n| generator | family | items |\n| --- | --- | ---: |\n");
        foreach (var g in facts.Generators)
            text.Append("| ").Append(Cell(g.Name)).Append(" | ").Append(Cell(g.Family ?? "")).Append(" | ").Append(g.Items.ToString("N0", CultureInfo.InvariantCulture)).Append(" |\n");
        text.Append("| **total** | | **").Append(facts.Items.ToString("N0", CultureInfo.InvariantCulture)).Append("** |\n\n");
    }

    private static void AppendProvenance(StringBuilder text, DatasetCardFacts facts)
    {
        text.Append("## How it was made\n\n");
        if (facts.PackName is not null)
            text.Append("- pack: `").Append(facts.PackName).Append('`').Append(facts.PackVersion is { } v ? $" version {v}" : "")
                .Append(facts.PackHash is { } h ? $", hash `{h}`" : "").Append('\n');
        if (facts.Seed is not null) text.Append("- seed: ").Append(facts.Seed).Append(" (the same seed, pack and inputs give the same bytes)\n");
        foreach (var (flag, value) in facts.Options.Where(o => o.Value.Length > 0))
            text.Append("- `").Append(flag).Append(' ').Append(value.Replace("`", "'", StringComparison.Ordinal)).Append("`\n");
        if (facts.CommandLine is { } command)
            text.Append("\n```sh\n").Append(command.Replace("```", "'''", StringComparison.Ordinal)).Append("\n```\n");
        text.Append('\n');
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    // A YAML scalar: quoted when it could be read as something else.
    private static string Yaml(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/') ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

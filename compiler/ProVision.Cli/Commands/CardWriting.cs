using ProVision.Compiler.Packs;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Items;
using ProVision.Runtime.Sharding;
using ProVision.Runtime.Writing;
using ProVision.Runtime.Writing.Card;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Cli.Commands;

/// <summary>The dataset card that <c>generate</c> and <c>merge</c> write beside their output (docs/cli.md, "Dataset card").</summary>
internal static class CardWriting
{
    /// <summary>The card of a finished <c>generate</c> run: its generators' counts, the pack, the options and the command.</summary>
    public static void AfterGenerate(CliConsole console, GenerateSettings settings, string output, GeneratorPack pack, IReadOnlyList<CompiledGenerator> generators,
        EngineReport report, GenerationOptions options) =>
        Write(console, new DatasetCardFacts
        {
            DataFile = output,
            Format = settings.Format!,
            Layout = new ParquetLayout(settings.Writer.Chat, settings.Writer.EmbedImages),
            Items = report.Items,
            Generators = [.. generators.Select(g => new GeneratorCount(g.Name, g.Family.ToName(), report.Generators.TryGetValue(g.Name, out var t) ? t.Items : 0))],
            Descriptions = options.Mode == GenerationMode.Description,
            PackName = pack.Name,
            PackVersion = pack.Version,
            PackHash = pack.ContentHash,
            Seed = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Options = [.. settings.OutputFlags(options)],
            CommandLine = settings.CommandLine,
            ToolVersion = ProductVersionAction.Version,
        });

    /// <summary>The card of merged shards: the job's identity from the manifests, counts read from the merged file's ids.</summary>
    public static void AfterMerge(CliConsole console, ShardIdentity identity, string output, long items)
    {
        if (identity.Command != "generate") return; // annotate's graphs are not a dataset of items
        var layout = identity.Format == ItemWriterFactory.Parquet ? ParquetItemReader.Layout(output) : (ParquetLayout?)null;
        Write(console, new DatasetCardFacts
        {
            DataFile = output,
            Format = identity.Format,
            Layout = layout,
            Items = items,
            Generators = [.. ItemFiles.CountByGenerator(output).Select(c => new GeneratorCount(c.Key, null, c.Value))],
            Descriptions = identity.Options.Any(o => o.Key == "--mode" && o.Value == "description"),
            PackName = identity.PackName,
            PackVersion = identity.PackVersion,
            PackHash = identity.PackHash,
            Seed = identity.Seed,
            Options = identity.Options,
            ToolVersion = ProductVersionAction.Version,
        });
    }

    private static void Write(CliConsole console, DatasetCardFacts facts)
    {
        try
        {
            if (DatasetCard.Write(facts) is { } kept) console.Error.WriteLine($"warning: {kept}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"warning: the dataset card {DatasetCard.PathFor(facts.DataFile)} could not be written: {e.Message}");
        }
    }
}

using System.CommandLine;
using ProVision.Runtime.Engine;
using ProVision.Runtime.Generation;
using ProVision.Runtime.Sharding;
using ProVision.Runtime.Writing;
using ProVision.Runtime.Writing.Parquet;

namespace ProVision.Cli.Commands;

/// <summary>What <c>generate</c> was asked to do, parsed and checked.</summary>
public sealed record GenerateSettings
{
    public string Pack { get; init; } = PackResolver.Builtin;
    public IReadOnlyList<string> Generators { get; init; } = [];
    public int? PerImage { get; init; }
    public bool Balance { get; init; }
    public int MultiSamples { get; init; } = 100;
    public int? ImagesPerItem { get; init; }
    public GenerationMode? Mode { get; init; }
    public double? McRatio { get; init; }
    public ulong? Seed { get; init; }
    public bool AllTemplates { get; init; }
    /// <summary>The <c>--format</c> given, or null for "from the extension of --out" (<see cref="ItemWriterFactory.ResolveFormat"/>).</summary>
    public string? Format { get; init; }
    /// <summary>Image paths, embedding and the Parquet conversation column (<c>--image-root</c>, <c>--embed-images</c>, <c>--chat</c>).</summary>
    public ItemWriterOptions Writer { get; init; } = new();
    /// <summary>False with <c>--no-card</c>: no README.md dataset card beside the output.</summary>
    public bool Card { get; init; } = true;
    /// <summary>The command as typed (for the dataset card), or null.</summary>
    public string? CommandLine { get; init; }
    /// <summary><c>--quiet</c>: no progress while running.</summary>
    public bool Quiet { get; init; }
    /// <summary><c>--progress-every</c>: time between plain progress lines when not on a terminal.</summary>
    public TimeSpan ProgressEvery { get; init; } = TimeSpan.FromSeconds(10);
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>The <c>--shard</c> text: null, "auto" or "i/n" (resolved with the environment by <see cref="ShardOptions"/>).</summary>
    public string? Shard { get; init; }
    public int? ShardCount { get; init; }
    public required string Output { get; init; }

    /// <summary>The budgets the user allows (<c>--time-budget-ms</c>, <c>--max-elements</c>, else the environment); the pack may only lower them.</summary>
    public BudgetCeilings Ceilings { get; init; } = BudgetCeilings.Default;

    /// <summary><c>--on-error stop</c> written out: a pack fault ends the run instead of being skipped and counted.</summary>
    public bool StopOnPackFault { get; init; }

    public GenerationOptions Apply(GenerationOptions defaults) => Ceilings.Limit(defaults with
    {
        Seed = Seed ?? defaults.Seed,
        McRatio = McRatio ?? defaults.McRatio,
        Mode = Mode ?? defaults.Mode,
        AllTemplates = AllTemplates || defaults.AllTemplates,
    });

    /// <summary>The options that shape the output, as flags (what shards of one job must agree on; threads do not matter).</summary>
    public IEnumerable<KeyValuePair<string, string>> OutputFlags(GenerationOptions applied) =>
    [
        new("--pack", Pack),
        new("--generators", string.Join(",", Generators)),
        new("--per-image", PerImage is null ? "" : PerImage == int.MaxValue ? "all" : PerImage.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("--balance", Balance ? "true" : "false"),
        new("--multi-samples", MultiSamples.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("--images-per-item", ImagesPerItem?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("--mode", applied.Mode == GenerationMode.Description ? "description" : "qa"),
        new("--mc-ratio", applied.McRatio.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        new("--all-templates", applied.AllTemplates ? "true" : "false"),
        new("--format", Format ?? ""),
        new("--image-root", Writer.ImageRoot is null ? "" : Path.GetFullPath(Writer.ImageRoot)),
        new("--embed-images", Writer.EmbedImages ? "true" : "false"),
        new("--chat", Writer.Chat == ChatColumn.Messages ? "messages" : "conversations"),
        new("--time-budget-ms", applied.TimeBudget == Timeout.InfiniteTimeSpan ? "none" : applied.TimeBudget.TotalMilliseconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        new("--max-elements", applied.ElementBudget.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}

/// <summary>The options of <c>generate</c>.</summary>
public sealed class GenerateOptions
{
    private readonly Option<string> _pack = new("--pack") { Description = "builtin, a pack.yaml, a pack folder or a .pvpack.", DefaultValueFactory = _ => PackResolver.Builtin };
    private readonly Option<string?> _generators = new("--generators") { Description = "Comma-separated generator names or aliases (default: the pack's enabled generators)." };
    private readonly Option<string?> _perImage = new("--per-image") { Description = "Items kept per generator per image: a number, or 'all' (default: the pack's, else 1)." };
    private readonly Option<bool> _balance = new("--balance") { Description = "Two-pass balanced sampling: favour items whose tags (labels, counts, ...) are rare in the data set." };
    private readonly NumberOption<int> _multiSamples = new("--multi-samples", "Items per multi-image generator.", () => 100);
    private readonly NumberOption<int> _imagesPerItem = new("--images-per-item", "Images per multi-image item (default: the generator's or the pack's).");
    private readonly Option<string?> _mode = new("--mode") { Description = "qa (questions and answers) or description (declarative sentences)." };
    private readonly NumberOption<double> _mcRatio = new("--mc-ratio", "Probability that an item is multiple choice, 0..1 (default: the pack's).");
    private readonly NumberOption<ulong> _seed = new("--seed", "Random seed (default: the pack's). The same seed gives the same bytes for any --threads or --shard split.");
    private readonly Option<bool> _allTemplates = new("--all-templates") { Description = "One item per template expansion instead of one random phrasing." };
    private readonly Option<string?> _format = new("--format") { Description = "jsonl, llava, llava-jsonl, messages or parquet (default: from the extension of --out: .jsonl, .json (llava), .parquet)." };
    private readonly Option<string?> _imageRoot = new("--image-root") { Description = "Write image paths relative to this folder (an image outside it is an error)." };
    private readonly Option<bool> _embedImages = new("--embed-images") { Description = "Parquet only: store each image's bytes (the Hugging Face Image feature) instead of its path." };
    private readonly Option<string> _chat = new("--chat") { Description = "Parquet's conversation column: conversations (LLaVA from/value) or messages (chat role/content).", DefaultValueFactory = _ => "conversations" };
    private readonly Option<bool> _noCard = new("--no-card") { Description = "Do not write the README.md dataset card beside the output." };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "No progress display (the summary is still printed)." };
    private readonly NumberOption<double> _progressEvery = new("--progress-every", "Seconds between progress lines when not on a terminal (a terminal gets a bar).", () => 10);
    private readonly NumberOption<int> _threads = new("--threads", "Worker threads (output does not depend on it).", () => Environment.ProcessorCount);
    private readonly ShardOptions _shard = new();
    private readonly Option<string> _out = new("--out", "-o") { Description = "The output file.", Required = true };
    private readonly Option<string?> _timeBudget = new("--time-budget-ms") { Description = $"Ceiling on each generator's time per graph, in ms, or 'none' (default: ${BudgetCeilings.TimeVariable}, else 10000). A pack may only lower it." };
    private readonly Option<string?> _maxElements = new("--max-elements") { Description = $"Ceiling on the list elements each generator builds per graph (default: ${BudgetCeilings.ElementsVariable}, else 1000000). A pack may only lower it." };

    public GenerateOptions()
    {
        _mode.AcceptOnlyFromAmong("qa", "description");
        _format.AcceptOnlyFromAmong([.. ItemWriterFactory.Formats]);
        _chat.AcceptOnlyFromAmong("conversations", "messages");
        _perImage.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && v != "all" && !(int.TryParse(v, out var k) && k >= 1)) r.AddError("--per-image takes a number >= 1 or 'all'");
        });
        _shard.Shard.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && v != ShardEnvironment.Auto && !ShardSpec.TryParse(v, out _)) r.AddError($"--shard takes i/n with 1 <= i <= n, or 'auto'; found '{v}'");
        });
        _mcRatio.Rules.Add(v => v is < 0 or > 1 ? "--mc-ratio must be within 0..1" : null);
        _progressEvery.Rules.Add(v => v is not (> 0 and <= 86400) ? "--progress-every takes seconds, more than 0 and at most 86400" : null);
        _threads.Rules.Add(v => v < 1 ? "--threads must be at least 1" : null);
        _multiSamples.Rules.Add(v => v < 0 ? "--multi-samples must not be negative" : null);
        _timeBudget.Validators.Add(r => CheckCeiling(r, r.GetValueOrDefault<string?>(), null));
        _maxElements.Validators.Add(r => CheckCeiling(r, null, r.GetValueOrDefault<string?>()));
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _pack, _generators, _perImage, _balance, _multiSamples.Option, _imagesPerItem.Option, _mode, _mcRatio.Option, _seed.Option, _allTemplates, _format, _imageRoot, _embedImages, _chat, _noCard, _quiet, _progressEvery.Option, _threads.Option, _out, _timeBudget, _maxElements })
            command.Add(option);
        _shard.AddTo(command);
    }

    public GenerateSettings Read(ParseResult r)
    {
        var perImage = r.GetValue(_perImage);
        return new GenerateSettings
        {
            Pack = r.GetValue(_pack)!,
            Generators = r.GetValue(_generators)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            PerImage = perImage is null ? null : perImage == "all" ? int.MaxValue : int.Parse(perImage, System.Globalization.CultureInfo.InvariantCulture),
            Balance = r.GetValue(_balance),
            MultiSamples = _multiSamples.ReadOrDefault(r),
            ImagesPerItem = _imagesPerItem.Read(r),
            Mode = r.GetValue(_mode) switch { "description" => GenerationMode.Description, "qa" => GenerationMode.Qa, _ => null },
            McRatio = _mcRatio.Read(r),
            Seed = _seed.Read(r),
            AllTemplates = r.GetValue(_allTemplates),
            Format = r.GetValue(_format),
            Writer = new ItemWriterOptions
            {
                ImageRoot = r.GetValue(_imageRoot),
                EmbedImages = r.GetValue(_embedImages),
                Chat = r.GetValue(_chat) == "messages" ? ChatColumn.Messages : ChatColumn.Conversations,
            },
            Card = !r.GetValue(_noCard),
            Quiet = r.GetValue(_quiet),
            ProgressEvery = TimeSpan.FromSeconds(_progressEvery.ReadOrDefault(r)),
            CommandLine = "provision " + string.Join(" ", r.Tokens.Select(t => Quote(t.Value))),
            Threads = _threads.ReadOrDefault(r),
            Shard = r.GetValue(_shard.Shard),
            ShardCount = _shard.Count.Read(r),
            Output = r.GetValue(_out)!,
            Ceilings = BudgetCeilings.From(r.GetValue(_timeBudget), r.GetValue(_maxElements), Environment.GetEnvironmentVariable),
        };
    }

    // A token as a shell reads it back: quoted when it holds anything but plain path characters.
    private static string Quote(string token) =>
        token.Length > 0 && token.All(c => char.IsAsciiLetterOrDigit(c) || "-_./,:=+@%".Contains(c)) ? token : "'" + token.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // The environment's values are checked too, so a bad PROVISION_TIME_BUDGET_MS is a usage error, not a crash.
    private static void CheckCeiling(System.CommandLine.Parsing.OptionResult result, string? timeMs, string? elements)
    {
        try
        {
            BudgetCeilings.From(timeMs, elements, Environment.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            result.AddError(e.Message);
        }
    }
}

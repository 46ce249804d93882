using System.Globalization;
using System.Text.RegularExpressions;

namespace ProVision.Runtime.Sharding;

/// <summary>
/// The names of a shard's files: <c>items-00003-of-00016.jsonl</c> (the Hugging Face naming, so a folder of Parquet
/// shards loads as one data set) and its manifest <c>items-00003-of-00016.jsonl.manifest</c>, written last.
/// </summary>
public static partial class ShardFiles
{
    public const string ManifestSuffix = ".manifest";

    /// <summary>The shard's output for the unsharded output path <paramref name="output"/>.</summary>
    public static string Output(string output, ShardSpec shard)
    {
        var folder = Path.GetDirectoryName(output) ?? "";
        var name = Path.GetFileName(output);
        var dot = name.IndexOf('.', 1);
        var (stem, extension) = dot < 0 ? (name, "") : (name[..dot], name[dot..]);
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-{shard.Index:D5}-of-{shard.Count:D5}{extension}"));
    }

    public static string Manifest(string shardOutput) => shardOutput + ManifestSuffix;

    /// <summary>Reads "items-00003-of-00016.jsonl" back into (items, .jsonl, 3/16).</summary>
    public static bool TryParse(string fileName, out string stem, out string extension, out ShardSpec shard)
    {
        stem = extension = "";
        shard = default;
        var match = ShardName().Match(fileName);
        if (!match.Success) return false;
        var index = int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture);
        var count = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (count < 1 || index < 1 || index > count) return false;
        stem = match.Groups["stem"].Value;
        extension = match.Groups["ext"].Value;
        shard = new ShardSpec(index, count);
        return true;
    }

    [GeneratedRegex(@"^(?<stem>.+)-(?<i>\d{5})-of-(?<n>\d{5})(?<ext>\.[^/\\]*)?$")]
    private static partial Regex ShardName();
}

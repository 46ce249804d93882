using System.Globalization;

namespace ProVision.Runtime.Sharding;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>, 1-based as on the command line (<c>--shard 3/16</c>). Slurm array
/// ids and Kubernetes completion indexes are 0-based; <see cref="ShardEnvironment"/> converts them.
/// </summary>
public readonly record struct ShardSpec
{
    /// <summary>The most shards one job may have (the file names hold five digits).</summary>
    public const int MaxCount = 99_999;

    public ShardSpec(int index, int count)
    {
        if (count < 1 || count > MaxCount) throw new ArgumentOutOfRangeException(nameof(count), count, $"a job has 1..{MaxCount} shards");
        if (index < 1 || index > count) throw new ArgumentOutOfRangeException(nameof(index), index, $"shard index must be 1..{count}");
        Index = index;
        Count = count;
    }

    /// <summary>1-based.</summary>
    public int Index { get; }

    public int Count { get; }

    /// <summary>The 0-based index that Slurm arrays and Kubernetes Indexed Jobs use.</summary>
    public int ZeroBased => Index - 1;

    public bool IsLast => Index == Count;

    /// <summary>"3/16", as <c>--shard</c> takes it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Parses "i/n" as written on the command line.</summary>
    public static bool TryParse(string? text, out ShardSpec shard)
    {
        shard = default;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || count > MaxCount || index < 1 || index > count) return false;
        shard = new ShardSpec(index, count);
        return true;
    }
}

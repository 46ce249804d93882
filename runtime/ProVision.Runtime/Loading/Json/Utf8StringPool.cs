using System.Text.Json;

namespace ProVision.Runtime.Loading.Json;

/// <summary>
/// One string per distinct short UTF-8 value read by a loader: labels, attributes and predicates repeat across
/// millions of objects, so each is decoded and allocated once, and every graph shares the same instances (which
/// also makes the generators' string comparisons and memo lookups reference hits).
/// </summary>
/// <remarks>
/// Bounded (<see cref="MaxEntries"/> values of at most <see cref="MaxValueBytes"/> bytes), so hostile data with a new
/// word everywhere costs what it costs without the pool, not unbounded memory. Not thread-safe: one pool per reader.
/// </remarks>
public sealed class Utf8StringPool
{
    /// <summary>The most distinct values kept; later new values are decoded but not kept.</summary>
    public const int MaxEntries = 1 << 16;

    /// <summary>Longer values (captions, paths) are not pooled.</summary>
    public const int MaxValueBytes = 64;

    private Entry?[] _buckets = new Entry?[1024];
    private int _count;

    /// <summary>How many values the pool holds.</summary>
    public int Count => _count;

    /// <summary>
    /// The string value of the reader's current token (a string), from the pool when its bytes were seen before. Throws
    /// what <see cref="Utf8JsonReader.GetString"/> throws (not a string, not UTF-8): a value is pooled only once it
    /// decoded.
    /// </summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxValueBytes)
        {
            return reader.GetString()!;
        }
        var bytes = reader.ValueSpan;
        var hash = Hash(bytes);
        for (var entry = _buckets[hash & (_buckets.Length - 1)]; entry is not null; entry = entry.Next)
        {
            if (entry.Hash == hash && bytes.SequenceEqual(entry.Bytes)) return entry.Text;
        }
        var text = reader.GetString()!;
        if (_count < MaxEntries) Add(bytes.ToArray(), hash, text);
        return text;
    }

    private void Add(byte[] bytes, int hash, string text)
    {
        if (_count >= _buckets.Length) Grow();
        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        bucket = new Entry(bytes, hash, text, bucket);
        _count++;
    }

    private void Grow()
    {
        var buckets = new Entry?[_buckets.Length * 2];
        foreach (var head in _buckets)
        {
            for (var entry = head; entry is not null;)
            {
                var next = entry.Next;
                ref var bucket = ref buckets[entry.Hash & (buckets.Length - 1)];
                entry.Next = bucket;
                bucket = entry;
                entry = next;
            }
        }
        _buckets = buckets;
    }

    // FNV-1a over the bytes: short values, and the pool's layout never reaches any output.
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    private sealed class Entry(byte[] bytes, int hash, string text, Entry? next)
    {
        public byte[] Bytes { get; } = bytes;
        public int Hash { get; } = hash;
        public string Text { get; } = text;
        public Entry? Next { get; set; } = next;
    }
}

using System.Text.Json;

namespace ProVision.Runtime.Sharding;

/// <summary>One input file as a manifest records it: its size and a hash (whole, or sampled for huge files).</summary>
public sealed record InputFingerprint(string Path, long Bytes, string Hash);

/// <summary>
/// What makes shards of one job agree: the command (generate or annotate), the output format, the pack, the
/// options as command-line flags, the seed and the inputs. Two shards belong to one job exactly when these match.
/// </summary>
public sealed record ShardIdentity(
    string Command,
    string Format,
    string? PackName,
    string? PackVersion,
    string? PackHash,
    IReadOnlyList<KeyValuePair<string, string>> Options,
    string? Seed,
    IReadOnlyList<InputFingerprint> Inputs)
{
    /// <summary>The identity's canonical JSON (what manifests compare).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("command", Command);
        writer.WriteString("format", Format);
        writer.WriteStartObject("pack");
        writer.WriteString("name", PackName);
        writer.WriteString("version", PackVersion);
        writer.WriteString("content_sha256", PackHash);
        writer.WriteEndObject();
        writer.WriteStartObject("options");
        foreach (var (key, value) in Options) writer.WriteString(key, value);
        writer.WriteEndObject();
        writer.WriteString("seed", Seed);
        writer.WriteStartArray("inputs");
        foreach (var input in Inputs)
        {
            writer.WriteStartObject();
            writer.WriteString("path", input.Path);
            writer.WriteNumber("bytes", input.Bytes);
            writer.WriteString("hash", input.Hash);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static ShardIdentity Read(JsonElement e)
    {
        var pack = e.GetProperty("pack");
        return new ShardIdentity(
            e.GetProperty("command").GetString()!,
            e.GetProperty("format").GetString()!,
            pack.GetProperty("name").GetString(),
            pack.GetProperty("version").GetString(),
            pack.GetProperty("content_sha256").GetString(),
            [.. e.GetProperty("options").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!))],
            e.GetProperty("seed").GetString(),
            [.. e.GetProperty("inputs").EnumerateArray().Select(i => new InputFingerprint(i.GetProperty("path").GetString()!, i.GetProperty("bytes").GetInt64(), i.GetProperty("hash").GetString()!))]);
    }
}

/// <summary>
/// The manifest a shard writes last, beside its output (<c>items-00003-of-00016.jsonl.manifest</c>): which job it
/// belongs to (<see cref="ShardIdentity"/>), which shard it is, what it wrote and when. Its presence means "this
/// shard finished"; <c>provision merge</c> checks the output against <see cref="OutputSha256"/>.
/// </summary>
public sealed record ShardManifest(
    ShardIdentity Identity,
    ShardSpec Shard,
    string Output,
    long OutputBytes,
    string OutputSha256,
    long Items,
    long Graphs,
    DateTimeOffset Started,
    DateTimeOffset Finished,
    string Host,
    IReadOnlyList<long>? Order = null)
{
    public const int FormatVersion = 1;

    public byte[] ToJsonBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("provision_shard_manifest", FormatVersion);
            writer.WriteStartObject("shard");
            writer.WriteNumber("index", Shard.Index);
            writer.WriteNumber("count", Shard.Count);
            writer.WriteEndObject();
            writer.WritePropertyName("job");
            Identity.Write(writer);
            writer.WriteString("output", Output);
            writer.WriteNumber("output_bytes", OutputBytes);
            writer.WriteString("output_sha256", OutputSha256);
            writer.WriteNumber("items", Items);
            writer.WriteNumber("graphs", Graphs);
            // UTC with a Z: an offset's '+' would be escaped by the writer.
            writer.WriteString("started", Started.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("finished", Finished.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("host", Host);
            if (Order is not null)
            {
                // annotate: each graph line's position in the unsharded image order, so merge can restore it.
                writer.WriteStartArray("order");
                foreach (var position in Order) writer.WriteNumberValue(position);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Reads a manifest; a file that is not one gives an exception with the reason.</summary>
    /// <exception cref="InvalidDataException">Not a shard manifest of this version.</exception>
    public static ShardManifest Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("provision_shard_manifest", out var version)
                || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion)
                throw new InvalidDataException($"{path}: not a shard manifest of version {FormatVersion}");
            var shard = root.GetProperty("shard");
            return new ShardManifest(
                ShardIdentity.Read(root.GetProperty("job")),
                new ShardSpec(shard.GetProperty("index").GetInt32(), shard.GetProperty("count").GetInt32()),
                root.GetProperty("output").GetString()!,
                root.GetProperty("output_bytes").GetInt64(),
                root.GetProperty("output_sha256").GetString()!,
                root.GetProperty("items").GetInt64(),
                root.GetProperty("graphs").GetInt64(),
                root.GetProperty("started").GetDateTimeOffset(),
                root.GetProperty("finished").GetDateTimeOffset(),
                root.GetProperty("host").GetString()!,
                root.TryGetProperty("order", out var order) ? [.. order.EnumerateArray().Select(p => p.GetInt64())] : null);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException or FormatException)
        {
            throw new InvalidDataException($"{path}: a damaged shard manifest ({ex.Message}); delete it and re-run that shard", ex);
        }
    }
}

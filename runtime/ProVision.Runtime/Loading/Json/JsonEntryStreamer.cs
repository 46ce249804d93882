using System.Text.Json;

namespace ProVision.Runtime.Loading.Json;

/// <summary>
/// Streams the members of a top-level JSON object or the items of a top-level array one at a time,
/// so a multi-gigabyte annotation file never has to be parsed into memory whole. Only one entry's
/// bytes (plus a read buffer) are held at a time.
/// </summary>
public sealed class JsonEntryStreamer
{
    private const int InitialBuffer = 1 << 16;
    private const int MaxEntryBytes = DataLimits.MaxEntryBytes;

    private readonly Stream _stream;
    private readonly string _fileName;
    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private long _offsetOfBufferStart;
    private bool _endOfStream;
    private JsonReaderState _state;
    private bool _insideContainer;
    private bool _finished;
    private long _index;

    public JsonEntryStreamer(Stream stream, string fileName)
    {
        _stream = stream;
        _fileName = fileName;
        _state = new JsonReaderState(ReaderOptions);
    }

    /// <summary>What the streamer accepts: comments and trailing commas, as Python-written and hand-edited files have.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    /// <summary>The same rules for parsing one entry's bytes into a document.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    /// <summary>Kind of the top-level container, known after the first entry is read.</summary>
    public JsonTokenType ContainerKind { get; private set; } = JsonTokenType.None;

    /// <summary>Reads every entry; throws <see cref="DataErrorException"/> on malformed JSON with the byte offset.</summary>
    public IEnumerable<JsonEntry> ReadAll()
    {
        while (true)
        {
            var entry = ReadNext();
            if (entry is null) yield break;
            yield return entry;
        }
    }

    /// <summary>The next entry with its own copy of its bytes, or null at the end of the container.</summary>
    public JsonEntry? ReadNext() =>
        ReadNextInPlace() is { } entry ? new JsonEntry(entry.Key, entry.Index, entry.Bytes.ToArray(), entry.ByteOffset) : null;

    /// <summary>
    /// The next entry, or null at the end of the container; its <see cref="JsonEntrySpan.Bytes"/> lie in the streamer's
    /// buffer and stay valid only until the next read (a fast reader reads them in place, without a copy).
    /// </summary>
    public JsonEntrySpan? ReadNextInPlace()
    {
        while (true)
        {
            if (_finished) return null;
            if (_start == _end && !_endOfStream) Fill();
            if (TryReadEntry(out var entry)) return entry;
            if (_finished) return null;
            if (_endOfStream && !_insideContainer && _offsetOfBufferStart + _end == 0)
                throw Error("the file is empty; expected a JSON object or array", 0);
            if (_endOfStream) throw Error("the file ends in the middle of a value (truncated JSON?)", _offsetOfBufferStart + _end);
            Fill();
        }
    }

    private bool TryReadEntry(out JsonEntrySpan entry)
    {
        entry = default;
        var windowStart = _start;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
        try
        {
            if (!_insideContainer)
            {
                if (!reader.Read()) return false;
                if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                    throw Error($"expected a JSON object or array at the top level, found {Describe(reader.TokenType)}", _offsetOfBufferStart + _start);
                ContainerKind = reader.TokenType;
                _insideContainer = true;
                Commit(ref reader, windowStart);
            }

            var entryStart = _offsetOfBufferStart + windowStart + reader.BytesConsumed;
            if (!reader.Read()) return false;
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                _finished = true;
                Commit(ref reader, windowStart);
                return false;
            }

            string? key = null;
            if (ContainerKind == JsonTokenType.StartObject)
            {
                key = reader.GetString();
                if (!reader.Read()) return false;
            }

            // The value's extent (what JsonDocument.TryParseValue finds too): its first token to the end of its last.
            var valueStart = windowStart + (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip()) return false;
            var valueEnd = windowStart + (int)reader.BytesConsumed;
            entry = new JsonEntrySpan(key, _index++, _buffer.AsMemory(valueStart, valueEnd - valueStart), entryStart);
            Commit(ref reader, windowStart);
            return true;
        }
        catch (InvalidOperationException ex) when (FieldReader.IsNotUtf8(ex))
        {
            // An image id key whose bytes are not UTF-8 (values are decoded, and checked, by FieldReader).
            throw Error($"an entry's key: {FieldReader.EncodingProblem(ex)}", _offsetOfBufferStart + windowStart + reader.TokenStartIndex);
        }
        catch (JsonException ex)
        {
            if (_endOfStream && EndsInsideAValue(windowStart))
                throw Error("the file ends in the middle of a value (truncated JSON?)", _offsetOfBufferStart + _end, ex);
            var at = _offsetOfBufferStart + windowStart + reader.BytesConsumed;
            throw Error($"malformed JSON ({JsonErrorText.Describe(ex)})", at, ex);
        }
    }

    // BytesConsumed counts from the start of the reader's window, not from the last commit.
    private void Commit(ref Utf8JsonReader reader, int windowStart)
    {
        _start = windowStart + (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    // A final-block reader reports truncation as a syntax error; re-reading the window as a partial block
    // tells the two apart: a truncated file simply runs out of data without a syntax error.
    private bool EndsInsideAValue(int windowStart)
    {
        var probe = new Utf8JsonReader(_buffer.AsSpan(windowStart, _end - windowStart), isFinalBlock: false, _state);
        try
        {
            while (probe.Read()) { }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _offsetOfBufferStart += _start;
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxEntryBytes)
                throw Error($"one entry is larger than {MaxEntryBytes >> 20} MiB; split the file", _offsetOfBufferStart);
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _endOfStream = true;
        _end += read;
    }

    private DataErrorException Error(string message, long offset, Exception? inner = null) =>
        new(new DataError(_fileName, null, null, $"{message} at byte {offset}") { Kind = "json" }, inner);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

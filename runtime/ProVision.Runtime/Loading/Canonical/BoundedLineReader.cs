namespace ProVision.Runtime.Loading.Canonical;

/// <summary>
/// Reads a file line by line as raw UTF-8 bytes, never holding more than one line of at most
/// <see cref="DataLimits.MaxEntryBytes"/>: a longer line is skipped to its end without being buffered, and reported,
/// so a 100 MB label costs no more memory than the limit. Bytes are left undecoded for the JSON parser, which keeps
/// text that is not UTF-8 visible (a text reader would turn it into U+FFFD silently).
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _atStart = true;

    /// <param name="stream">The lines' bytes.</param>
    /// <param name="maxLineBytes">The longest line kept.</param>
    /// <param name="firstLine">The number of the stream's first line in its file (a shard's slice starts inside it).</param>
    public BoundedLineReader(Stream stream, int maxLineBytes = DataLimits.MaxEntryBytes, long firstLine = 1)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        LineNumber = firstLine - 1;
    }

    /// <summary>The number of the line last returned, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// The next line without its line break, valid until the next call; <paramref name="tooLong"/> when it exceeded the
    /// limit (its bytes are then dropped and the line is empty). Null at the end of the file.
    /// </summary>
    public ReadOnlyMemory<byte>? ReadLine(out bool tooLong)
    {
        tooLong = false;
        var scanned = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanned, _end - scanned).IndexOf((byte)'\n');
            if (newline >= 0) return Take(scanned + newline, scanned + newline + 1, ref tooLong);
            if (_endOfStream)
            {
                if (_start == _end && !tooLong) return null;
                return Take(_end, _end, ref tooLong);
            }
            if (_end - _start > _maxLineBytes)
            {
                tooLong = true; // drop what is held; keep scanning for the line's end
                _start = _end = 0;
            }
            scanned = Fill();
        }
    }

    private ReadOnlyMemory<byte> Take(int lineEnd, int next, ref bool tooLong)
    {
        LineNumber++;
        var line = _buffer.AsMemory(_start, lineEnd - _start);
        _start = next;
        tooLong |= line.Length > _maxLineBytes + 1; // + 1: a "\r" before the "\n" is not part of the line
        if (tooLong) return ReadOnlyMemory<byte>.Empty;
        if (line.Span.EndsWith("\r"u8)) line = line[..^1];
        if (_atStart && line.Span.StartsWith("\uFEFF"u8)) line = line[3..]; // a UTF-8 byte order mark
        _atStart = false;
        return line;
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer if full, reads more; returns where scanning resumes.</summary>
    private int Fill()
    {
        var held = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, held);
            (_start, _end) = (0, held);
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 2L));
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _endOfStream = true;
        _end += read;
        return held;
    }
}

namespace ProVision.Runtime.Sharding;

/// <summary>
/// Opens the lines of a <see cref="FileSlice"/>: the stream starts at the first line that begins at or after
/// <see cref="FileSlice.Start"/> and ends after the last line that begins before <see cref="FileSlice.End"/>. Finding
/// those two points reads a line's worth of bytes at each; the line number of the first line costs one vectorised
/// newline count over the bytes before it (no parsing).
/// </summary>
public static class SlicedLines
{
    private const int Chunk = 1 << 20;

    /// <summary>The slice's bytes as a stream, and the 1-based line number of its first line.</summary>
    public static (Stream Stream, long FirstLine) Open(FileSlice slice)
    {
        var file = new FileStream(slice.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            if (slice.IsWhole) return (file, 1);
            var start = LineStartAtOrAfter(file, slice.Start);
            var end = LineStartAtOrAfter(file, slice.End);
            var firstLine = 1 + CountNewlines(file, start);
            file.Position = start;
            return (new BoundedStream(file, end - start), firstLine);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The offset of the first line that starts at or after <paramref name="offset"/> (the file's length if none).</summary>
    private static long LineStartAtOrAfter(FileStream file, long offset)
    {
        if (offset <= 0) return 0;
        if (offset >= file.Length) return file.Length;
        // A line starts at offset exactly when the byte before it ends a line.
        file.Position = offset - 1;
        var buffer = new byte[64 * 1024];
        long position = offset - 1;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0) return position + newline + 1;
            position += read;
        }
        return file.Length;
    }

    private static long CountNewlines(FileStream file, long end)
    {
        file.Position = 0;
        var buffer = new byte[Chunk];
        long count = 0;
        long remaining = end;
        while (remaining > 0)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
            if (read == 0) break;
            count += buffer.AsSpan(0, read).Count((byte)'\n');
            remaining -= read;
        }
        return count;
    }

    /// <summary>A read-only view of the next <c>length</c> bytes of a stream; disposing it disposes the stream.</summary>
    private sealed class BoundedStream(Stream inner, long length) : Stream
    {
        private readonly long _length = length;
        private long _left = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _length - _left; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_left <= 0) return 0;
            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
            _left -= read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

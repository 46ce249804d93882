using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace ProVision.LanguageServer.Transport;

/// <summary>One frame read from the input: its body, or what was wrong with it.</summary>
internal sealed record Frame(byte[]? Body, string? Problem);

/// <summary>
/// Reads <c>Content-Length</c> frames from a pipe. Headers are ASCII lines ended by an empty line; only
/// Content-Length is read (Content-Type is allowed and ignored). Every way a frame can be wrong gives a
/// <see cref="Frame"/> with a <see cref="Frame.Problem"/> and leaves the reader at the next frame it can find, so
/// garbage costs an error reply, never the connection; memory stays bounded by <see cref="FramedMessageHandler.MaxHeaderLength"/>
/// and <see cref="FramedMessageHandler.MaxContentLength"/>.
/// </summary>
internal static class FrameReader
{
    private const string ContentLengthName = "Content-Length";

    // Bytes kept from a dropped run of garbage: enough to hold a partly received "Content-Length: ".
    private const int KeptTail = 32;

    /// <summary>The next frame, or null when the input has ended.</summary>
    public static async ValueTask<Frame?> ReadAsync(PipeReader input, CancellationToken cancellationToken)
    {
        // The header block.
        string header;
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var end = IndexOf(buffer, FramedMessageHandler.HeaderEnd);
            if (end >= 0)
            {
                header = Encoding.ASCII.GetString(buffer.Slice(0, end).ToArray());
                // Garbage before a real header ("xxxContent-Length: 12"): drop only the garbage, so the frame after it
                // is read next instead of being lost with it.
                var real = header.IndexOf(ContentLengthName, StringComparison.OrdinalIgnoreCase);
                if (real > 0 && !header[..real].EndsWith("\r\n", StringComparison.Ordinal))
                {
                    input.AdvanceTo(buffer.GetPosition(real));
                    return new Frame(null, $"{real} bytes before a Content-Length header are not a header; they were dropped");
                }
                input.AdvanceTo(buffer.GetPosition(end + FramedMessageHandler.HeaderEnd.Length));
                break;
            }
            if (buffer.Length > FramedMessageHandler.MaxHeaderLength)
            {
                // Keep a short tail: it may be the start of the next real header.
                input.AdvanceTo(buffer.GetPosition(buffer.Length - KeptTail));
                return new Frame(null, $"no header end (an empty line) within {FramedMessageHandler.MaxHeaderLength} bytes; the bytes were dropped");
            }
            if (result.IsCompleted)
            {
                input.AdvanceTo(buffer.End);
                return null;
            }
            input.AdvanceTo(buffer.Start, buffer.End);
        }

        if (ContentLength(header) is not { } length)
        {
            return new Frame(null, "the header has no valid Content-Length (write 'Content-Length: <bytes>' then an empty line)");
        }
        if (length > FramedMessageHandler.MaxContentLength)
        {
            await SkipAsync(input, length, cancellationToken).ConfigureAwait(false);
            return new Frame(null, $"Content-Length {length} is over the limit of {FramedMessageHandler.MaxContentLength} bytes; the body was skipped");
        }

        // The body.
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= length)
            {
                var body = buffer.Slice(0, length).ToArray();
                input.AdvanceTo(buffer.GetPosition(length));
                return new Frame(body, null);
            }
            if (result.IsCompleted)
            {
                input.AdvanceTo(buffer.End);
                return null;
            }
            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static long? ContentLength(string header)
    {
        long? length = null;
        foreach (var line in header.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return null;
            }
            var name = line[..colon].Trim();
            if (name.Equals(ContentLengthName, StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return null;
                }
                length = value;
            }
        }
        return length;
    }

    private static async ValueTask SkipAsync(PipeReader input, long length, CancellationToken cancellationToken)
    {
        while (length > 0)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var take = Math.Min(length, result.Buffer.Length);
            input.AdvanceTo(result.Buffer.GetPosition(take));
            length -= take;
            if (result.IsCompleted && take == 0)
            {
                return;
            }
        }
    }

    private static long IndexOf(ReadOnlySequence<byte> buffer, ReadOnlySpan<byte> value)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryReadTo(out ReadOnlySequence<byte> before, value, advancePastDelimiter: false) ? before.Length : -1;
    }
}

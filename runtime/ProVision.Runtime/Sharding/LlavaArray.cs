namespace ProVision.Runtime.Sharding;

/// <summary>
/// Joins LLaVA JSON arrays as <see cref="Writing.LlavaItemWriter"/> frames them: <c>[\n</c>, records separated by
/// <c>,\n</c>, <c>\n]\n</c> (an empty one is <c>[]\n</c>). Records hold no raw newline, so only the frame is touched.
/// </summary>
internal static class LlavaArray
{
    private static readonly byte[] s_empty = "[]\n"u8.ToArray();
    private static readonly byte[] s_open = "[\n"u8.ToArray();
    private static readonly byte[] s_close = "\n]\n"u8.ToArray();
    private static readonly byte[] s_separator = ",\n"u8.ToArray();

    public static void Join(IEnumerable<string> files, Stream output)
    {
        var any = false;
        foreach (var path in files)
        {
            using var input = File.OpenRead(path);
            var length = input.Length;
            if (length == s_empty.Length && StartsWith(input, s_empty)) continue;
            if (length < s_open.Length + s_close.Length || !StartsWith(input, s_open) || !EndsWith(input, s_close))
                throw new ShardMergeException($"{path}: not a LLaVA JSON array as `provision generate --format llava` writes it");
            output.Write(any ? s_separator : s_open);
            any = true;
            input.Position = s_open.Length;
            Copy(input, output, length - s_open.Length - s_close.Length);
        }
        output.Write(any ? s_close : s_empty);
    }

    private static bool StartsWith(FileStream input, byte[] expected)
    {
        var head = new byte[expected.Length];
        input.Position = 0;
        return input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.AsSpan().SequenceEqual(expected);
    }

    private static bool EndsWith(FileStream input, byte[] expected)
    {
        var tail = new byte[expected.Length];
        input.Position = input.Length - expected.Length;
        return input.ReadAtLeast(tail, tail.Length, throwOnEndOfStream: false) == tail.Length && tail.AsSpan().SequenceEqual(expected);
    }

    private static void Copy(Stream input, Stream output, long count)
    {
        var buffer = new byte[1 << 16];
        while (count > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0) throw new EndOfStreamException();
            output.Write(buffer, 0, read);
            count -= read;
        }
    }
}

using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Writing;

namespace ProVision.Pipeline.Annotation;

/// <summary>
/// The output of <c>provision annotate</c>: canonical scene-graph JSON Lines plus one depth <c>.npy</c> per image,
/// written so that a killed run can resume without redoing finished images.
/// <list type="bullet">
/// <item>New graphs are appended to a hidden work file <c>.NAME.partial</c> beside the output, one flushed line per image.
/// The work file is locked while a run has it open, so two runs cannot write the same output.</item>
/// <item>On open, the image ids already in the output and in a work file left by a killed run count as done; a
/// half-written last line is cut off.</item>
/// <item><see cref="Commit"/> writes the old output's graphs and then the work file's to a temporary file and renames
/// it over the output (<see cref="AtomicFile"/>), then deletes the work file.</item>
/// <item>Depth maps go to <c>STEM_depth/ID.npy</c> beside the output, each written atomically before its graph line.</item>
/// </list>
/// </summary>
public sealed partial class AnnotationOutput : IDisposable
{
    private readonly FileStream _partial;
    private readonly CanonicalGraphWriter _writer;
    private readonly HashSet<string> _done;
    private readonly HashSet<string> _inPartial;
    private readonly ResourceCache _cache = new(16L << 20);
    private bool _finished;

    private AnnotationOutput(string outputPath, string depthFolder, FileStream partial, HashSet<string> done, HashSet<string> inPartial, int doneInOutput)
    {
        OutputPath = outputPath;
        Folder = Path.GetDirectoryName(outputPath)!;
        PartialPath = partial.Name;
        DepthFolder = depthFolder;
        _partial = partial;
        _done = done;
        _inPartial = inPartial;
        DoneInOutput = doneInOutput;
        DoneInPartial = inPartial.Count;
        _writer = new CanonicalGraphWriter(partial, Folder);
    }

    /// <summary>The output JSONL (full path).</summary>
    public string OutputPath { get; }

    public string Folder { get; }

    /// <summary>The work file new graphs are appended to.</summary>
    public string PartialPath { get; }

    /// <summary>Where depth maps are written.</summary>
    public string DepthFolder { get; }

    /// <summary>Images whose graphs were in the output when it was opened.</summary>
    public int DoneInOutput { get; }

    /// <summary>Images whose graphs a killed run had left in the work file.</summary>
    public int DoneInPartial { get; }

    /// <summary>Graphs written by this run.</summary>
    public int Written { get; private set; }

    /// <summary>Graphs the output holds once committed (earlier ones and this run's).</summary>
    public int Total => _done.Count;

    /// <summary>True when the image already has a graph (in the output or the work file).</summary>
    public bool IsDone(string imageId) => _done.Contains(imageId);

    /// <summary>The work file name for an output path.</summary>
    public static string PartialPathFor(string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.partial");
    }

    /// <summary>Where the depth maps of <paramref name="outputPath"/> go: <c>STEM_depth/</c> beside it.</summary>
    public static string DepthFolderFor(string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + "_depth");
    }

    /// <summary>
    /// Opens (or resumes) the output at <paramref name="outputPath"/>; depth maps go to <paramref name="depthFolder"/>
    /// (default <see cref="DepthFolderFor"/>; a shard passes its job's, so all shards share one folder).
    /// </summary>
    /// <exception cref="IOException">Another run holds the work file, or a file cannot be read.</exception>
    public static AnnotationOutput Open(string outputPath, string? depthFolder = null)
    {
        var full = Path.GetFullPath(outputPath);
        if (Directory.Exists(full)) throw new IOException($"{outputPath} is a folder; --out names the .jsonl file to write");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var doneInOutput = 0;
        if (File.Exists(full))
        {
            using var existing = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read);
            foreach (var (id, _) in ReadCompleteLines(existing, full, tolerateBrokenTail: false)) done.Add(id);
            doneInOutput = done.Count;
        }

        var partialPath = PartialPathFor(full);
        FileStream partial;
        try
        {
            partial = new FileStream(partialPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        }
        catch (IOException ex)
        {
            throw new IOException($"{outputPath}: another `provision annotate` run seems to be writing it ({partialPath} is locked: {ex.Message})", ex);
        }

        try
        {
            var inPartial = new HashSet<string>(StringComparer.Ordinal);
            long goodEnd = 0;
            foreach (var (id, end) in ReadCompleteLines(partial, partialPath, tolerateBrokenTail: true))
            {
                inPartial.Add(id);
                done.Add(id);
                goodEnd = end;
            }
            partial.SetLength(goodEnd); // drop a line a killed run left half written
            partial.Position = goodEnd;
            return new AnnotationOutput(full, depthFolder ?? DepthFolderFor(full), partial, done, inPartial, doneInOutput);
        }
        catch
        {
            partial.Dispose();
            throw;
        }
    }

    /// <summary>Appends one image's graph (after writing its depth map, if any) and flushes it to the work file.</summary>
    public void Write(AnnotationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ObjectDisposedException.ThrowIf(_finished, this);
        DepthSource? depth = null;
        if (result.Depth is { } estimated)
        {
            Directory.CreateDirectory(DepthFolder);
            var path = Path.Combine(DepthFolder, DepthFileName(result.ImageId));
            using (var file = AtomicFile.Create(path))
            {
                NpyWriter.WriteFloat32(file.Stream, [estimated.Map.Height, estimated.Map.Width], estimated.Map.Values);
                file.Commit();
            }
            depth = new DepthSource(path, estimated.Map.Convention, estimated.Range, _cache);
        }

        var objects = ImmutableArray.CreateBuilder<SceneObject>(result.Objects.Length);
        for (var i = 0; i < result.Objects.Length; i++)
        {
            var o = result.Objects[i];
            objects.Add(new SceneObject(o.Label, o.Box, Math.Round((double)o.Score, 4), result.Attributes.IsDefaultOrEmpty ? default : result.Attributes[i]));
        }
        var imagePath = result.ImagePath is null ? null : Path.GetRelativePath(Folder, Path.GetFullPath(result.ImagePath)).Replace('\\', '/');
        var graph = new SceneGraph(
            result.ImageId, imagePath, result.Width, result.Height, objects.MoveToImmutable(), result.Relations,
            result.HasMasks ? new RleMaskSet(result.Masks, _cache) : null, depth, source: "provision annotate");
        _writer.Write(graph);
        _partial.Flush();
        _done.Add(result.ImageId);
        _inPartial.Add(result.ImageId);
        Written++;
    }

    /// <summary>Puts the old output's graphs and this run's (and a killed run's) graphs in place under the output name.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _partial.Flush(flushToDisk: true);
        using (var output = AtomicFile.Create(OutputPath))
        {
            if (File.Exists(OutputPath))
            {
                using var old = new FileStream(OutputPath, FileMode.Open, FileAccess.Read, FileShare.Read);
                foreach (var line in ReadLines(old))
                {
                    // A graph redone in the work file replaces the old one.
                    if (IdOf(line) is { } id && _inPartial.Contains(id)) continue;
                    output.Stream.Write(line);
                    output.Stream.WriteByte((byte)'\n');
                }
            }
            _partial.Position = 0;
            _partial.CopyTo(output.Stream);
            output.Commit();
        }
        Close(deletePartial: true);
    }

    /// <summary>Closes without committing and removes the work file when it holds nothing (a run that annotated no image).</summary>
    public void Abandon() => Close(deletePartial: _partial.Length == 0);

    /// <summary>Closes the work file and keeps it, so the next run resumes from it.</summary>
    public void Dispose() => Close(deletePartial: false);

    private void Close(bool deletePartial)
    {
        if (_finished) return;
        _finished = true;
        _writer.Dispose();
        _partial.Dispose();
        if (deletePartial) File.Delete(PartialPath);
    }

    /// <summary>The depth file name of an image id: the id when it is a safe file name, else a cleaned id plus a short hash.</summary>
    public static string DepthFileName(string imageId)
    {
        var safe = UnsafeFileCharacters().Replace(imageId, "_");
        if (safe != imageId || safe.StartsWith('.'))
            safe = $"{safe.TrimStart('.')}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(imageId)))[..8]}";
        return safe + "_depth.npy";
    }

    /// <summary>
    /// The image ids of the complete, valid lines of a JSONL stream and the offset after each. With
    /// <paramref name="tolerateBrokenTail"/>, reading stops quietly at the first line that is cut off or unreadable
    /// (a killed writer); otherwise such a line is an error.
    /// </summary>
    private static IEnumerable<(string Id, long End)> ReadCompleteLines(FileStream stream, string path, bool tolerateBrokenTail)
    {
        stream.Position = 0;
        long offset = 0;
        var lineNumber = 0;
        foreach (var line in ReadLines(stream, includeUnterminated: true))
        {
            lineNumber++;
            var terminated = offset + line.Length < stream.Length && stream.Length > 0;
            var id = terminated || !tolerateBrokenTail ? IdOf(line) : null;
            if (id is null)
            {
                if (tolerateBrokenTail) yield break;
                throw new IOException($"{path}: line {lineNumber} is not a scene graph with an image_id; it is not an output of `provision annotate` (move it away or choose another --out)");
            }
            offset += line.Length + 1;
            yield return (id, Math.Min(offset, stream.Length));
        }
    }

    private static IEnumerable<byte[]> ReadLines(Stream stream, bool includeUnterminated = true)
    {
        var buffer = new MemoryStream();
        int b;
        var reader = new BufferedStream(stream, 1 << 16);
        while ((b = reader.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                yield return buffer.ToArray();
                buffer.SetLength(0);
            }
            else
            {
                buffer.WriteByte((byte)b);
            }
        }
        if (buffer.Length > 0 && includeUnterminated) yield return buffer.ToArray();
    }

    private static string? IdOf(byte[] line)
    {
        if (line.Length == 0) return null;
        // Fast path for our own lines, which start with the id: {"image_id":"...", no escapes, a complete object.
        var prefix = "{\"image_id\":\""u8;
        if (line.AsSpan().StartsWith(prefix) && line[^1] == (byte)'}')
        {
            var rest = line.AsSpan(prefix.Length);
            var end = rest.IndexOfAny((byte)'"', (byte)'\\');
            if (end > 0 && rest[end] == (byte)'"') return Encoding.UTF8.GetString(rest[..end]);
        }
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("image_id", out var id)
                && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeFileCharacters();
}

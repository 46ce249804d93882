using ProVision.Runtime.Loading.Json;
using ProVision.Runtime.Validation;

namespace ProVision.Runtime.Loading.ProVisionFormat;

/// <summary>
/// Reads a data set in the reference engine's format: one or more files of
/// <c>image_id -> {"data_path", "annotation", "source"}</c>, merged by image id in file order.
/// The files are streamed in lockstep: when they list images in the same order (as the reference's own
/// tools write them) only one entry per file is in memory; out-of-order entries are buffered until needed.
/// </summary>
public sealed class ProVisionAnnotationReader
{
    private readonly IReadOnlyList<string> _files;
    private readonly GraphLoadOptions _options;
    private readonly ProVisionAnnotationFastParser _fast = new();

    public ProVisionAnnotationReader(IReadOnlyList<string> files, GraphLoadOptions options)
    {
        _files = files;
        _options = options;
    }

    public IEnumerable<LoadOutcome> Read()
    {
        var sources = new List<EntrySource>();
        try
        {
            foreach (var file in _files) sources.Add(new EntrySource(file));
            foreach (var outcome in ReadMerged(sources)) yield return outcome;
        }
        finally
        {
            foreach (var source in sources) source.Dispose();
        }
    }

    private IEnumerable<LoadOutcome> ReadMerged(List<EntrySource> sources)
    {
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        for (var lead = 0; lead < sources.Count; lead++)
        {
            while (true)
            {
                var next = sources[lead].Next(out var failure);
                if (failure is not null) { yield return LoadOutcome.Fail(failure); break; }
                if (next is null) break;
                if (!emitted.Add(next.Value.Key))
                {
                    // Already merged while another file led; a second entry in the same file is a duplicate.
                    if (sources[lead].IsDuplicate(next.Value.Key))
                        yield return LoadOutcome.Fail(new DataError(sources[lead].File, next.Value.Key, null, "image id appears twice in this file") { Kind = "duplicate image" });
                    continue;
                }
                yield return Build(next.Value.Key, next.Value.Entry, sources, lead);
            }
        }
    }

    private LoadOutcome Build(string imageId, JsonEntry leadEntry, List<EntrySource> sources, int lead)
    {
        // The image's entries in file order: files merge in their given order whichever file leads, so a later file
        // always wins a key.
        var parts = new List<(JsonEntry Entry, string File)>();
        try
        {
            for (var i = lead; i < sources.Count; i++) // earlier files are exhausted; they never had this image
            {
                if (i == lead) parts.Add((leadEntry, sources[i].File));
                else if (sources[i].Take(imageId) is { } other) parts.Add((other, sources[i].File));
            }
            // The plain valid entries straight into the model; any others through the document parser, which reports every problem.
            var fast = _options.DocumentParserOnly ? null : _fast.TryParse(imageId, parts.Select(p => p.Entry));
            var graph = fast ?? ParseDocuments(imageId, parts);
            var error = SceneGraphValidator.Validate(graph, parts[0].File, _options, FieldNames.ProVision);
            return error is null ? LoadOutcome.Ok(graph) : LoadOutcome.Fail(error);
        }
        catch (DataErrorException ex) { return LoadOutcome.Fail(ex.Error); }
        catch (InvalidOperationException ex) when (FieldReader.IsNotUtf8(ex)) // a key inside "annotation"
        {
            return LoadOutcome.Fail(new DataError(parts[0].File, imageId, "annotation", FieldReader.EncodingProblem(ex)) { Kind = "encoding" });
        }
        catch (Exception ex) when (ex is Formats.DataFormatException or IOException or UnauthorizedAccessException)
        {
            return LoadOutcome.Fail(new DataError(parts[0].File, imageId, null, ex.Message) { Kind = "referenced file" });
        }
        finally
        {
            foreach (var (entry, _) in parts) entry.Dispose();
        }
    }

    private SceneGraphs.SceneGraph ParseDocuments(string imageId, List<(JsonEntry Entry, string File)> parts)
    {
        var merged = new MergedAnnotation(imageId);
        foreach (var (entry, file) in parts) merged.Add(entry.Value, file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(merged.FirstFile)) ?? ".";
        return ProVisionAnnotationParser.Parse(merged, folder, _options);
    }

    /// <summary>One input file read entry by entry, with a buffer for entries taken out of order.</summary>
    private sealed class EntrySource : IDisposable
    {
        private readonly Stream _stream;
        private readonly JsonEntryStreamer _streamer;
        private readonly Dictionary<string, JsonEntry> _pending = new(StringComparer.Ordinal);
        private readonly Queue<JsonEntry> _pendingOrder = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly HashSet<string> _duplicates = new(StringComparer.Ordinal);
        private bool _broken;

        public EntrySource(string file)
        {
            File = file;
            _stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            _streamer = new JsonEntryStreamer(_stream, file);
        }

        public string File { get; }

        public bool IsDuplicate(string key) => _duplicates.Contains(key);

        /// <summary>The next entry in file order not yet taken by <see cref="Take"/>.</summary>
        public (string Key, JsonEntry Entry)? Next(out DataError? failure)
        {
            failure = null;
            while (_pendingOrder.TryDequeue(out var buffered))
                if (_pending.Remove(buffered.Key!)) return (buffered.Key!, buffered);
            var entry = Pull(out failure);
            return entry is null ? null : (entry.Key!, entry);
        }

        /// <summary>The entry for <paramref name="key"/>, reading ahead (and buffering) as far as needed; throws once if the file is malformed.</summary>
        public JsonEntry? Take(string key)
        {
            if (_pending.Remove(key, out var found)) return found;
            DataError? failure;
            while (Pull(out failure) is { } entry)
            {
                if (entry.Key == key) return entry;
                _pending[entry.Key!] = entry;
                _pendingOrder.Enqueue(entry);
            }
            // A broken file fails the graph being merged (once); later graphs merge without it.
            if (failure is not null) throw new DataErrorException(failure);
            return null;
        }

        private JsonEntry? Pull(out DataError? failure)
        {
            failure = null;
            if (_broken) return null;
            try
            {
                var entry = _streamer.ReadNext();
                if (entry is null) return null;
                if (_streamer.ContainerKind != System.Text.Json.JsonTokenType.StartObject)
                {
                    _broken = true;
                    failure = new DataError(File, null, null, "expected an object keyed by image id (the reference annotation format), found a list") { Kind = "json" };
                    return null;
                }
                if (!_seen.Add(entry.Key!)) _duplicates.Add(entry.Key!);
                return entry;
            }
            catch (DataErrorException ex)
            {
                _broken = true;
                failure = ex.Error;
                return null;
            }
        }

        public void Dispose()
        {
            foreach (var entry in _pending.Values) entry.Dispose(); // never parsed unless the document parser read it
            _stream.Dispose();
        }
    }
}

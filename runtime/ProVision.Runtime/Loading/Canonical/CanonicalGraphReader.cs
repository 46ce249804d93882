using System.Text.Json;
using ProVision.Runtime.Sharding;
using ProVision.Runtime.Validation;

namespace ProVision.Runtime.Loading.Canonical;

/// <summary>
/// Reads our canonical form: JSON Lines, one scene graph per line (see docs/formats.md). Streams line by
/// line; a bad line fails only its own graph. Errors are located as <c>graphs.jsonl:12</c>. Given a
/// <see cref="FileSlice"/> (a shard's part of the file) it reads only the lines that start inside it.
/// </summary>
public sealed class CanonicalGraphReader
{
    private readonly string _file;
    private readonly GraphLoadOptions _options;
    private readonly FileSlice? _slice;

    public CanonicalGraphReader(string file, GraphLoadOptions options, FileSlice? slice = null)
    {
        _file = file;
        _options = options;
        _slice = slice;
    }

    public IEnumerable<LoadOutcome> Read()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(_file)) ?? ".";
        var (stream, firstLine) = _slice is null
            ? (new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), 1L)
            : SlicedLines.Open(_slice);
        using var owned = stream;
        var lines = new BoundedLineReader(stream, firstLine: firstLine);
        var ids = new ImageIdSet();
        var pool = new Json.Utf8StringPool();
        var any = false;
        while (lines.ReadLine(out var tooLong) is { } line)
        {
            var location = $"{_file}:{lines.LineNumber}";
            if (tooLong)
            {
                any = true;
                yield return LoadOutcome.Fail(new DataError(location, null, null, $"the line is longer than the limit of {DataLimits.MaxEntryBytes >> 20} MiB for one graph") { Kind = "entry size" });
                continue;
            }
            if (IsBlank(line.Span)) continue;
            any = true;
            yield return ids.RefuseRepeated(ReadLine(line, location, folder, pool), location, "image_id");
        }
        if (!any && _slice is not { IsWhole: false }) yield return LoadOutcome.Fail(new DataError(_file, null, null, "the file has no graphs (it is empty)") { Kind = "empty file" });
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    // The plain valid line straight into the model; any other (a problem to locate, a mask, a depth map) through the
    // document parser, which reports every problem.
    private LoadOutcome ReadLine(ReadOnlyMemory<byte> line, string location, string folder, Json.Utf8StringPool pool)
    {
        if (!_options.DocumentParserOnly && CanonicalGraphFastParser.TryParse(line.Span, pool) is { } fast)
        {
            var problem = SceneGraphValidator.Validate(fast, location, _options, FieldNames.Canonical);
            return problem is null ? LoadOutcome.Ok(fast) : LoadOutcome.Fail(problem);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return LoadOutcome.Fail(new DataError(location, null, null, $"malformed JSON ({Json.JsonErrorText.Describe(ex)}) at column {ex.BytePositionInLine + 1}") { Kind = "json" });
        }

        using (document)
        {
            string? imageId = null;
            try
            {
                var graph = CanonicalGraphParser.Parse(document.RootElement, location, folder, _options, out imageId);
                var error = SceneGraphValidator.Validate(graph, location, _options, FieldNames.Canonical);
                return error is null ? LoadOutcome.Ok(graph) : LoadOutcome.Fail(error);
            }
            catch (DataErrorException ex) { return LoadOutcome.Fail(ex.Error); }
            catch (Exception ex) when (ex is Formats.DataFormatException or IOException or UnauthorizedAccessException)
            {
                return LoadOutcome.Fail(new DataError(location, imageId, null, ex.Message) { Kind = "referenced file" });
            }
        }
    }
}

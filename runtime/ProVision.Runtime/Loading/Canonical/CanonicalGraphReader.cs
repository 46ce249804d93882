using System.Text;
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
        using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = firstLine - 1;
        var any = false;
        while (text.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            var outcome = ReadLine(line, $"{_file}:{lineNumber}", folder);
            if (outcome.Graph is { } g && !ids.Add(g.ImageId))
                outcome = LoadOutcome.Fail(new DataError($"{_file}:{lineNumber}", g.ImageId, "image_id", "image id appears on an earlier line too; ids must be unique") { Kind = "duplicate image" });
            yield return outcome;
        }
        if (!any && _slice is not { IsWhole: false }) yield return LoadOutcome.Fail(new DataError(_file, null, null, "the file has no graphs (it is empty)") { Kind = "empty file" });
    }

    private LoadOutcome ReadLine(string line, string location, string folder)
    {
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

using System.Text.Encodings.Web;
using System.Text.Json;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Runtime.Loading.Canonical;

/// <summary>
/// Writes scene graphs in the canonical JSON Lines form, the one format every input converts to.
/// Masks are written inline as compressed COCO RLE; depth maps by reference, relative to the output's folder.
/// </summary>
public sealed class CanonicalGraphWriter : IDisposable
{
    // Labels and attributes are user text; keep non-ASCII letters readable. The output is a data file,
    // never embedded in HTML, so the relaxed encoder's HTML-safety trade-off does not apply.
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly Stream _stream;
    private readonly string _outputFolder;
    private readonly Utf8JsonWriter _json;

    public CanonicalGraphWriter(Stream stream, string outputFolder)
    {
        _stream = stream;
        _outputFolder = Path.GetFullPath(outputFolder);
        _json = new Utf8JsonWriter(stream, s_options);
    }

    public long Count { get; private set; }

    public void Write(SceneGraph graph)
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteString("image_id", graph.ImageId);
        if (graph.ImagePath is not null) w.WriteString("image", graph.ImagePath);
        w.WriteNumber("width", graph.Width);
        w.WriteNumber("height", graph.Height);
        WriteObjects(w, graph);
        w.WriteStartArray("relations");
        foreach (var r in graph.Relations)
        {
            w.WriteStartArray();
            w.WriteNumberValue(r.Subject);
            w.WriteStringValue(r.Predicate);
            w.WriteNumberValue(r.Object);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        if (graph.Depth is { } depth) WriteDepth(w, depth);
        if (graph.Caption is not null) w.WriteString("caption", graph.Caption);
        if (graph.Source is not null) w.WriteString("source", graph.Source);
        w.WriteEndObject();
        w.Flush();
        w.Reset(); // one JSON document per line: let the writer start the next one
        _stream.WriteByte((byte)'\n');
        Count++;
    }

    private static void WriteObjects(Utf8JsonWriter w, SceneGraph graph)
    {
        w.WriteStartArray("objects");
        for (var i = 0; i < graph.Objects.Length; i++)
        {
            var o = graph.Objects[i];
            w.WriteStartObject();
            w.WriteString("label", o.Label);
            w.WriteStartArray("box");
            w.WriteNumberValue(o.Box.X1);
            w.WriteNumberValue(o.Box.Y1);
            w.WriteNumberValue(o.Box.X2);
            w.WriteNumberValue(o.Box.Y2);
            w.WriteEndArray();
            if (o.Score is { } score) w.WriteNumber("score", score);
            w.WriteStartArray("attributes");
            foreach (var a in o.Attributes) w.WriteStringValue(a);
            w.WriteEndArray();
            if (graph.Masks is { } masks) WriteMask(w, masks.GetRle(i));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteMask(Utf8JsonWriter w, RleMask mask)
    {
        w.WriteStartObject("mask");
        w.WriteStartArray("size");
        w.WriteNumberValue(mask.Height);
        w.WriteNumberValue(mask.Width);
        w.WriteEndArray();
        w.WriteString("counts", RleCodec.ToCompressedString(mask.Counts));
        w.WriteEndObject();
    }

    private void WriteDepth(Utf8JsonWriter w, DepthSource depth)
    {
        w.WriteStartObject("depth");
        w.WriteString("path", Path.GetRelativePath(_outputFolder, Path.GetFullPath(depth.Path)).Replace('\\', '/'));
        w.WriteString("convention", depth.Convention.ToName());
        if (depth.EffectiveRange() is { } range)
        {
            w.WriteStartArray("range");
            w.WriteNumberValue(range.Min);
            w.WriteNumberValue(range.Max);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    public void Dispose() => _json.Dispose();
}

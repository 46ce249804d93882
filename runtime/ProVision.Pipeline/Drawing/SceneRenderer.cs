using ProVision.Runtime.SceneGraphs;
using SkiaSharp;

namespace ProVision.Pipeline.Drawing;

/// <summary>Settings of <see cref="SceneRenderer"/>.</summary>
public sealed record RenderOptions
{
    /// <summary>Opacity of the mask tint (0 = invisible, 1 = solid).</summary>
    public double MaskOpacity { get; init; } = 0.45;

    /// <summary>Brightness kept outside the highlighted objects when highlighting evidence (1 = no dimming).</summary>
    public double DimOutside { get; init; } = 0.5;

    public bool Masks { get; init; } = true;
    public bool Relations { get; init; } = true;
    public bool DepthInset { get; init; } = true;

    /// <summary>Relations drawn at most (the first ones); the caption says how many were left out.</summary>
    public int MaxRelations { get; init; } = 40;

    /// <summary>Text size in pixels; null = from the image size (12-22 px).</summary>
    public float? FontSize { get; init; }

    /// <summary>Look for a TrueType font on the system; false always uses the built-in Hershey font (reproducible output).</summary>
    public bool SystemFonts { get; init; } = true;
}

/// <summary>
/// Draws what the pipeline saw, for people: masks tinted, boxes and index-numbered labels in one colour per object,
/// relations as arrows from subject to object with the predicate at the middle, and the depth map as a thumbnail
/// (bright = near, whatever the map's convention). The image keeps its pixel coordinates: the caption, the depth
/// thumbnail and any text go into a strip below it, so nothing covers the scene but the annotations.
/// </summary>
public sealed class SceneRenderer
{
    private static readonly SKColor[] s_palette =
    [
        new(31, 119, 180), new(255, 127, 14), new(44, 160, 44), new(214, 39, 40), new(148, 103, 189), new(140, 86, 75),
        new(227, 119, 194), new(188, 189, 34), new(23, 190, 207), new(255, 187, 120), new(152, 223, 138), new(174, 199, 232),
    ];

    private static readonly SKColor s_faint = new(170, 170, 170, 200);
    private static readonly SKColor s_panel = new(28, 28, 28);
    private static readonly SKColor s_text = new(235, 235, 235);
    private static readonly SKColor s_answer = new(150, 230, 150);

    private const string InsetTitle = "depth: bright = near";

    private readonly RenderOptions _options;

    public SceneRenderer(RenderOptions? options = null) => _options = options ?? new RenderOptions();

    /// <summary>The colour of object <paramref name="index"/> (a 12-colour cycle).</summary>
    public static SKColor ObjectColor(int index) => s_palette[((index % s_palette.Length) + s_palette.Length) % s_palette.Length];

    /// <summary>Box outline width for an image of this size.</summary>
    public static int StrokeWidth(int width, int height) => Math.Max(2, (int)Math.Round(Math.Min(width, height) / 200.0));

    /// <summary>One image with its annotations and, when the drawing has one, a caption strip below.</summary>
    public SKBitmap Render(SceneDrawing drawing)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        using var text = CreateText(drawing.Image.Width, drawing.Image.Height);
        var (w, h) = (drawing.Image.Width, drawing.Image.Height);
        var inset = _options.DepthInset && drawing.Depth is { } d ? InsetSize(d, w) : (Width: 0, Height: 0);
        var insetBlock = inset.Width == 0 ? 0 : (int)Math.Ceiling(inset.Height + text.LineHeight + 10);
        var captionWidth = w - 8 - (inset.Width == 0 ? 0 : (int)Math.Ceiling(Math.Max(inset.Width, text.Measure(InsetTitle))) + 8);
        var captionLines = drawing.Caption is null ? [] : text.Wrap(Caption(drawing), Math.Max(40, captionWidth));
        var captionBlock = captionLines.Count == 0 ? 0 : (int)Math.Ceiling((captionLines.Count * text.LineHeight) + 8);
        var strip = Math.Max(insetBlock, captionBlock);
        var bitmap = new SKBitmap(new SKImageInfo(w, h + strip, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(s_panel);
        DrawScene(canvas, drawing, text);
        for (var i = 0; i < captionLines.Count; i++) text.Draw(canvas, captionLines[i], 4, h + 4 + (i * text.LineHeight), s_text);
        if (inset.Width > 0) DrawDepthInset(canvas, drawing.Depth!, w - inset.Width - 4, h + strip - inset.Height - 4, inset.Width, inset.Height, text);
        return bitmap;
    }

    /// <summary>
    /// Several images side by side (an item's images, evidence highlighted) over a text panel: each of
    /// <paramref name="lines"/> is wrapped to the width; lines starting with "A:" are drawn in the answer colour.
    /// </summary>
    public SKBitmap Compose(IReadOnlyList<SceneDrawing> drawings, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(drawings);
        ArgumentNullException.ThrowIfNull(lines);
        if (drawings.Count == 0) throw new ArgumentException("nothing to draw", nameof(drawings));
        const int gap = 8;
        var rendered = drawings.Select(Render).ToArray();
        try
        {
            var width = Math.Max(320, rendered.Sum(b => b.Width) + (gap * (rendered.Length - 1)));
            var imagesHeight = rendered.Max(b => b.Height);
            using var text = CreateText(width / Math.Max(1, rendered.Length), imagesHeight);
            var wrapped = lines.SelectMany(l => text.Wrap(l, width - 16).Select((w, k) => (Text: w, Answer: l.StartsWith("A:", StringComparison.Ordinal)))).ToArray();
            var panel = (int)Math.Ceiling((wrapped.Length * text.LineHeight) + 16);
            var bitmap = new SKBitmap(new SKImageInfo(width, imagesHeight + panel, SKColorType.Rgba8888, SKAlphaType.Premul));
            using var canvas = new SKCanvas(bitmap);
            canvas.Clear(s_panel);
            var x = 0;
            foreach (var b in rendered)
            {
                using var image = SKImage.FromBitmap(b);
                canvas.DrawImage(image, x, 0, new SKSamplingOptions(SKFilterMode.Nearest));
                x += b.Width + gap;
            }
            for (var i = 0; i < wrapped.Length; i++)
                text.Draw(canvas, wrapped[i].Text, 8, imagesHeight + 8 + (i * text.LineHeight), wrapped[i].Answer ? s_answer : s_text);
            return bitmap;
        }
        finally
        {
            foreach (var b in rendered) b.Dispose();
        }
    }

    /// <summary>Encodes as PNG.</summary>
    public static void SavePng(SKBitmap bitmap, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        data.SaveTo(stream);
    }

    private TextPainter CreateText(int width, int height) =>
        TextPainter.Create(_options.FontSize ?? Math.Clamp(Math.Min(width, height) / 28f, 12f, 22f), _options.SystemFonts);

    private string Caption(SceneDrawing drawing)
    {
        var hidden = _options.Relations ? Math.Max(0, VisibleRelations(drawing).Count() - _options.MaxRelations) : 0;
        return hidden > 0 ? $"{drawing.Caption} · {hidden} relations not drawn" : drawing.Caption!;
    }

    private bool IsFull(SceneDrawing drawing, int index) => drawing.HighlightObjects is not { } set || set.Contains(index);

    private IEnumerable<int> VisibleRelations(SceneDrawing drawing) =>
        Enumerable.Range(0, drawing.Relations.Count).Where(r =>
            (drawing.HighlightRelations is not { } set || set.Contains(r))
            && drawing.Relations[r].Subject >= 0 && drawing.Relations[r].Subject < drawing.Objects.Count
            && drawing.Relations[r].Object >= 0 && drawing.Relations[r].Object < drawing.Objects.Count);

    private void DrawScene(SKCanvas canvas, SceneDrawing drawing, TextPainter text)
    {
        var image = drawing.Image;
        var rgb = (byte[])image.Rgb.Clone();
        if (drawing.IsHighlighting && _options.DimOutside < 1) Dim(rgb, drawing);
        if (_options.Masks) Tint(rgb, drawing);
        using (var tinted = new Segmentation.StageImage(image.Width, image.Height, rgb).ToBitmap())
        using (var picture = SKImage.FromBitmap(tinted))
        {
            canvas.DrawImage(picture, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        var stroke = StrokeWidth(image.Width, image.Height);
        for (var i = 0; i < drawing.Objects.Count; i++)
        {
            if (!IsFull(drawing, i)) DrawBox(canvas, drawing.Objects[i].Box, s_faint, 1);
        }
        for (var i = 0; i < drawing.Objects.Count; i++)
        {
            if (IsFull(drawing, i)) DrawBox(canvas, drawing.Objects[i].Box, ObjectColor(i), stroke);
        }
        var relations = _options.Relations ? VisibleRelations(drawing).Take(_options.MaxRelations).Select(r => drawing.Relations[r]).ToArray() : [];
        foreach (var relation in relations) DrawArrow(canvas, drawing, relation, stroke);
        var placed = new List<SKRect>();
        for (var i = 0; i < drawing.Objects.Count; i++)
        {
            if (IsFull(drawing, i)) placed.Add(DrawLabel(canvas, drawing.Objects[i], i, text, image.Width, image.Height, placed));
        }
        foreach (var relation in relations) DrawPredicate(canvas, drawing, relation, text); // on top: a relation's name must stay readable
    }

    /// <summary>Darkens every pixel outside the highlighted objects (their masks, else their boxes).</summary>
    private void Dim(byte[] rgb, SceneDrawing drawing)
    {
        var w = drawing.Image.Width;
        var h = drawing.Image.Height;
        var keep = new bool[w * h];
        for (var i = 0; i < drawing.Objects.Count; i++)
        {
            if (!IsFull(drawing, i)) continue;
            var o = drawing.Objects[i];
            if (o.Mask is { } mask && _options.Masks)
            {
                var pixels = mask.Pixels;
                for (var p = 0; p < keep.Length; p++) keep[p] |= pixels[p] != 0;
            }
            else
            {
                var r = Segmentation.PixelRect.FromBox(o.Box, w, h);
                for (var y = r.Y1; y < r.Y2; y++) keep.AsSpan((y * w) + r.X1, r.Width).Fill(true);
            }
        }
        var factor = _options.DimOutside;
        for (var p = 0; p < keep.Length; p++)
        {
            if (keep[p]) continue;
            for (var c = 0; c < 3; c++) rgb[(p * 3) + c] = (byte)Math.Round(rgb[(p * 3) + c] * factor);
        }
    }

    /// <summary>Blends each full object's colour into its mask: out = colour * a + pixel * (1 - a), rounded; later objects on top.</summary>
    private void Tint(byte[] rgb, SceneDrawing drawing)
    {
        var a = Math.Clamp(_options.MaskOpacity, 0, 1);
        for (var i = 0; i < drawing.Objects.Count; i++)
        {
            if (!IsFull(drawing, i) || drawing.Objects[i].Mask is not { } mask) continue;
            var color = ObjectColor(i);
            var pixels = mask.Pixels;
            for (var p = 0; p < pixels.Length; p++)
            {
                if (pixels[p] == 0) continue;
                rgb[p * 3] = Blend(color.Red, rgb[p * 3], a);
                rgb[(p * 3) + 1] = Blend(color.Green, rgb[(p * 3) + 1], a);
                rgb[(p * 3) + 2] = Blend(color.Blue, rgb[(p * 3) + 2], a);
            }
        }
    }

    /// <summary>The tint formula, public so that tests (and readers) can compute the expected colour.</summary>
    public static byte Blend(byte tint, byte pixel, double opacity) => (byte)Math.Round((tint * opacity) + (pixel * (1 - opacity)));

    /// <summary>Outline drawn inside the box's pixels: the stroke covers columns x1 .. x1+width-1 on the left, and so on.</summary>
    private static void DrawBox(SKCanvas canvas, Box box, SKColor color, int width)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = false };
        var half = width / 2f;
        var rect = new SKRect((float)Math.Floor(box.X1) + half, (float)Math.Floor(box.Y1) + half, (float)Math.Ceiling(box.X2) - half, (float)Math.Ceiling(box.Y2) - half);
        if (rect.Width <= 0 || rect.Height <= 0)
        {
            using var fill = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = false };
            canvas.DrawRect(new SKRect((float)box.X1, (float)box.Y1, (float)Math.Max(box.X2, box.X1 + 1), (float)Math.Max(box.Y2, box.Y1 + 1)), fill);
            return;
        }
        canvas.DrawRect(rect, paint);
    }

    /// <summary>
    /// The label "index label · attributes" on the object's colour: above the box when there is room, else inside its
    /// top edge; moved down a line at a time while it would cover a label already drawn.
    /// </summary>
    private static SKRect DrawLabel(SKCanvas canvas, DrawnObject o, int index, TextPainter text, int imageWidth, int imageHeight, List<SKRect> placed)
    {
        var attributes = o.Attributes is { Count: > 0 } list ? " · " + string.Join(", ", list.Take(3)) + (list.Count > 3 ? ", ..." : "") : "";
        var label = $"{index} {o.Label}{attributes}";
        var width = text.Measure(label) + 6;
        var height = text.LineHeight + 2;
        var x = (float)Math.Clamp(Math.Floor(o.Box.X1), 0, Math.Max(0, imageWidth - width));
        var y = (float)(o.Box.Y1 - height >= 0 ? o.Box.Y1 - height : Math.Max(0, o.Box.Y1));
        var rect = new SKRect(x, y, x + width, y + height);
        for (var tries = 0; tries < 12 && placed.Any(p => p.IntersectsWith(rect)) && rect.Bottom + height <= imageHeight; tries++)
        {
            rect.Offset(0, height);
        }
        var color = ObjectColor(index);
        using var background = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, background);
        var luminance = (0.299 * color.Red) + (0.587 * color.Green) + (0.114 * color.Blue);
        text.Draw(canvas, label, rect.Left + 3, rect.Top + 1, luminance > 150 ? SKColors.Black : SKColors.White);
        return rect;
    }

    private static (SKPoint From, SKPoint To) Ends(SceneDrawing drawing, Relation relation)
    {
        var a = drawing.Objects[relation.Subject].Box;
        var b = drawing.Objects[relation.Object].Box;
        return (new SKPoint((float)a.CenterX, (float)a.CenterY), new SKPoint((float)b.CenterX, (float)b.CenterY));
    }

    /// <summary>A white arrow with a dark outline from the subject's box centre to the object's.</summary>
    private static void DrawArrow(SKCanvas canvas, SceneDrawing drawing, Relation relation, int stroke)
    {
        var (from, to) = Ends(drawing, relation);
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var length = MathF.Sqrt((dx * dx) + (dy * dy));
        if (length < 4) return;
        var ux = dx / length;
        var uy = dy / length;
        var head = Math.Min(length / 3, 6 + (stroke * 3));
        using var outline = new SKPaint { Color = new SKColor(0, 0, 0, 200), StrokeWidth = stroke + 2, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        using var line = new SKPaint { Color = SKColors.White, StrokeWidth = stroke, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        using var fill = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        var baseX = to.X - (ux * head);
        var baseY = to.Y - (uy * head);
        using var builder = new SKPathBuilder();
        builder.MoveTo(to);
        builder.LineTo(baseX - (uy * head / 2), baseY + (ux * head / 2));
        builder.LineTo(baseX + (uy * head / 2), baseY - (ux * head / 2));
        builder.Close();
        using var arrow = builder.Detach();
        canvas.DrawLine(from, new SKPoint(baseX, baseY), outline);
        canvas.DrawPath(arrow, outline);
        canvas.DrawLine(from, new SKPoint(baseX, baseY), line);
        canvas.DrawPath(arrow, fill);
    }

    /// <summary>The predicate on a dark label at the arrow's middle.</summary>
    private static void DrawPredicate(SKCanvas canvas, SceneDrawing drawing, Relation relation, TextPainter text)
    {
        var (from, to) = Ends(drawing, relation);
        var mid = new SKPoint((from.X + to.X) / 2, (from.Y + to.Y) / 2);
        var labelWidth = text.Measure(relation.Predicate) + 6;
        var height = text.LineHeight + 2;
        var x = Math.Clamp(mid.X - (labelWidth / 2), 0, Math.Max(0, drawing.Image.Width - labelWidth));
        var y = Math.Clamp(mid.Y - (height / 2), 0, Math.Max(0, drawing.Image.Height - height));
        using var background = new SKPaint { Color = new SKColor(0, 0, 0, 190), Style = SKPaintStyle.Fill };
        canvas.DrawRect(new SKRect(x, y, x + labelWidth, y + height), background);
        text.Draw(canvas, relation.Predicate, x + 3, y + 1, SKColors.White);
    }

    /// <summary>The depth thumbnail's size: a quarter of the image width (at least 48 px), the map's aspect ratio.</summary>
    private static (int Width, int Height) InsetSize(DepthMap depth, int imageWidth)
    {
        var width = Math.Max(48, imageWidth / 4);
        return (width, Math.Max(1, (int)Math.Round(width * (double)depth.Height / depth.Width)));
    }

    /// <summary>
    /// The depth map, min-max normalised, bright = near whatever the convention, as a thumbnail with its top-left corner
    /// at (<paramref name="left"/>, <paramref name="top"/>) and a title above it (in the strip below the image, so it
    /// never covers the scene).
    /// </summary>
    private static void DrawDepthInset(SKCanvas canvas, DepthMap depth, int left, int top, int insetWidth, int insetHeight, TextPainter text)
    {
        var values = depth.Values;
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        foreach (var v in values)
        {
            if (!float.IsFinite(v)) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        var span = max > min ? max - min : 1;
        var closer = depth.Convention == DepthConvention.LargerIsCloser;
        var rgb = new byte[insetWidth * insetHeight * 3];
        for (var y = 0; y < insetHeight; y++)
        {
            var sy = Math.Min(depth.Height - 1, (int)((long)y * depth.Height / insetHeight));
            for (var x = 0; x < insetWidth; x++)
            {
                var sx = Math.Min(depth.Width - 1, (int)((long)x * depth.Width / insetWidth));
                var v = depth[sx, sy];
                var t = float.IsFinite(v) ? (v - min) / span : 0;
                var g = (byte)Math.Round(255 * (closer ? t : 1 - t));
                var o = ((y * insetWidth) + x) * 3;
                rgb[o] = rgb[o + 1] = rgb[o + 2] = g;
            }
        }
        using var bitmap = new Segmentation.StageImage(insetWidth, insetHeight, rgb).ToBitmap();
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, left, top, new SKSamplingOptions(SKFilterMode.Nearest));
        var titleWidth = text.Measure(InsetTitle);
        text.Draw(canvas, InsetTitle, Math.Max(0, left + insetWidth - titleWidth), top - text.LineHeight - 3, s_text);
    }
}

using OpenCvSharp;
using SkiaSharp;

namespace ProVision.Pipeline.Drawing;

/// <summary>
/// Draws one line of text. Skia needs a font file (the NoDependencies build has no fontconfig): <see cref="Create"/>
/// looks for one in the usual places (or <c>PROVISION_FONT</c>) and falls back to OpenCV's built-in Hershey vector font,
/// so labels are drawn on any machine.
/// </summary>
public abstract class TextPainter : IDisposable
{
    /// <summary>Font files tried in order after <c>PROVISION_FONT</c>.</summary>
    public static IReadOnlyList<string> FontCandidates { get; } =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "/Library/Fonts/Arial.ttf",
        @"C:\Windows\Fonts\arial.ttf",
    ];

    /// <summary>Pixel size of the text (about the cap-to-descender height).</summary>
    public abstract float Size { get; }

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public abstract float Ascent { get; }

    /// <summary>Height of one line.</summary>
    public abstract float LineHeight { get; }

    /// <summary>"skia:&lt;font file&gt;" or "hershey".</summary>
    public abstract string Description { get; }

    public abstract float Measure(string text);

    /// <summary>Draws <paramref name="text"/> with its top-left corner at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public abstract void Draw(SKCanvas canvas, string text, float x, float top, SKColor color);

    /// <summary>A painter of the given pixel size: Skia with the first font file found, else Hershey.</summary>
    public static TextPainter Create(float size, bool allowSystemFonts = true)
    {
        if (allowSystemFonts)
        {
            var env = Environment.GetEnvironmentVariable("PROVISION_FONT");
            foreach (var path in (string.IsNullOrEmpty(env) ? [] : new[] { env }).Concat(FontCandidates))
            {
                if (!File.Exists(path)) continue;
                var typeface = SKTypeface.FromFile(path);
                if (typeface is null) continue;
                if (typeface.GlyphCount > 0) return new SkiaTextPainter(typeface, size, path);
                typeface.Dispose();
            }
        }
        return new HersheyTextPainter(size);
    }

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="width"/> (at spaces; a long word is cut).</summary>
    public IReadOnlyList<string> Wrap(string text, float width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate) <= width || line.Length == 0 && Measure(word) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (line.Length > 1 && Measure(line) > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && Measure(line[..cut]) > width) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>Text with a TrueType font through Skia (antialiased).</summary>
public sealed class SkiaTextPainter : TextPainter
{
    private readonly SKTypeface _typeface;
    private readonly SKFont _font;
    private readonly string _path;

    public SkiaTextPainter(SKTypeface typeface, float size, string path)
    {
        _typeface = typeface;
        _font = new SKFont(typeface, size) { Edging = SKFontEdging.Antialias };
        _path = path;
        var metrics = _font.Metrics;
        Ascent = -metrics.Ascent;
        LineHeight = -metrics.Ascent + metrics.Descent;
        Size = size;
    }

    public override float Size { get; }
    public override float Ascent { get; }
    public override float LineHeight { get; }
    public override string Description => "skia:" + _path;

    public override float Measure(string text) => _font.MeasureText(text);

    public override void Draw(SKCanvas canvas, string text, float x, float top, SKColor color)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, top + Ascent, SKTextAlign.Left, _font, paint);
    }

    public override void Dispose()
    {
        _font.Dispose();
        _typeface.Dispose();
        base.Dispose();
    }
}

/// <summary>OpenCV's Hershey simplex font, rasterised by OpenCV into an alpha mask and drawn with Skia. Needs no font file.</summary>
public sealed class HersheyTextPainter : TextPainter
{
    private readonly double _scale;
    private readonly int _thickness;

    public HersheyTextPainter(float size)
    {
        Size = size;
        _scale = size / 30.0; // Hershey simplex: about 30 px from the top of capitals to the bottom of descenders at scale 1
        _thickness = Math.Max(1, (int)Math.Round(size / 14.0));
        var probe = Cv2.GetTextSize("Ag", HersheyFonts.HersheySimplex, _scale, _thickness, out var baseline);
        Ascent = probe.Height + 1;
        LineHeight = probe.Height + baseline + 3;
    }

    public override float Size { get; }
    public override float Ascent { get; }
    public override float LineHeight { get; }
    public override string Description => "hershey";

    public override float Measure(string text) =>
        string.IsNullOrEmpty(text) ? 0 : Cv2.GetTextSize(Ascii(text), HersheyFonts.HersheySimplex, _scale, _thickness, out _).Width;

    public override void Draw(SKCanvas canvas, string text, float x, float top, SKColor color)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (string.IsNullOrEmpty(text)) return;
        var ascii = Ascii(text);
        var size = Cv2.GetTextSize(ascii, HersheyFonts.HersheySimplex, _scale, _thickness, out var baseline);
        var w = size.Width + (2 * _thickness) + 2;
        var h = size.Height + baseline + (2 * _thickness) + 2;
        using var mat = new Mat(h, w, MatType.CV_8UC1, Scalar.All(0));
        Cv2.PutText(mat, ascii, new OpenCvSharp.Point(_thickness, size.Height + _thickness), HersheyFonts.HersheySimplex, _scale, Scalar.All(255), _thickness, LineTypes.AntiAlias);
        var alpha = new byte[w * h];
        System.Runtime.InteropServices.Marshal.Copy(mat.Data, alpha, 0, alpha.Length);
        var rgba = new byte[w * h * 4];
        for (var i = 0; i < alpha.Length; i++)
        {
            rgba[i * 4] = color.Red;
            rgba[(i * 4) + 1] = color.Green;
            rgba[(i * 4) + 2] = color.Blue;
            rgba[(i * 4) + 3] = (byte)(alpha[i] * color.Alpha / 255);
        }
        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        System.Runtime.InteropServices.Marshal.Copy(rgba, 0, bitmap.GetPixels(), rgba.Length);
        bitmap.NotifyPixelsChanged();
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, x - _thickness, top + Ascent - size.Height - _thickness, new SKSamplingOptions(SKFilterMode.Nearest));
    }

    /// <summary>Hershey fonts cover printable ASCII only: a middle dot becomes '-', anything else outside ASCII '?'.</summary>
    private static string Ascii(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = t[i] switch { >= ' ' and <= '~' => t[i], '\u00B7' => '-', _ => '?' };
        });
}

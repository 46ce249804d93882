using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Pipeline.Attributes;

/// <summary>Settings of <see cref="ColorNamer"/>.</summary>
public sealed record ColorNamerOptions
{
    /// <summary>
    /// The most common colour term must cover at least this share of the object's sampled pixels, else the object gets
    /// no colour (a two-coloured or busy object is not "red"). 0.6 by default: a half red, half blue object gets nothing.
    /// </summary>
    public double DominantShare { get; init; } = 0.6;

    /// <summary>"light"/"dark" is added when at least this share of the dominant term's pixels carry that modifier.</summary>
    public double ModifierShare { get; init; } = 0.6;

    /// <summary>Use only mask pixels whose four neighbours are in the mask too (drops the boundary, where background bleeds in) when at least this many such pixels remain.</summary>
    public int MinInteriorPixels { get; init; } = 50;

    /// <summary>At most this many pixels are classified (an evenly strided sample of the mask).</summary>
    public int MaxSamples { get; init; } = 20_000;

    /// <summary>Also emit the modifier as its own attribute ("dark", "light"), which the built-in vocabulary files as "other": a shade, not a colour.</summary>
    public bool EmitModifiers { get; init; } = true;
}

/// <summary>What <see cref="ColorNamer"/> saw in one object.</summary>
/// <param name="Term">The dominant basic colour term, or null when no term reaches <see cref="ColorNamerOptions.DominantShare"/>.</param>
/// <param name="Modifier">"light", "dark" or null.</param>
/// <param name="TermShare">Share of sampled pixels nearest to <see cref="Term"/>'s prototypes (of the top term when Term is null).</param>
/// <param name="ModifierShare">Share of the term's pixels that carry <see cref="Modifier"/>.</param>
/// <param name="Shares">Share of sampled pixels per term, largest first.</param>
/// <param name="Samples">Pixels classified.</param>
public sealed record ColorReading(string? Term, string? Modifier, double TermShare, double ModifierShare, IReadOnlyList<KeyValuePair<string, double>> Shares, int Samples);

/// <summary>
/// Names an object's colour from its mask's pixels. Each pixel is converted to CIELAB and given the basic colour term of
/// the nearest prototype (CIE76 distance) in <see cref="Prototypes"/>: the 11 basic terms of Berlin and Kay (black, white,
/// gray, red, orange, yellow, green, blue, purple, pink, brown), each with a few prototypes, some marked light or dark.
/// The object gets the term only when that term covers <see cref="ColorNamerOptions.DominantShare"/> of its pixels;
/// confidence = that share. The modifier follows the same rule within the term's pixels; its confidence is
/// term share x modifier share.
/// </summary>
public sealed class ColorNamer
{
    /// <summary>One colour prototype: a term, an optional modifier, the sRGB colour it stands for.</summary>
    public sealed record Prototype(string Term, string? Modifier, byte R, byte G, byte B)
    {
        public Lab Lab { get; } = CieLab.FromRgb(R, G, B);
    }

    /// <summary>The prototype table. Black and white carry no modifier; orange and yellow have no dark variant (dark orange is brown).</summary>
    public static IReadOnlyList<Prototype> Prototypes { get; } =
    [
        new("black", null, 0, 0, 0), new("black", null, 35, 35, 35),
        new("white", null, 255, 255, 255), new("white", null, 228, 228, 228),
        new("gray", null, 128, 128, 128), new("gray", "light", 180, 180, 180), new("gray", "dark", 80, 80, 80),
        new("red", null, 210, 30, 30), new("red", null, 255, 0, 0), new("red", "dark", 130, 15, 15), new("red", "light", 240, 110, 100),
        new("orange", null, 255, 140, 0), new("orange", null, 235, 120, 50), new("orange", "light", 255, 185, 110),
        new("yellow", null, 255, 220, 0), new("yellow", null, 235, 225, 70), new("yellow", "light", 255, 245, 150),
        new("green", null, 40, 160, 40), new("green", null, 0, 200, 0), new("green", "dark", 20, 80, 30), new("green", "light", 140, 220, 130),
        new("blue", null, 40, 80, 210), new("blue", null, 0, 0, 255), new("blue", "dark", 20, 30, 90), new("blue", "dark", 25, 35, 60),
        new("blue", "light", 120, 170, 235), new("blue", "light", 170, 200, 240),
        new("purple", null, 130, 50, 160), new("purple", null, 128, 0, 128), new("purple", "dark", 70, 25, 90), new("purple", "light", 190, 150, 220),
        new("pink", null, 240, 120, 170), new("pink", null, 255, 170, 190), new("pink", "light", 255, 210, 220), new("pink", "dark", 190, 60, 120),
        new("brown", null, 130, 80, 40), new("brown", null, 150, 100, 60), new("brown", "dark", 80, 50, 25), new("brown", "light", 190, 150, 110),
    ];

    /// <summary>Nearest prototype index for each 15-bit colour (5 bits per channel, bin centres): built once.</summary>
    private static readonly Lazy<byte[]> s_table = new(BuildTable);

    private readonly ColorNamerOptions _options;

    public ColorNamer(ColorNamerOptions? options = null) => _options = options ?? new ColorNamerOptions();

    /// <summary>The nearest prototype to one sRGB colour.</summary>
    public static Prototype Classify(byte r, byte g, byte b) => Prototypes[s_table.Value[Key(r, g, b)]];

    /// <summary>Reads the colour of the object under <paramref name="mask"/> (same size as the image).</summary>
    public ColorReading Read(StageImage image, BitMask mask)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        if (mask.Width != image.Width || mask.Height != image.Height)
            throw new ArgumentException($"mask is {mask.Width}x{mask.Height}, image {image.Width}x{image.Height}", nameof(mask));
        return Read(image, mask, 0, 0);
    }

    /// <summary>
    /// Reads the colour of the object under <paramref name="mask"/>, which covers only the rectangle whose top-left corner
    /// is (<paramref name="left"/>, <paramref name="top"/>); every image pixel outside it counts as unset. Same reading
    /// as the full-image mask, but the work is proportional to the rectangle, not to the image.
    /// </summary>
    public ColorReading Read(StageImage image, BitMask mask, int left, int top)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        if (left < 0 || top < 0 || left + mask.Width > image.Width || top + mask.Height > image.Height)
            throw new ArgumentException($"a {mask.Width}x{mask.Height} mask at ({left}, {top}) does not fit in the {image.Width}x{image.Height} image", nameof(mask));

        var pixels = mask.Pixels;
        var w = mask.Width;
        var interior = CountInterior(pixels, w, mask.Height);
        var useInterior = interior >= _options.MinInteriorPixels;
        var total = useInterior ? interior : mask.Area;
        var stride = Math.Max(1, (int)Math.Ceiling((double)total / _options.MaxSamples));

        var table = s_table.Value;
        var rgb = image.Rgb;
        var counts = new int[Prototypes.Count];
        var seen = 0;
        var samples = 0;
        for (var y = 0; y < mask.Height; y++)
        {
            var row = y * w;
            var imageRow = ((top + y) * image.Width) + left;
            for (var x = 0; x < w; x++)
            {
                if (pixels[row + x] == 0 || (useInterior && !IsInterior(pixels, x, y, w, mask.Height))) continue;
                if (seen++ % stride != 0) continue;
                var p = (imageRow + x) * 3;
                counts[table[Key(rgb[p], rgb[p + 1], rgb[p + 2])]]++;
                samples++;
            }
        }
        return Summarise(counts, samples);
    }

    /// <summary>The attributes for a reading: the term (confidence = its share) and, if enabled, the modifier.</summary>
    public IReadOnlyList<AttributeGuess> Describe(ColorReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Term is null) return [];
        var result = new List<AttributeGuess> { new(reading.Term, AttributeCategories.Color, reading.TermShare, "color") };
        if (_options.EmitModifiers && reading.Modifier is not null)
            result.Add(new AttributeGuess(reading.Modifier, AttributeCategories.Color, reading.TermShare * reading.ModifierShare, "color"));
        return result;
    }

    /// <summary><see cref="Read(StageImage, BitMask)"/> then <see cref="Describe(ColorReading)"/>.</summary>
    public IReadOnlyList<AttributeGuess> Describe(StageImage image, BitMask mask) => Describe(Read(image, mask));

    /// <summary><see cref="Read(StageImage, BitMask, int, int)"/> then <see cref="Describe(ColorReading)"/>.</summary>
    public IReadOnlyList<AttributeGuess> Describe(StageImage image, BitMask mask, int left, int top) => Describe(Read(image, mask, left, top));

    private ColorReading Summarise(int[] counts, int samples)
    {
        var perTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0) continue;
            perTerm[Prototypes[i].Term] = perTerm.GetValueOrDefault(Prototypes[i].Term) + counts[i];
        }
        var shares = perTerm
            .Select(kv => new KeyValuePair<string, double>(kv.Key, samples == 0 ? 0 : (double)kv.Value / samples))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .ToArray();
        if (shares.Length == 0) return new ColorReading(null, null, 0, 0, shares, samples);

        var (top, topShare) = (shares[0].Key, shares[0].Value);
        if (topShare < _options.DominantShare) return new ColorReading(null, null, topShare, 0, shares, samples);

        var termPixels = perTerm[top];
        string? modifier = null;
        double modifierShare = 0;
        foreach (var candidate in new[] { "light", "dark" })
        {
            var n = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                if (Prototypes[i].Term == top && Prototypes[i].Modifier == candidate) n += counts[i];
            }
            var share = (double)n / termPixels;
            if (share >= _options.ModifierShare && share > modifierShare)
            {
                modifier = candidate;
                modifierShare = share;
            }
        }
        return new ColorReading(top, modifier, topShare, modifierShare, shares, samples);
    }

    private static int CountInterior(ReadOnlySpan<byte> pixels, int w, int h)
    {
        var n = 0;
        for (var y = 1; y < h - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                if (pixels[(y * w) + x] != 0 && IsInterior(pixels, x, y, w, h)) n++;
            }
        }
        return n;
    }

    private static bool IsInterior(ReadOnlySpan<byte> pixels, int x, int y, int w, int h) =>
        x > 0 && y > 0 && x < w - 1 && y < h - 1
        && pixels[(y * w) + x - 1] != 0 && pixels[(y * w) + x + 1] != 0
        && pixels[((y - 1) * w) + x] != 0 && pixels[((y + 1) * w) + x] != 0;

    private static int Key(byte r, byte g, byte b) => ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);

    private static byte[] BuildTable()
    {
        var table = new byte[1 << 15];
        var labs = Prototypes.Select(p => p.Lab).ToArray();
        for (var key = 0; key < table.Length; key++)
        {
            var lab = CieLab.FromRgb((byte)(((key >> 10) << 3) + 4), (byte)((((key >> 5) & 31) << 3) + 4), (byte)(((key & 31) << 3) + 4));
            var best = 0;
            var bestDistance = double.MaxValue;
            for (var i = 0; i < labs.Length; i++)
            {
                var d = lab.DistanceTo(labs[i]);
                if (d < bestDistance) { bestDistance = d; best = i; }
            }
            table[key] = (byte)best;
        }
        return table;
    }
}

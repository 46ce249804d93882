using ScottPlot;

namespace ProVision.Pipeline.Reporting;

/// <summary>
/// The report's PNG charts, drawn with ScottPlot (on the SkiaSharp the pipeline already uses). Each method writes one
/// file and returns its name; the sizes are fixed so the page lays out the same for every data set.
/// </summary>
internal static class ReportCharts
{
    private const int Width = 900;
    private const string FontName = "ProVision Sans";

    // The NoDependencies Skia build has no fontconfig, so ScottPlot finds no system font by name: register the font file
    // the scene renderer uses (PROVISION_FONT or the usual places, Drawing.TextPainter) and draw every chart with it.
    private static readonly string? s_fontFile = FindFont();

    /// <summary>The font file charts are drawn with, or null when the machine has none (charts then have no text).</summary>
    public static string? FontFile => s_fontFile;

    private static string? FindFont()
    {
        var env = Environment.GetEnvironmentVariable("PROVISION_FONT");
        var path = (string.IsNullOrEmpty(env) ? [] : new[] { env }).Concat(Drawing.TextPainter.FontCandidates).FirstOrDefault(File.Exists);
        if (path is not null) Fonts.AddFontFile(FontName, path);
        return path;
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        if (s_fontFile is not null) plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>Horizontal bars, one per label, largest first as given.</summary>
    public static string Bars(string folder, string file, string title, string axis, IReadOnlyList<(string Label, double Value)> rows)
    {
        var plot = NewPlot();
        var bars = plot.Add.Bars(Enumerable.Range(0, rows.Count).Select(i => new Bar
        {
            Position = rows.Count - 1 - i,
            Value = rows[i].Value,
            FillColor = Colors.SteelBlue,
            Orientation = Orientation.Horizontal,
        }).ToList());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i))], [.. rows.Select(r => r.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.02, top: 0.02);
        plot.Title(title);
        plot.XLabel(axis);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.SavePng(Path.Combine(folder, file), Width, Math.Max(220, 60 + 22 * rows.Count));
        return file;
    }

    /// <summary>Vertical bars over numeric positions (a histogram of counted values).</summary>
    public static string Histogram(string folder, string file, string title, string xAxis, string yAxis, IReadOnlyList<(double Position, double Value)> bins)
    {
        var plot = NewPlot();
        plot.Add.Bars(bins.Select(b => new Bar { Position = b.Position, Value = b.Value, FillColor = Colors.SteelBlue }).ToList());
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.XLabel(xAxis);
        plot.YLabel(yAxis);
        plot.SavePng(Path.Combine(folder, file), Width, 360);
        return file;
    }

    /// <summary>Grouped bars: per group (e.g. "4 options") one bar per member (e.g. option A..D), as shares.</summary>
    public static string Grouped(string folder, string file, string title, string yAxis, IReadOnlyList<(string Group, double[] Values)> groups)
    {
        var plot = NewPlot();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        var widest = groups.Count == 0 ? 1 : groups.Max(g => g.Values.Length);
        for (var g = 0; g < groups.Count; g++)
        {
            for (var k = 0; k < groups[g].Values.Length; k++)
            {
                bars.Add(new Bar
                {
                    Position = g * (widest + 1) + k,
                    Value = groups[g].Values[k],
                    FillColor = palette.GetColor(k),
                });
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, groups.Count).Select(g => g * (widest + 1) + (groups[g].Values.Length - 1) / 2.0)], [.. groups.Select(g => g.Group)]);
        for (var k = 0; k < widest; k++) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "option " + (char)('A' + k), FillColor = palette.GetColor(k) });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel(yAxis);
        plot.SavePng(Path.Combine(folder, file), Width, 380);
        return file;
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using ProVision.Runtime.Statistics;

namespace ProVision.Pipeline.Reporting;

/// <summary>
/// Writes <c>index.html</c> and its PNG charts into a folder: a static page (no scripts from elsewhere, no network)
/// that shows what an item file holds — items per generator and family, answer balance with entropy, the correct
/// option's position, count answers, prompt and response lengths, phrasing coverage, vocabulary named vs present, and
/// a gallery of items drawn with their evidence. docs/report.md describes every section.
/// </summary>
public static class ItemReport
{
    /// <summary>The page's file name.</summary>
    public const string PageName = "index.html";

    /// <summary>Writes the report into <paramref name="folder"/> (created if needed); returns the page's path.</summary>
    public static string Write(string folder, ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Directory.CreateDirectory(folder);
        var s = facts.Items;
        var generators = s.Generators.OrderByDescending(g => g.Items).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var html = new StringBuilder();
        Head(html, facts);

        Section(html, "Items per generator and family", $"{N(s.Items)} items from {generators.Count} generators.");
        Image(html, ReportCharts.Bars(folder, "generators.png", "Items per generator", "items", [.. generators.Select(g => (g.Name, (double)g.Items))]));
        var families = generators.GroupBy(g => Family(facts, g.Name)).Select(f => (f.Key, (double)f.Sum(g => g.Items))).OrderByDescending(f => f.Item2).ToList();
        Image(html, ReportCharts.Bars(folder, "families.png", "Items per family", "items", families));

        AnswerBalance(html, facts, generators);
        OptionPositions(folder, html, generators);

        Section(html, "Count answers", "How often each number is the answer of a counting question (the items' <code>count</code> tag).");
        if (s.CountAnswers.Count == 0) html.Append("<p>No item has a count answer.</p>\n");
        else Image(html, ReportCharts.Histogram(folder, "counts.png", "Count answers", "count", "items", [.. s.CountAnswers.Select(c => ((double)c.Key, (double)c.Value))]));

        Section(html, "Question and answer lengths", $"Words per prompt and per response (the last bar holds {ItemStatistics.MaxLength} words and more).");
        Image(html, ReportCharts.Histogram(folder, "prompt-lengths.png", "Prompt length", "words", "items", Bins(s.PromptWords)));
        Image(html, ReportCharts.Histogram(folder, "response-lengths.png", "Response length", "words", "items", Bins(s.ResponseWords)));

        TemplateCoverage(folder, html, facts, generators);
        Vocabulary(html, facts);
        Gallery(html, facts);

        html.Append("</main>\n</body>\n</html>\n");
        var page = Path.Combine(folder, PageName);
        File.WriteAllText(page, html.ToString(), new UTF8Encoding(false));
        return page;
    }

    private static void Head(StringBuilder html, ReportFacts facts)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>ProVision report</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2430}main{max-width:960px;margin:auto;padding:24px}")
            .Append("h1{font-size:26px}h2{font-size:20px;margin-top:36px;border-bottom:1px solid #ccd}img{max-width:100%;display:block;margin:12px 0;background:#fff}")
            .Append("table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}td,th{border:1px solid #dde;padding:4px 6px;text-align:left;vertical-align:top}")
            .Append("td.n{text-align:right}.warn{color:#a01818;font-weight:600}.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}")
            .Append("figure{margin:0;background:#fff;padding:8px;border:1px solid #dde}figcaption{font-size:12px}\n</style>\n")
            // Records on <body> whether every chart and picture loaded (a headless browser test reads it back).
            .Append("<script>addEventListener('load',()=>{const i=[...document.images];document.body.dataset.chartsLoaded=i.filter(x=>x.complete&&x.naturalWidth>0).length+'/'+i.length;});</script>\n")
            .Append("</head>\n<body>\n<main>\n<h1>ProVision report</h1>\n<p>")
            .Append(string.Join(", ", facts.Inputs.Select(i => "<code>" + E(Path.GetFileName(i)) + "</code>")))
            .Append(" — ").Append(N(facts.Items.Items)).Append(" items.</p>\n");
    }

    private static void AnswerBalance(StringBuilder html, ReportFacts facts, IReadOnlyList<GeneratorItems> generators)
    {
        Section(html, "Answers per generator", "The most common answers with their share, and the entropy of all answers (bits, and as a share of the most the number of different answers allows). A generator is marked where one answer dominates.");
        html.Append("<table>\n<tr><th>generator</th><th>items</th><th>top answers</th><th>entropy</th><th>balance</th></tr>\n");
        foreach (var g in generators)
        {
            var (bits, ofMax) = g.AnswerEntropy();
            var top = string.Join("<br>", g.TopAnswers(5).Select(a => $"{E(Shorten(a.Answer))} <span>({Pct(a.Share)})</span>"));
            var problem = g.BalanceProblem();
            html.Append("<tr><td>").Append(E(g.Name)).Append("</td><td class=n>").Append(N(g.Items)).Append("</td><td>").Append(top)
                .Append("</td><td class=n>").Append(bits.ToString("F2", CultureInfo.InvariantCulture)).Append(" (").Append(Pct(ofMax)).Append(")</td><td>")
                .Append(problem is null ? "ok" : $"<span class=warn>broken: {E(problem)}</span>").Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void OptionPositions(string folder, StringBuilder html, IReadOnlyList<GeneratorItems> generators)
    {
        Section(html, "Position of the correct option", "For multiple-choice items, how often the correct option is A, B, C... per number of options. An even spread is 1/n each.");
        var byCount = new SortedDictionary<int, long[]>();
        foreach (var g in generators)
        {
            foreach (var (options, positions) in g.OptionPositions)
            {
                if (!byCount.TryGetValue(options, out var sum)) byCount[options] = sum = new long[options];
                for (var k = 0; k < options; k++) sum[k] += positions[k];
            }
        }
        if (byCount.Count == 0)
        {
            html.Append("<p>No multiple-choice items.</p>\n");
            return;
        }
        Image(html, ReportCharts.Grouped(folder, "option-positions.png", "Correct option position", "share of items",
            [.. byCount.Select(c => ($"{c.Key} options ({N(c.Value.Sum())})", c.Value.Select(v => (double)v / Math.Max(1, c.Value.Sum())).ToArray()))]));
        foreach (var (options, positions) in byCount)
        {
            var total = positions.Sum();
            var most = positions.Max();
            if (total >= 30 && most > 1.5 * total / options)
                html.Append("<p class=warn>broken: with ").Append(options).Append(" options the correct one is option ").Append((char)('A' + Array.IndexOf(positions, most)))
                    .Append(" in ").Append(Pct((double)most / total)).Append(" of ").Append(N(total)).Append(" items.</p>\n");
        }
    }

    private static void TemplateCoverage(string folder, StringBuilder html, ReportFacts facts, IReadOnlyList<GeneratorItems> generators)
    {
        Section(html, "Phrasing coverage", "The share of each generator's phrasings (from the pack) that its items use.");
        var rows = generators.Where(g => facts.Generators.TryGetValue(g.Name, out var info) && info.Phrasings > 0)
            .Select(g => (g.Name, 100.0 * g.Templates.Count / facts.Generators[g.Name].Phrasings)).ToList();
        if (rows.Count == 0)
        {
            html.Append("<p>No generator of these items is in the pack, so the number of phrasings is unknown.</p>\n");
            return;
        }
        Image(html, ReportCharts.Bars(folder, "templates.png", "Phrasings used", "% of the generator's phrasings", rows));
    }

    private static void Vocabulary(StringBuilder html, ReportFacts facts)
    {
        Section(html, "Labels, attributes and predicates", "What the items name (their object, attribute and relation tags) against what the scene graphs hold.");
        html.Append("<table>\n<tr><th>kind</th><th>named in items</th><th>in the graphs</th><th>in the graphs, never named (most frequent first)</th></tr>\n");
        foreach (var (kind, title, inGraphs) in new[]
        {
            ("object", "labels", facts.Graphs?.Labels),
            ("attribute", "attributes", facts.Graphs?.Attributes),
            ("relation", "predicates", facts.Graphs?.Predicates),
        })
        {
            var named = facts.Items.Named[kind];
            var never = inGraphs?.Where(p => !named.ContainsKey(p.Key)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(12).Select(p => E(p.Key)) ?? [];
            html.Append("<tr><td>").Append(title).Append("</td><td class=n>").Append(N(named.Count)).Append("</td><td class=n>")
                .Append(inGraphs is null ? "—" : N(inGraphs.Count)).Append("</td><td>")
                .Append(inGraphs is null ? "pass --graphs to compare" : string.Join(", ", never)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Gallery(StringBuilder html, ReportFacts facts)
    {
        Section(html, "Samples", "An item of each generator drawn on its image(s), the evidence highlighted (as <code>provision show</code> draws it).");
        if (facts.Gallery.Count == 0)
        {
            html.Append("<p>").Append(E(facts.GalleryNote ?? "No samples.")).Append("</p>\n");
            return;
        }
        html.Append("<div class=gallery>\n");
        foreach (var entry in facts.Gallery)
        {
            html.Append("<figure>");
            if (entry.Png is not null) html.Append("<img src=\"").Append(E(entry.Png)).Append("\" alt=\"").Append(E(entry.ItemId)).Append("\">");
            html.Append("<figcaption><b>").Append(E(entry.Generator)).Append("</b><br>").Append(E(entry.Caption)).Append("</figcaption></figure>\n");
        }
        html.Append("</div>\n");
    }

    private static string Family(ReportFacts facts, string generator) => facts.Generators.TryGetValue(generator, out var info) ? info.Family : "?";

    private static List<(double, double)> Bins(long[] counts)
    {
        var last = Array.FindLastIndex(counts, c => c > 0);
        return [.. Enumerable.Range(0, last + 1).Select(i => ((double)i, (double)counts[i]))];
    }

    private static void Section(StringBuilder html, string title, string intro) =>
        html.Append("<h2>").Append(E(title)).Append("</h2>\n<p>").Append(intro).Append("</p>\n");

    private static void Image(StringBuilder html, string file) => html.Append("<img src=\"").Append(E(file)).Append("\" alt=\"").Append(E(file)).Append("\">\n");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string Pct(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

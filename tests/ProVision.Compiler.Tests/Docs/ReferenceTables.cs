using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ProVision.Compiler.Binding;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Tests.Docs;

/// <summary>
/// The tables of docs/language.md that are generated rather than written: the standard library from its registry
/// (functions, members, built-in values) and the diagnostics from the catalog (code and severity from each factory,
/// the meaning from its <c>&lt;summary&gt;</c>). Each table is the text of one marked region
/// (<see cref="GeneratedRegions"/>); LanguageReferenceTests fails when a region differs and rewrites it on request.
/// </summary>
internal static partial class ReferenceTables
{
    /// <summary>The region names and their texts, in the order they appear in language.md.</summary>
    public static IReadOnlyList<(string Name, string Text)> All() =>
    [
        ("members", Members()),
        ("builtins", Builtins()),
        ("functions", Functions()),
        ("diagnostics", Diagnostics(code => code[2] != '5')),
        ("lint-diagnostics", Diagnostics(code => code[2] == '5')),
    ];

    public static string Functions()
    {
        var table = new StringBuilder("| function | signatures | needs | where | what it does |\n| --- | --- | --- | --- | --- |\n");
        foreach (var function in StandardLibrary.Functions.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var signatures = string.Join("<br>", function.Overloads.Select(o => Code(o.Display)));
            table.Append($"| {Code(function.Name)} | {signatures} | {StandardLibrary.NeedNamesOf(function.Needs)} | {Where(function.Flags)} | {Cell(function.Summary)} |\n");
        }
        return table.ToString();
    }

    public static string Members()
    {
        var table = new StringBuilder("| member | type | needs | what it is |\n| --- | --- | --- | --- |\n");
        foreach (var member in StandardLibrary.Members)
        {
            var name = Code(MemberSymbol.ReceiverName(member.Receiver) + "." + member.Name);
            table.Append($"| {name} | {Code(member.Type.Name)} | {StandardLibrary.NeedNamesOf(member.Needs)} | {Cell(member.Summary)} |\n");
        }
        return table.ToString();
    }

    public static string Builtins()
    {
        var table = new StringBuilder("| value | type | needs | what it is |\n| --- | --- | --- | --- |\n");
        foreach (var builtin in StandardLibrary.Builtins)
        {
            var summary = builtin.SingleImageOnly ? builtin.Summary + "; single-image generators only" : builtin.Summary;
            table.Append($"| {Code(builtin.Name)} | {Code(builtin.Type.Name)} | {StandardLibrary.NeedNamesOf(builtin.Needs)} | {Cell(summary)} |\n");
        }
        return table.ToString();
    }

    public static string Diagnostics(Func<string, bool> include)
    {
        var summaries = FactorySummaries();
        var rows = Factories().Where(f => include(f.Code)).Select(f => (f.Code, Severity: f.Severity.ToString().ToLowerInvariant(),
                Meaning: summaries.TryGetValue(f.Factory, out var summary) ? summary : throw new InvalidOperationException(
                    $"{f.Factory} ({f.Code}) has no <summary>; the reference table is made from it")))
            .Concat(DiagnosticCatalog.Retired.Where(r => include(r.Code)).Select(r => (r.Code, Severity: "retired", Meaning: r.Note)));
        var table = new StringBuilder("| code | severity | meaning |\n| --- | --- | --- |\n");
        foreach (var (code, severity, meaning) in rows.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            table.Append($"| {code} | {severity} | {Cell(meaning)} |\n");
        }
        return table.ToString();
    }

    private static string Where(FunctionFlags flags)
    {
        var places = new List<string>();
        if ((flags & FunctionFlags.ItemRandom) != 0)
        {
            places.Add("emit block only");
        }
        if ((flags & FunctionFlags.SingleImage) != 0)
        {
            places.Add("single-image");
        }
        if ((flags & FunctionFlags.QueryRandom) != 0)
        {
            places.Add("query stream");
        }
        return string.Join(", ", places);
    }

    // Every factory of the catalog's one lookup: its code, severity and documentation id ("Class.Method").
    private static IEnumerable<(string Code, DiagnosticSeverity Severity, string Factory)> Factories() =>
        DiagnosticCatalog.All.Select(e => (e.Code, e.Severity, e.Factory.DeclaringType!.Name + "." + e.Factory.Name));

    // The factories' <summary> texts from the compiler's XML documentation file, without the leading "PVxxxx: ".
    private static Dictionary<string, string> FactorySummaries()
    {
        var assembly = typeof(DiagnosticCatalog).Assembly.Location;
        var xml = XDocument.Load(Path.ChangeExtension(assembly, ".xml"));
        var prefix = "M:" + typeof(DiagnosticCatalog).Namespace + ".";
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in xml.Descendants("member"))
        {
            var id = (string?)member.Attribute("name") ?? "";
            if (id.StartsWith(prefix, StringComparison.Ordinal) && member.Element("summary") is { } summary)
            {
                var name = id[prefix.Length..];
                name = name.Contains('(', StringComparison.Ordinal) ? name[..name.IndexOf('(', StringComparison.Ordinal)] : name;
                summaries[name] = CodePrefix().Replace(Markdown(summary), "");
            }
        }
        return summaries;
    }

    // XML documentation text as Markdown: <c>x</c> becomes `x`, a <see cref> its last name, whitespace one space.
    private static string Markdown(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "c" } code => "`" + code.Value + "`",
                XElement { Name.LocalName: "paramref" or "typeparamref" } parameter => "`" + (string?)parameter.Attribute("name") + "`",
                XElement { Name.LocalName: "see" } see => "`" + ((string?)see.Attribute("cref") ?? "").Split('.', ':')[^1] + "`",
                XElement other => Markdown(other),
                _ => "",
            });
        }
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static string Code(string text) => "`" + text.Replace("|", "\\|", StringComparison.Ordinal) + "`";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"^PV\d{4}( \((warning|error)\))?:\s*")]
    private static partial Regex CodePrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

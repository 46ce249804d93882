using System.Globalization;
using System.Text;
using ProVision.Compiler.Compilation;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Packs;

/// <summary>
/// The front end's warnings of a pack, kept with its cache entry (<see cref="RoslynPackCompiler.RememberSources"/>) so
/// that a load that skips the front end reports exactly what compiling it reported. One line per diagnostic: whether
/// it has a source, the file's shown path, span start and length, severity, code and message, tab-separated (tabs,
/// newlines and backslashes in text escaped).
/// </summary>
internal static class FrontEndNotes
{
    public static string Encode(IEnumerable<PackDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{(d.Source is null ? 0 : 1)}\t{Escape(d.Path)}\t{d.Diagnostic.Span.Start}\t{d.Diagnostic.Span.Length}\t{(int)d.Diagnostic.Severity}\t{Escape(d.Code)}\t{Escape(d.Message)}\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The diagnostics <paramref name="notes"/> holds, located in <paramref name="files"/> (by shown path); null when
    /// a line does not parse or names a file that is not among them (the entry is then not used).
    /// </summary>
    public static List<PackDiagnostic>? Decode(string notes, IReadOnlyList<PackSourceKey.File> files)
    {
        var result = new List<PackDiagnostic>();
        Dictionary<string, SourceText>? sources = null;
        foreach (var line in notes.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length != 7
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var severity)
                // The non-generic overload: the generic one is code the JIT compiles at every start.
                || !Enum.IsDefined(typeof(DiagnosticSeverity), (DiagnosticSeverity)severity))
            {
                return null;
            }
            var path = Unescape(parts[1]);
            var diagnostic = new Diagnostic(Unescape(parts[5]), (DiagnosticSeverity)severity, new TextSpan(start, length), Unescape(parts[6]));
            if (parts[0] == "0")
            {
                result.Add(new PackDiagnostic(diagnostic, path, null));
                continue;
            }
            sources ??= SourcesByPath(files);
            if (!sources.TryGetValue(path, out var source) || start + length > source.Length)
            {
                return null;
            }
            result.Add(new PackDiagnostic(diagnostic with { Source = source }, source));
        }
        return result;
    }

    // The files by shown path, the first of a repeated path winning (a plain loop: it runs at every warm start).
    private static Dictionary<string, SourceText> SourcesByPath(IReadOnlyList<PackSourceKey.File> files)
    {
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (!sources.ContainsKey(files[i].ShownPath)) sources.Add(files[i].ShownPath, new SourceText(files[i].Text, files[i].ShownPath));
        }
        return sources;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 't' => '\t', 'n' => '\n', _ => text[i] });
            }
            else
            {
                result.Append(text[i]);
            }
        }
        return result.ToString();
    }
}

using System.Collections.Frozen;
using System.Reflection;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.Diagnostics;

/// <summary>
/// The one lookup of every diagnostic the compiler can report. The factories live in one class per stage, one
/// method per code: <see cref="SyntaxDiagnostics"/> (PV0xxx), <see cref="BindingDiagnostics"/> (PV1xxx),
/// <see cref="EmitDiagnostics"/> (PV2xxx), <see cref="PackLoadingDiagnostics"/> (PV3xxx),
/// <see cref="SandboxDiagnostics"/> (PV4xxx) and <see cref="LintDiagnostics"/> (PV5xxx); this class lists them, finds
/// a code's factory, and keeps the retired codes.
/// </summary>
/// <remarks>
/// A number, once published, is never reused, even if its diagnostic is removed: list it in <see cref="Retired"/>.
/// Messages are lower-case, name the offending text in single quotes and say what to do. Each factory's
/// <c>&lt;summary&gt;</c> starts with its code and says when it is reported: it becomes the code's row in the
/// reference (docs/language.md, generated).
/// </remarks>
public static class DiagnosticCatalog
{
    private static FrozenDictionary<string, DiagnosticEntry>? s_byCode;

    /// <summary>The stage classes, in band order.</summary>
    public static IReadOnlyList<Type> Stages { get; } =
    [
        typeof(SyntaxDiagnostics), typeof(BindingDiagnostics), typeof(EmitDiagnostics),
        typeof(PackLoadingDiagnostics), typeof(SandboxDiagnostics), typeof(LintDiagnostics),
    ];

    /// <summary>Codes once published and since dropped, with what became of them; their numbers are never reused.</summary>
    public static IReadOnlyList<RetiredDiagnostic> Retired { get; } =
    [
        new("PV0036", "was the warning for `[a|b]?` ending a question; the `?` suffix form itself is now error PV0039"),
        new("PV1023", "was an unknown phrase set inside a phrase set; such a name is now a slot of the generator using the set, PV1073 when it does not set it"),
        new("PV1037", "was a slot inside a phrase set; phrase sets may now show slots, checked at each use (PV1073)"),
    ];

    /// <summary>Every factory with its code and severity, in code order.</summary>
    public static IReadOnlyList<DiagnosticEntry> All => [.. ByCode.Values.OrderBy(e => e.Code, StringComparer.Ordinal)];

    /// <summary>The factory that reports <paramref name="code"/>, or null (an unknown or retired code).</summary>
    public static DiagnosticEntry? Find(string code) => ByCode.GetValueOrDefault(code);

    private static FrozenDictionary<string, DiagnosticEntry> ByCode => s_byCode ??= Stages
        .SelectMany(stage => stage.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(method => method.ReturnType == typeof(Diagnostic))
        .Select(method => Describe(method))
        .ToFrozenDictionary(entry => entry.Code, StringComparer.Ordinal);

    // A factory's code and severity, read by calling it once with placeholder arguments (a factory only formats).
    private static DiagnosticEntry Describe(MethodInfo factory)
    {
        var arguments = factory.GetParameters().Select(p =>
            p.ParameterType == typeof(TextSpan) ? (object)default(TextSpan) : p.ParameterType == typeof(int) ? 1 : "x").ToArray();
        var sample = (Diagnostic)factory.Invoke(null, arguments)!;
        return new DiagnosticEntry(sample.Code, sample.Severity, factory);
    }
}

/// <summary>One code: its severity and the factory that reports it.</summary>
public sealed record DiagnosticEntry(string Code, DiagnosticSeverity Severity, MethodInfo Factory);

/// <summary>A diagnostic code that is no longer reported, and why.</summary>
public sealed record RetiredDiagnostic(string Code, string Note);

using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV2001-PV2099: constructs that bind but that the C# emitter cannot produce (yet).
/// <summary>PV2xxx: the emitter's diagnostics; every code is listed by <see cref="DiagnosticCatalog"/>.</summary>
public static class EmitDiagnostics
{
    /// <summary>PV2001: a construct the emitter does not support yet.</summary>
    public static Diagnostic CannotEmit(TextSpan span, string construct, string advice) =>
        Error("PV2001", span, $"{construct} cannot be compiled yet; {advice}");

    /// <summary>PV2002: nested helper calls in a template hole (the runtime applies one helper per slot).</summary>
    public static Diagnostic NestedTemplateHelper(TextSpan span, string text) =>
        Error("PV2002", span, $"'{text}' nests template helpers, and a slot takes one helper; keep the outer or the inner one (sentences are capitalised automatically)");

    /// <summary>PV2003: <c>combinations(...)</c> anywhere but as the source of a <c>for</c>.</summary>
    public static Diagnostic CombinationsOutsideFor(TextSpan span) =>
        Error("PV2003", span, "'combinations' becomes nested loops and can only be the source of a 'for' clause; write 'for a, b in combinations(xs, 2)'");
}

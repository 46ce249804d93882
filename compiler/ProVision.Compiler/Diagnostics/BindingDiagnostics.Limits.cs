using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV1052-PV1054: limits and faults a pack from a stranger must not get past (issue 11; docs/packs.md, "Sandbox and
// budgets"; PV0040 is the parser's). Each is found at compile time, so `check` itself stays fast and bounded.
public static partial class BindingDiagnostics
{
    /// <summary>PV1052: a template or phrase set whose longest rendering is longer than the limit.</summary>
    public static Diagnostic RenderedTooLong(TextSpan span, string what, string length, int limit) =>
        Error("PV1052", span, $"{what} can render {length} characters (not counting slot values); the limit is {limit:N0}; phrase sets that repeat each other grow exponentially");

    /// <summary>PV1053: constant arithmetic with no value (<c>x % 0</c>, <c>1 / 0</c>) or outside the 64-bit ints.</summary>
    public static Diagnostic ConstantArithmeticFault(TextSpan span, string what) =>
        Error("PV1053", span, $"{what}; every item would be skipped at run time");

    /// <summary>PV1054: a constant list index that no list can have.</summary>
    public static Diagnostic IndexOutOfRange(TextSpan span, string index) =>
        Error("PV1054", span, $"list index {index} is outside 0..{int.MaxValue}; no list can have it");
}

using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV0042: one way to write a `for` over tuples (docs/language.md, "Several patterns and nested patterns").
public static partial class SyntaxDiagnostics
{
    /// <summary>PV0042: <c>for (a, b) in</c>; the parentheses say nothing that <c>for a, b in</c> does not.</summary>
    public static Diagnostic ParenthesizedForPattern(TextSpan span, string rewritten) =>
        Error("PV0042", span, $"write '{rewritten}' without the parentheses; a 'for' names the parts of a tuple directly (parentheses are only for a tuple nested inside, as in 'for (s, o), rels in')");
}

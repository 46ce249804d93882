using ProVision.Compiler.Text;
using static ProVision.Compiler.Diagnostics.DiagnosticFactory;

namespace ProVision.Compiler.Diagnostics;

// PV4001-PV4012: the generated C# (Roslyn errors and the sandbox). Spans point into the C# source; every
// message also names the C# line, because the C# is usually read through 'provision emit' rather than an editor.
/// <summary>PV4xxx: the generated C# (Roslyn errors) and the sandbox; every code is listed by <see cref="DiagnosticCatalog"/>.</summary>
public static class SandboxDiagnostics
{
    /// <summary>PV4001: Roslyn rejects the generated C# (a compiler bug unless the C# was written by hand); the message gives the place in the C# as <c>file(line,col)</c>.</summary>
    public static Diagnostic CSharpError(TextSpan span, string location, string csharpCode, string message) =>
        Error("PV4001", span, $"the generated C# does not compile: {location}: {csharpCode}: {message.TrimEnd('.')} (a compiler bug unless the C# was written by hand)");

    /// <summary>PV4002: a type or member outside the sandbox allowlist.</summary>
    public static Diagnostic SandboxForbiddenSymbol(TextSpan span, string symbol, int line) =>
        Error("PV4002", span, $"'{symbol}' is not allowed in a pack (C# line {line}); generated code may use only the ProVision runtime and basic System types");

    /// <summary>PV4003: a namespace that gives access to files, network, processes, reflection, interop or threads.</summary>
    public static Diagnostic SandboxForbiddenNamespace(TextSpan span, string name, int line) =>
        Error("PV4003", span, $"namespace '{name}' is not allowed in a pack (C# line {line}); packs cannot use files, network, processes, reflection, interop or threads");

    /// <summary>PV4004: <c>unsafe</c>, pointers, <c>fixed</c>, address-of, function pointers.</summary>
    public static Diagnostic SandboxUnsafeCode(TextSpan span, string construct, int line) =>
        Error("PV4004", span, $"unsafe code ({construct}) is not allowed in a pack (C# line {line})");

    /// <summary>PV4005: an <c>extern</c> member (P/Invoke) or <c>extern alias</c>.</summary>
    public static Diagnostic SandboxExternMember(TextSpan span, string member, int line) =>
        Error("PV4005", span, $"extern '{member}' is not allowed in a pack (C# line {line}); packs cannot call native code");

    /// <summary>PV4006: the <c>dynamic</c> type.</summary>
    public static Diagnostic SandboxDynamic(TextSpan span, int line) =>
        Error("PV4006", span, $"'dynamic' is not allowed in a pack (C# line {line}); use a static type");

    /// <summary>PV4007: an attribute outside the small allowlist (Flags, Obsolete, MethodImpl inlining hints).</summary>
    public static Diagnostic SandboxForbiddenAttribute(TextSpan span, string attribute, int line) =>
        Error("PV4007", span, $"attribute '{attribute}' is not allowed in a pack (C# line {line}); only Flags, Obsolete and MethodImpl inlining hints are");

    /// <summary>PV4008: a statement or declaration the sandbox forbids (lock, async, finalizers, __arglist, ...).</summary>
    public static Diagnostic SandboxForbiddenConstruct(TextSpan span, string construct, string reason, int line) =>
        Error("PV4008", span, $"{construct} is not allowed in a pack (C# line {line}): {reason}");

    /// <summary>PV4009: the source declares the type the compiler adds to every pack.</summary>
    public static Diagnostic SandboxReservedName(TextSpan span, string name, int line) =>
        Error("PV4009", span, $"'{name}' is reserved for the generator factory the compiler adds (C# line {line}); rename the type");

    /// <summary>PV4010: a generator class the factory cannot create.</summary>
    public static Diagnostic GeneratorNotConstructible(TextSpan span, string type, string reason, int line) =>
        Error("PV4010", span, $"generator class '{type}' cannot be created (C# line {line}): {reason}");

    /// <summary>PV4011: Roslyn or the sandbox threw; reported instead of crashing.</summary>
    public static Diagnostic CSharpCompilerFailure(TextSpan span, string detail) =>
        Error("PV4011", span, $"internal error while compiling the generated C# ({detail.TrimEnd('.')}); please report it with the pack");

    /// <summary>PV4012: the compiled assembly could not be loaded or its factory failed.</summary>
    public static Diagnostic PackAssemblyLoadFailed(TextSpan span, string detail) =>
        Error("PV4012", span, $"the compiled pack could not be loaded ({detail.TrimEnd('.')})");
}

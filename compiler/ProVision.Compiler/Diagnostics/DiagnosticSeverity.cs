namespace ProVision.Compiler.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop compilation; warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing, never fails a build.</summary>
    Info,

    /// <summary>Probably a mistake; the file still compiles.</summary>
    Warning,

    /// <summary>The file cannot be compiled.</summary>
    Error,
}

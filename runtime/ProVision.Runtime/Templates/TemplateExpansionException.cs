namespace ProVision.Runtime.Templates;

/// <summary>
/// A generator's templates could not be expanded (more expansions than the limit). The compiler reports
/// this as a diagnostic before a pack ever loads; the exception guards hand-built generators.
/// </summary>
public sealed class TemplateExpansionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateExpansionException(string message)
        : base(message)
    {
    }
}

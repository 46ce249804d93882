namespace ProVision.Runtime.Generation;

/// <summary>
/// A fault of a pack's code found while it runs (a stdlib function given an argument outside its domain, say
/// <c>pick(xs, -5)</c>): never a bug of ProVision and never bad data. The engine skips that generator on that graph
/// and counts the reason (docs/packs.md, "Sandbox and budgets").
/// </summary>
public sealed class PackFaultException : Exception
{
    public PackFaultException(string message)
        : base(message)
    {
    }

    public PackFaultException()
    {
    }

    public PackFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

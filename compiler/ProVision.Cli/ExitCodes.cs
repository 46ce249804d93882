namespace ProVision.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad command line (System.CommandLine's own parse errors also exit 1).</summary>
    public const int Usage = 1;

    /// <summary>Input data that could not be read or validated.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in ProVision itself; the message asks for a report.</summary>
    public const int InternalError = 3;
}

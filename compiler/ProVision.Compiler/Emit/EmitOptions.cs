namespace ProVision.Compiler.Emit;

/// <summary>Options for <see cref="PackEmitter.Emit"/>.</summary>
public sealed record EmitOptions
{
    /// <summary>The default options.</summary>
    public static EmitOptions Default { get; } = new();

    /// <summary>The namespace of the emitted classes: a dotted C# name chosen by the host, never taken from .pvg text.</summary>
    public string Namespace { get; init; } = "ProVision.Generated";
}

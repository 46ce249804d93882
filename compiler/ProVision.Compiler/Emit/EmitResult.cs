using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;

namespace ProVision.Compiler.Emit;

/// <summary>
/// What <see cref="PackEmitter.Emit"/> produced: every diagnostic of every stage (syntax, binding, emit; each with
/// its <see cref="Diagnostic.Source"/>), the C# source of the whole pack (null when there were errors) and the
/// generators it defines.
/// </summary>
public sealed record EmitResult(ImmutableArray<Diagnostic> Diagnostics, string? Source, ImmutableArray<EmittedGenerator> Generators)
{
    /// <summary>True when source was produced (no errors).</summary>
    public bool Success => Source is not null;
}

/// <summary>One emitted generator: its .pvg name, its aliases and the fully-qualified name of its C# class.</summary>
public sealed record EmittedGenerator(string Name, ImmutableArray<string> Aliases, string ClassName);

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Diagnostic = ProVision.Compiler.Diagnostics.Diagnostic;

namespace ProVision.Compiler.Sandbox;

/// <summary>
/// The check that keeps a pack from touching files, network, processes or the host: a walk over the bound C#
/// that rejects every type, member, attribute and construct outside <see cref="SandboxAllowlist"/> (PV4002-PV4008).
/// </summary>
/// <remarks>
/// Allowed: the pack's own declarations; ProVision.Runtime's Generation, Templates, Stdlib, Text, SceneGraphs,
/// Items and Randomness namespaces (minus file-reading types); System primitives, String, Math, spans, arrays,
/// tuples, ImmutableArray, the System.Collections.Generic basics, a few exceptions and delegates.
/// Rejected: everything else, by symbol (so aliases, <c>global::</c> and <c>using static</c> do not help), plus
/// unsafe code, pointers, function pointers, <c>extern</c>, <c>dynamic</c>, <c>lock</c>, <c>async</c>/<c>await</c>,
/// finalizers, <c>__arglist</c>/<c>__makeref</c> and attributes other than Flags, Obsolete and MethodImpl
/// inlining hints. Names Roslyn cannot resolve (their assemblies are not referenced) are checked by name against
/// <see cref="SandboxAllowlist.ForbiddenNamespaces"/>.
/// <para>The walk is the slow, exact judge: <see cref="MetadataSandbox"/> skips it for packs whose emitted image and
/// source it can vouch for, and every pack it cannot vouch for comes here.</para>
/// </remarks>
public static class PackSandbox
{
    /// <summary>The violations in <paramref name="model"/>'s tree, one per offending type and line, in source order.</summary>
    public static ImmutableArray<Diagnostic> Check(SemanticModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var walker = new SandboxWalker(model);
        walker.Visit(model.SyntaxTree.GetRoot());
        return [.. walker.Diagnostics.OrderBy(d => d.Span.Start)];
    }
}

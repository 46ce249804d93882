using System.Collections.Frozen;
using Microsoft.CodeAnalysis;

namespace ProVision.Compiler.Sandbox;

/// <summary>
/// What generated code may touch. Everything declared in the pack's own source is allowed (its bodies are checked
/// too); anything else must be on one of these lists. The lists name types by metadata name
/// (<c>System.Collections.Generic.List`1</c>); a nested type is allowed when its outer type is.
/// </summary>
internal static class SandboxAllowlist
{
    /// <summary>The assembly whose public surface generated code calls.</summary>
    public const string RuntimeAssembly = "ProVision.Runtime";

    /// <summary>ProVision.Runtime namespaces generated code may use (docs/runtime-contract.md).</summary>
    public static readonly FrozenSet<string> RuntimeNamespaces = FrozenSet.ToFrozenSet(
    [
        "ProVision.Runtime.Generation",
        "ProVision.Runtime.Templates",
        "ProVision.Runtime.Stdlib",
        "ProVision.Runtime.Stdlib.SceneGraphFamily",      // referring expressions, components, the scene caption
        "ProVision.Runtime.Text",
        "ProVision.Runtime.SceneGraphs",
        "ProVision.Runtime.Items",
        "ProVision.Runtime.Randomness",
    ], StringComparer.Ordinal);

    /// <summary>Runtime types inside those namespaces that read files or reach outside the run.</summary>
    public static readonly FrozenSet<string> DeniedRuntimeTypes = FrozenSet.ToFrozenSet(
    [
        "ProVision.Runtime.Stdlib.VocabularyReader",       // Load(path) reads any file
        "ProVision.Runtime.Stdlib.VocabularyTables",       // the host's carried vocabulary, no business of a pack's
        "ProVision.Runtime.SceneGraphs.FileMaskSet",       // new FileMaskSet(path, ...) reads any file
        "ProVision.Runtime.Generation.SinkItemCollector",  // forwards to a writer
    ], StringComparer.Ordinal);

    /// <summary>Types whose constructors are denied (their instances come from the graph; a new one names a file).</summary>
    public static readonly FrozenSet<string> DeniedConstructors = FrozenSet.ToFrozenSet(
    [
        "ProVision.Runtime.SceneGraphs.DepthSource",
    ], StringComparer.Ordinal);

    /// <summary>Framework types generated code may use.</summary>
    public static readonly FrozenSet<string> FrameworkTypes = FrozenSet.ToFrozenSet(
    [
        // Primitives and basics
        "System.Object", "System.String", "System.Boolean", "System.Char",
        "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
        "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.Void",
        "System.Enum", "System.Nullable`1", "System.Math", "System.MathF", "System.MidpointRounding",
        "System.Index", "System.Range", "System.HashCode", "System.StringComparison", "System.StringComparer",
        "System.StringSplitOptions", "System.IEquatable`1", "System.IComparable", "System.IComparable`1", "System.IDisposable",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
        // Spans and arrays
        "System.Span`1", "System.ReadOnlySpan`1", "System.MemoryExtensions", "System.Array",
        // Delegates (lambdas and local functions)
        "System.Action", "System.Action`1", "System.Action`2", "System.Action`3", "System.Action`4",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5",
        "System.Comparison`1", "System.Predicate`1",
        // Exceptions a generator may throw
        "System.Exception", "System.InvalidOperationException", "System.ArgumentException", "System.ArgumentNullException",
        "System.ArgumentOutOfRangeException", "System.IndexOutOfRangeException", "System.NotSupportedException",
        "System.NotImplementedException", "System.FormatException", "System.OverflowException", "System.DivideByZeroException",
        // Collections
        "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.KeyValuePair",
        "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1", "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.PriorityQueue`2",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IEnumerator`1",
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Generic.ISet`1", "System.Collections.Generic.IReadOnlySet`1",
        "System.Collections.Generic.IComparer`1", "System.Collections.Generic.IEqualityComparer`1",
        "System.Collections.Generic.Comparer`1", "System.Collections.Generic.EqualityComparer`1",
        "System.Collections.Generic.CollectionExtensions",
        "System.Collections.Immutable.ImmutableArray`1", "System.Collections.Immutable.ImmutableArray",
        // Attributes on the allowlist, and what their arguments name
        "System.FlagsAttribute", "System.ObsoleteAttribute",
        "System.Runtime.CompilerServices.MethodImplAttribute", "System.Runtime.CompilerServices.MethodImplOptions",
    ], StringComparer.Ordinal);

    /// <summary>Members of allowed types that are still denied (metadata name of the type + "." + member name).</summary>
    public static readonly FrozenSet<string> DeniedMembers = FrozenSet.ToFrozenSet(
    [
        "System.Object.GetType",            // the door to reflection
        "System.Array.CreateInstance",
        "System.Array.CreateInstanceFromArrayType",
    ], StringComparer.Ordinal);

    /// <summary>Attributes generated code may carry.</summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "System.FlagsAttribute",
        "System.ObsoleteAttribute",
        "System.Runtime.CompilerServices.MethodImplAttribute",
    ], StringComparer.Ordinal);

    /// <summary>MethodImpl options allowed: inlining and optimisation hints (not Synchronized, InternalCall, ...).</summary>
    public const int AllowedMethodImplOptions = 8 | 64 | 256 | 512; // NoInlining | NoOptimization | AggressiveInlining | AggressiveOptimization

    /// <summary>
    /// Namespaces named in the messages and checked by name where Roslyn cannot resolve a name (their assemblies
    /// are not referenced at all): files, network, processes, reflection, interop, threads, security, loaders.
    /// </summary>
    public static readonly string[] ForbiddenNamespaces =
    [
        "System.IO", "System.Net", "System.Diagnostics", "System.Reflection", "System.Runtime.InteropServices",
        "System.Runtime.Loader", "System.Runtime.Intrinsics", "System.Threading", "System.Security", "System.Dynamic",
        "System.Web", "System.Data", "System.Resources", "System.Configuration", "Microsoft.Win32", "Microsoft.CSharp",
    ];

    /// <summary>The metadata name of a type definition: <c>Namespace.Outer+Inner`1</c> style, with '.' for nesting.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "." + name;
        }
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    /// <summary>True when a type from outside the pack's own source may be used.</summary>
    public static bool IsAllowedType(INamedTypeSymbol definition)
    {
        if (definition.ContainingType is { } outer)
        {
            return IsAllowedType(outer.OriginalDefinition);
        }
        var name = MetadataName(definition);
        if (definition.ContainingAssembly?.Name == RuntimeAssembly)
        {
            var ns = definition.ContainingNamespace?.ToDisplayString() ?? "";
            return RuntimeNamespaces.Contains(ns) && !DeniedRuntimeTypes.Contains(name);
        }
        return FrameworkTypes.Contains(name);
    }

    /// <summary>The forbidden namespace <paramref name="name"/> lies in (itself or an enclosing one), or null.</summary>
    public static string? ForbiddenNamespaceOf(string name)
    {
        if (name.StartsWith("global::", StringComparison.Ordinal))
        {
            name = name["global::".Length..];
        }
        foreach (var ns in ForbiddenNamespaces)
        {
            if (name.Length >= ns.Length && name.StartsWith(ns, StringComparison.Ordinal) && (name.Length == ns.Length || name[ns.Length] == '.'))
            {
                return ns;
            }
        }
        return null;
    }
}

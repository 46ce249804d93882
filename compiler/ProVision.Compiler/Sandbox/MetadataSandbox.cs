using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProVision.Compiler.Sandbox;

/// <summary>
/// The sandbox's fast path: judges an emitted pack by what its metadata references instead of binding every
/// expression (binding is most of a cold compile). It only ever says "clean" or "ask the semantic walk"; every
/// rejection, with its located PV4xxx diagnostics, still comes from <see cref="PackSandbox"/>.
/// </summary>
/// <remarks>
/// Why this is as strict as the walk where it matters: whatever generated code can do at run time, its IL does
/// through a TypeRef or MemberRef row (a call, a field, a cast, a generic argument, an attribute constructor), so
/// every such row must pass the same <see cref="SandboxAllowlist"/>. What leaves no row (nameof, constants, an
/// unused local's type, <c>using static</c>, attributes' typeof) grants no capability, but the walk reports it, so
/// the source is scanned too: any construct the walk judges by syntax, any attribute or non-plain using, and any
/// name the source uses that neither the source declares nor the metadata explains sends the pack to the walk.
/// When in doubt, the answer is "ask the walk".
/// </remarks>
internal static class MetadataSandbox
{
    /// <summary>
    /// Types the compiler's lowering references on its own (string interpolation, array and collection
    /// initialisers, closures, nullable and ref-safety markers). Allowed only when the source never writes their
    /// simple name: then every reference to them is the compiler's, not the pack's. System.Type is deliberately not
    /// here (typeof yields one without naming it), so iterators, whose state machine attribute takes a Type, go to
    /// the walk.
    /// </summary>
    private static readonly FrozenSet<string> CompilerOnlyTypes = FrozenSet.ToFrozenSet(
    [
        "System.Attribute", "System.AttributeUsageAttribute", "System.AttributeTargets", "System.ValueType",
        "System.MulticastDelegate", "System.IAsyncResult", "System.AsyncCallback",
        "System.Diagnostics.DebuggableAttribute", "System.Diagnostics.DebuggerHiddenAttribute",
        "System.Diagnostics.DebuggerBrowsableAttribute", "System.Diagnostics.DebuggerBrowsableState",
        "System.Diagnostics.DebuggerStepThroughAttribute", "System.Diagnostics.DebuggerNonUserCodeAttribute",
        "System.Reflection.DefaultMemberAttribute",                     // indexers
        "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        "System.Runtime.CompilerServices.ExtensionAttribute", "System.ParamArrayAttribute",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute", "System.Runtime.CompilerServices.IsByRefLikeAttribute",
        "System.Runtime.CompilerServices.IsExternalInit", "System.Runtime.CompilerServices.TupleElementNamesAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute", "System.Runtime.CompilerServices.ScopedRefAttribute",
        "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute", "System.Runtime.CompilerServices.RequiredMemberAttribute",
        "System.Runtime.CompilerServices.NullableAttribute", "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.DecimalConstantAttribute", "System.Runtime.CompilerServices.InlineArrayAttribute",
        "System.Runtime.CompilerServices.RuntimeHelpers", "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
        "System.Runtime.CompilerServices.Unsafe", "System.Runtime.InteropServices.CollectionsMarshal",
        "System.Runtime.InteropServices.MemoryMarshal", "System.Runtime.InteropServices.ImmutableCollectionsMarshal",
        "System.Runtime.InteropServices.InAttribute",
        "System.Runtime.InteropServices.OutAttribute", "System.Runtime.CompilerServices.IsVolatile",
        "System.Runtime.CompilerServices.IsUnmanagedAttribute", "System.Runtime.CompilerServices.RequiresLocationAttribute",
        "System.Runtime.CompilerServices.ParamCollectionAttribute",
    ], StringComparer.Ordinal);

    // Names the language gives meaning to without declaring them anywhere.
    private static readonly FrozenSet<string> ContextualNames = FrozenSet.ToFrozenSet(["var", "nameof", "notnull", "_", "global"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="image"/> (emitted from <paramref name="compilation"/>) and <paramref name="tree"/>
    /// (the pack's source) need no semantic walk; false sends the pack to <see cref="PackSandbox.Check"/>.
    /// </summary>
    public static bool IsClean(SyntaxTree tree, CSharpCompilation compilation, byte[] image)
    {
        var source = SourceScan.Of(tree);
        if (source.NeedsWalk || !StackAllocSizesAreSmallConstants(tree, compilation, source))
        {
            return false;
        }
        using var pe = new PEReader(ImmutableArray.Create(image));
        var metadata = pe.GetMetadataReader();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        return ReferencesAreAllowed(metadata, source.UsedNames, explained)
            && NoNativeEntryPoints(metadata)
            && ExplainsEveryName(metadata, compilation, source, explained);
    }

    // The few semantic queries of the fast path: a stackalloc size such as Counting.DefaultChoices is a constant.
    private static bool StackAllocSizesAreSmallConstants(SyntaxTree tree, CSharpCompilation compilation, SourceScan source)
    {
        if (source.StackAllocSizes.Count == 0)
        {
            return true;
        }
        var model = compilation.GetSemanticModel(tree);
        return source.StackAllocSizes.TrueForAll(size =>
            model.GetConstantValue(size) is { HasValue: true, Value: int length } && length <= SourceScan.MaxStackAllocLength);
    }

    // The whole TypeRef table, not only what IL instructions name: every external type in a signature, a local, a
    // generic argument (TypeSpec/MethodSpec blobs) or an attribute is a row here, so one pass covers them all.
    // Primitives are element types with no row; of those, only nint/nuint (IntPtr) are outside the allowlist, and
    // writing them is an unexplained name (below), which sends the pack to the walk.
    private static bool ReferencesAreAllowed(MetadataReader metadata, HashSet<string> usedNames, HashSet<string> explained)
    {
        foreach (var handle in metadata.TypeReferences)
        {
            if (Judge(metadata, handle, usedNames) is not { } verdict)
            {
                return false;
            }
            if (!verdict.CompilerOnly)
            {
                explained.Add(verdict.Name);
                AddSegments(metadata.GetString(metadata.GetTypeReference(handle).Namespace), explained);
            }
        }
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            var memberName = metadata.GetString(member.Name);
            if (!MemberIsAllowed(metadata, member.Parent, memberName))
            {
                return false;
            }
            explained.Add(AccessorlessName(memberName));
        }
        return true;
    }

    // A pack has no P/Invoke, no InternalCall and no module references; extern is rejected by the walk too.
    private static bool NoNativeEntryPoints(MetadataReader metadata)
    {
        if (metadata.GetTableRowCount(TableIndex.ModuleRef) > 0 || metadata.GetTableRowCount(TableIndex.ImplMap) > 0)
        {
            return false;
        }
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if ((method.Attributes & System.Reflection.MethodAttributes.PinvokeImpl) != 0
                || (method.ImplAttributes & (System.Reflection.MethodImplAttributes.InternalCall | System.Reflection.MethodImplAttributes.Synchronized)) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The simple name (arity removed) of an allowed type reference and whether only the compiler's lowering may
    /// use it; null when the walk must judge it.
    /// </summary>
    private static (string Name, bool CompilerOnly)? Judge(MetadataReader metadata, TypeReferenceHandle handle, HashSet<string> usedNames)
    {
        var type = metadata.GetTypeReference(handle);
        var name = StripArity(metadata.GetString(type.Name));
        switch (type.ResolutionScope.Kind)
        {
            case HandleKind.TypeReference:
                // A nested type is allowed when its outer type is (as in SandboxAllowlist.IsAllowedType).
                return Judge(metadata, (TypeReferenceHandle)type.ResolutionScope, usedNames) is { } outer ? (name, outer.CompilerOnly) : null;
            case HandleKind.AssemblyReference:
                var assembly = metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name);
                var ns = metadata.GetString(type.Namespace);
                var fullName = ns.Length == 0 ? metadata.GetString(type.Name) : ns + "." + metadata.GetString(type.Name);
                var allowed = assembly == SandboxAllowlist.RuntimeAssembly
                    ? SandboxAllowlist.RuntimeNamespaces.Contains(ns) && !SandboxAllowlist.DeniedRuntimeTypes.Contains(fullName)
                    : SandboxAllowlist.FrameworkTypes.Contains(fullName);
                if (allowed)
                {
                    return (name, false);
                }
                return CompilerOnlyTypes.Contains(fullName) && !usedNames.Contains(name) ? (name, true) : null;
            default:
                return null;
        }
    }

    private static bool MemberIsAllowed(MetadataReader metadata, EntityHandle parent, string memberName)
    {
        switch (parent.Kind)
        {
            case HandleKind.TypeDefinition:
                return true; // the pack's own type
            case HandleKind.TypeReference:
                return MemberOfReferenceIsAllowed(metadata, (TypeReferenceHandle)parent, memberName);
            case HandleKind.TypeSpecification:
                var blob = metadata.GetBlobReader(metadata.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
                var code = blob.ReadSignatureTypeCode();
                if (code is SignatureTypeCode.SZArray or SignatureTypeCode.Array)
                {
                    return true; // multi-dimensional array accessors and constructors
                }
                if (code != SignatureTypeCode.GenericTypeInstance)
                {
                    return false;
                }
                blob.ReadSignatureTypeCode(); // class or valuetype
                var generic = blob.ReadTypeHandle();
                return generic.Kind == HandleKind.TypeDefinition
                    || (generic.Kind == HandleKind.TypeReference && MemberOfReferenceIsAllowed(metadata, (TypeReferenceHandle)generic, memberName));
            default:
                return false; // vararg call sites (MethodDefinition) and module references
        }
    }

    // The type itself was judged with the TypeRef table; here only the denied members and constructors remain.
    private static bool MemberOfReferenceIsAllowed(MetadataReader metadata, TypeReferenceHandle handle, string memberName)
    {
        var type = metadata.GetTypeReference(handle);
        var ns = metadata.GetString(type.Namespace);
        var fullName = ns.Length == 0 ? metadata.GetString(type.Name) : ns + "." + metadata.GetString(type.Name);
        return !SandboxAllowlist.DeniedMembers.Contains(fullName + "." + memberName)
            && !(memberName == ".ctor" && SandboxAllowlist.DeniedConstructors.Contains(fullName));
    }

    /// <summary>
    /// Every name the source uses must be declared by it or named by the metadata (a type, member or namespace it
    /// references or defines, or a member of a referenced allowed type: enum members and constants are inlined).
    /// A name nothing explains (<c>nameof(Environment)</c>, an unused local's forbidden type) goes to the walk.
    /// </summary>
    private static bool ExplainsEveryName(MetadataReader metadata, CSharpCompilation compilation, SourceScan source, HashSet<string> explained)
    {
        explained.UnionWith(source.DeclaredNames);
        explained.UnionWith(ContextualNames);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            explained.Add(StripArity(metadata.GetString(type.Name)));
            AddSegments(metadata.GetString(type.Namespace), explained);
            foreach (var generic in type.GetGenericParameters())
            {
                explained.Add(metadata.GetString(metadata.GetGenericParameter(generic).Name));
            }
        }
        foreach (var handle in metadata.MethodDefinitions)
        {
            explained.Add(AccessorlessName(metadata.GetString(metadata.GetMethodDefinition(handle).Name)));
        }
        foreach (var handle in metadata.FieldDefinitions)
        {
            explained.Add(metadata.GetString(metadata.GetFieldDefinition(handle).Name));
        }
        foreach (var handle in metadata.PropertyDefinitions)
        {
            explained.Add(metadata.GetString(metadata.GetPropertyDefinition(handle).Name));
        }
        // Members of allowed framework types (double.NaN, int.MaxValue: primitives leave no TypeRef, constants no
        // MemberRef) and of the runtime types the image references.
        foreach (var name in SandboxAllowlist.FrameworkTypes)
        {
            if (compilation.GetTypeByMetadataName(name) is { } symbol)
            {
                explained.UnionWith(symbol.MemberNames);
            }
        }
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            var ns = metadata.GetString(type.Namespace);
            if (SandboxAllowlist.RuntimeNamespaces.Contains(ns) && type.ResolutionScope.Kind == HandleKind.AssemblyReference
                && compilation.GetTypeByMetadataName(ns + "." + metadata.GetString(type.Name)) is { } symbol)
            {
                explained.UnionWith(symbol.MemberNames);
            }
        }
        // An alias or using static grants nothing by itself; the walk still reports one to a forbidden or unused type.
        var knownTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            var fullName = metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.AssemblyReference
                && (SandboxAllowlist.FrameworkTypes.Contains(fullName) || SandboxAllowlist.RuntimeNamespaces.Contains(metadata.GetString(type.Namespace))))
            {
                knownTypes.Add(fullName);
            }
        }
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            knownTypes.Add(metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name));
        }
        if (!source.TypeTargets.TrueForAll(knownTypes.Contains))
        {
            return false;
        }
        foreach (var name in source.UsedNames)
        {
            if (!explained.Contains(name))
            {
                return false;
            }
        }
        return true;
    }

    private static void AddSegments(string ns, HashSet<string> names)
    {
        foreach (var segment in ns.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            names.Add(segment);
        }
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    // get_Count, set_Item, add_Changed: the source says Count, this[...] or Changed.
    private static string AccessorlessName(string name)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["get_", "set_", "add_", "remove_"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }
        return name;
    }
}

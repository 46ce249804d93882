using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using ProVision.Runtime.Randomness;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Symbols;

/// <summary>
/// The runtime member a plain standard-library call becomes: a public static method of a runtime class, an
/// instance method of a context service (the vocabulary, a random stream), or a property of the call's first
/// argument. Both back ends read the same <see cref="ResolvedCall"/>: the emitter writes it as C#, the reference
/// interpreter invokes it. Parameters are filled by type (see <see cref="RuntimeParameterKind"/>), so an entry
/// names only the member. A method that fills a <c>ScratchList&lt;T&gt;</c> clears it first; the call's value is
/// then the list.
/// </summary>
public sealed class RuntimeBinding
{
    private readonly ConcurrentDictionary<string, ResolvedCall> _resolved = new(StringComparer.Ordinal);

    private RuntimeBinding(Type type, string member, bool isProperty)
    {
        DeclaringType = type;
        Member = member;
        IsProperty = isProperty;
    }

    /// <summary>The runtime type that declares the member.</summary>
    public Type DeclaringType { get; }

    /// <summary>The member's name.</summary>
    public string Member { get; }

    /// <summary>True for a property read on the first argument (<c>e.Phrase</c>).</summary>
    public bool IsProperty { get; }

    /// <summary>A method (static, or an instance method of <see cref="Vocabulary"/> or <see cref="DeterministicRandom"/>).</summary>
    public static RuntimeBinding Method(Type type, string name) => new(type, name, isProperty: false);

    /// <summary>A property of the first argument.</summary>
    public static RuntimeBinding Property(Type type, string name) => new(type, name, isProperty: true);

    /// <summary>As shown in documentation: <c>Geometry.Overlaps</c>.</summary>
    public string Display => DeclaringType.Name + "." + Member;

    /// <summary>
    /// The overload for these argument types: the one whose argument parameters match exactly, else the first that
    /// accepts them with an integer narrowing. Throws when none does: a registry entry that names a wrong member
    /// (a test resolves every entry against every signature).
    /// </summary>
    public ResolvedCall Resolve(IReadOnlyList<TypeSymbol> arguments, bool multiImage)
    {
        var key = string.Join(",", arguments.Select(a => a.Name)) + (multiImage ? "|multi" : "");
        return _resolved.GetOrAdd(key, _ => ResolveCore(arguments, multiImage));
    }

    private ResolvedCall ResolveCore(IReadOnlyList<TypeSymbol> arguments, bool multiImage)
    {
        if (IsProperty)
        {
            var property = DeclaringType.GetProperty(Member, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{Display} is not a public property");
            return new ResolvedCall(this, property, RuntimeParameterKind.FirstArgument, [], property.PropertyType, multiImage);
        }
        // Best first: exact argument types, then a method that fills a buffer (the emitted code's list form), then
        // declaration order, so the choice never depends on reflection's method order.
        ResolvedCall? best = null;
        var bestScore = -1;
        foreach (var method in DeclaringType.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).OrderBy(m => m.MetadataToken))
        {
            if (method.Name != Member || method.IsGenericMethodDefinition || !TryMatch(method, arguments, multiImage, out var call, out var exact))
            {
                continue;
            }
            var score = (exact ? 2 : 0) + (call.Buffer is null ? 0 : 1);
            if (score > bestScore)
            {
                best = call;
                bestScore = score;
            }
        }
        return best ?? throw new InvalidOperationException(
            $"{Display} has no overload taking ({string.Join(", ", arguments.Select(a => a.Name))})");
    }

    private bool TryMatch(MethodInfo method, IReadOnlyList<TypeSymbol> arguments, bool multiImage, out ResolvedCall call, out bool exact)
    {
        call = null!;
        exact = true;
        var receiver = RuntimeParameterKind.None;
        if (!method.IsStatic)
        {
            receiver = ServiceKind(method.DeclaringType!);
            if (receiver == RuntimeParameterKind.None)
            {
                return false;
            }
        }
        var parameters = ImmutableArray.CreateBuilder<RuntimeParameter>();
        var next = 0;
        foreach (var parameter in method.GetParameters())
        {
            var service = ServiceKind(parameter.ParameterType);
            if (service != RuntimeParameterKind.None)
            {
                parameters.Add(new RuntimeParameter(service, -1, parameter.ParameterType));
                continue;
            }
            if (next == arguments.Count)
            {
                if (parameter.HasDefaultValue)
                {
                    parameters.Add(new RuntimeParameter(RuntimeParameterKind.Default, -1, parameter.ParameterType));
                    continue;
                }
                return false;
            }
            var match = ClrTypes.Match(arguments[next], parameter.ParameterType);
            if (match == TypeMatch.None)
            {
                return false;
            }
            exact &= match == TypeMatch.Exact;
            parameters.Add(new RuntimeParameter(RuntimeParameterKind.Argument, next++, parameter.ParameterType));
        }
        if (next != arguments.Count)
        {
            return false;
        }
        call = new ResolvedCall(this, method, receiver, parameters.ToImmutable(), method.ReturnType, multiImage);
        return true;
    }

    // The parameters (and receivers) the back ends fill from the generator's context rather than from arguments.
    private static RuntimeParameterKind ServiceKind(Type type) =>
        type == typeof(SceneGraph) ? RuntimeParameterKind.Graph
        : type == typeof(Vocabulary) ? RuntimeParameterKind.Vocabulary
        : type == typeof(DeterministicRandom) ? RuntimeParameterKind.Random
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ScratchList<>) ? RuntimeParameterKind.Buffer
        : RuntimeParameterKind.None;
}

/// <summary>Where a runtime parameter's value comes from.</summary>
public enum RuntimeParameterKind
{
    /// <summary>No receiver (a static method).</summary>
    None,

    /// <summary>The call's argument at <see cref="RuntimeParameter.Argument"/>.</summary>
    Argument,

    /// <summary>The image's graph; in a multi-image generator, the graph of the first object argument's image.</summary>
    Graph,

    /// <summary>The context's vocabulary.</summary>
    Vocabulary,

    /// <summary>The item's random stream for <see cref="FunctionFlags.ItemRandom"/> functions, else the query stream.</summary>
    Random,

    /// <summary>A reusable list the method fills: the call's value is its contents.</summary>
    Buffer,

    /// <summary>The first argument, as the receiver of a property.</summary>
    FirstArgument,

    /// <summary>An optional parameter the call leaves at its default (emitted code omits it).</summary>
    Default,
}

/// <summary>One runtime parameter (all of the method's, in order): where its value comes from and its CLR type.</summary>
public sealed record RuntimeParameter(RuntimeParameterKind Kind, int Argument, Type Type);

/// <summary>A binding resolved for one list of argument types: the member and how each of its parameters is filled.</summary>
public sealed record ResolvedCall(
    RuntimeBinding Binding, MemberInfo Member, RuntimeParameterKind Receiver, ImmutableArray<RuntimeParameter> Parameters, Type ReturnType, bool MultiImage)
{
    /// <summary>The buffer parameter, when the method fills one (its value is then the call's value).</summary>
    public RuntimeParameter? Buffer => Parameters.FirstOrDefault(p => p.Kind == RuntimeParameterKind.Buffer);
}

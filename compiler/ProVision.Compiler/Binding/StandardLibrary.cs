using System.Collections.Frozen;
using System.Collections.Immutable;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Binding;

/// <summary>
/// The standard library as the binder sees it: every function with its overloads, the data each reads and the
/// runtime code the emitter turns it into; the members of the built-in types; the built-in values; the valid
/// <c>family</c> and <c>needs</c> names. The tables are in the partial files <c>StandardLibrary.Functions.cs</c>
/// and <c>StandardLibrary.Members.cs</c>; <c>docs/language.md</c> prints them (generated, see LanguageReferenceTests).
/// </summary>
public static partial class StandardLibrary
{
    // Built on first use: the tables live in other partial files, whose static initialisers may run later.
    private static FrozenDictionary<string, FunctionSymbol>? s_functions;
    private static FrozenDictionary<(TypeKind, string), MemberSymbol>? s_members;
    private static FrozenDictionary<string, BuiltinSymbol>? s_builtins;

    /// <summary>The <c>needs</c> names and their flags.</summary>
    public static ImmutableArray<(string Name, DataNeeds Need)> NeedNames { get; } =
    [
        ("labels", DataNeeds.Labels),
        ("boxes", DataNeeds.Boxes),
        ("attributes", DataNeeds.Attributes),
        ("relations", DataNeeds.Relations),
        ("depth", DataNeeds.Depth),
        ("masks", DataNeeds.Masks),
    ];

    /// <summary>The built-in values.</summary>
    public static ImmutableArray<BuiltinSymbol> Builtins { get; } =
    [
        new("objects", TypeSymbol.ListOf(TypeSymbol.Object), DataNeeds.None, true, "Lists.Range(graph.Objects.Length)",
            context => Indices(context.Graph.Objects.Length), "the image's objects, in annotation order"),
        new("relations", TypeSymbol.ListOf(TypeSymbol.Relation), DataNeeds.Relations, true, "Lists.Range(graph.Relations.Length)",
            context => Indices(context.Graph.Relations.Length), "the image's relations, in annotation order"),
        new("dataset", TypeSymbol.DataSet, DataNeeds.None, false, "context.DataSet",
            context => context.DataSet, "the data set being generated from (its labels and predicates)"),
        new("depthThreshold", TypeSymbol.Float, DataNeeds.Depth, true, "context.DepthThreshold()",
            context => context.DepthThreshold(), "the run's depth threshold scaled to the image's depth map"),
    ];

    // 0..n-1 as the reference interpreter holds a list of objects or relations.
    private static object?[] Indices(int n) => [.. Enumerable.Range(0, n).Select(i => (object?)i)];

    /// <summary>
    /// Functions the language had and dropped because another spelling says the same: a call names the one to write
    /// instead (PV1051). Names stay here for good, like retired diagnostic codes.
    /// </summary>
    public static ImmutableArray<RetiredFunction> RetiredFunctions { get; } =
    [
        new("joinAnd", "joinList(xs)"),
        new("depth", "o.depth"),
    ];

    /// <summary>The retired function called <paramref name="name"/>, or null.</summary>
    public static RetiredFunction? LookupRetired(string name) => RetiredFunctions.FirstOrDefault(r => r.Name == name);

    /// <summary>The function called <paramref name="name"/>, or null.</summary>
    public static FunctionSymbol? LookupFunction(string name) =>
        (s_functions ??= Functions.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal)).GetValueOrDefault(name);

    /// <summary>The member <paramref name="name"/> of <paramref name="receiver"/>, or null.</summary>
    public static MemberSymbol? LookupMember(TypeKind receiver, string name) =>
        (s_members ??= Members.ToFrozenDictionary(m => (m.Receiver, m.Name))).GetValueOrDefault((receiver, name));

    /// <summary>The members of <paramref name="receiver"/>, for suggestions.</summary>
    public static IEnumerable<string> MemberNames(TypeKind receiver) =>
        Members.Where(m => m.Receiver == receiver).Select(m => m.Name);

    /// <summary>The built-in value called <paramref name="name"/>, or null.</summary>
    public static BuiltinSymbol? LookupBuiltin(string name) =>
        (s_builtins ??= Builtins.ToFrozenDictionary(b => b.Name, StringComparer.Ordinal)).GetValueOrDefault(name);

    /// <summary>The names of every function, for suggestions.</summary>
    public static IEnumerable<string> FunctionNames => Functions.Select(f => f.Name);

    /// <summary>The flag of a <c>needs</c> name, or null.</summary>
    public static DataNeeds? LookupNeed(string name)
    {
        foreach (var (needName, need) in NeedNames)
        {
            if (needName == name)
            {
                return need;
            }
        }
        return null;
    }

    /// <summary>The <c>needs</c> name of one flag (<c>depth</c>).</summary>
    public static string NeedName(DataNeeds need)
    {
        foreach (var (name, flag) in NeedNames)
        {
            if (flag == need)
            {
                return name;
            }
        }
        return need.ToString().ToLowerInvariant();
    }

    /// <summary>The <c>needs</c> names of a set of flags, comma-separated, in declaration order.</summary>
    public static string NeedNamesOf(DataNeeds needs) =>
        string.Join(", ", NeedNames.Where(n => (needs & n.Need) != 0).Select(n => n.Name));

    // Shorthands for the tables.
    private static RuntimeBinding Method(Type type, string name) => RuntimeBinding.Method(type, name);

    private static RuntimeBinding Property(Type type, string name) => RuntimeBinding.Property(type, name);

    private static TypePattern T => new VariablePattern("T");

    private static TypePattern N => new VariablePattern("N", Numeric: true);

    private static TypePattern Exact(TypeSymbol type) => new ExactPattern(type);

    private static TypePattern ListOf(TypePattern element) => new ListPattern(element);

    private static TypePattern Fn(TypePattern parameter, TypePattern result) => new LambdaPattern([parameter], result);

    private static ParameterSignature P(string name, TypePattern type) => new(name, type);

    private static FunctionSignature Sig(TypePattern result, params ParameterSignature[] parameters) => new([.. parameters], result);

    // An overload over the current image, beside one that names the image (FunctionSignature.SingleImage).
    private static FunctionSignature SingleImageSig(TypePattern result, params ParameterSignature[] parameters) => new([.. parameters], result, SingleImage: true);
}

/// <summary>A dropped function name and what to write instead.</summary>
public sealed record RetiredFunction(string Name, string Replacement);

using System.Collections.Immutable;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Symbols;

/// <summary>Restrictions on where a function may be called.</summary>
[Flags]
public enum FunctionFlags
{
    /// <summary>Anywhere.</summary>
    None = 0,

    /// <summary>Draws from the item's random stream, so only inside <c>emit { }</c>.</summary>
    ItemRandom = 1,

    /// <summary>Reads the current image (its graph, its size), so only in single-image generators.</summary>
    SingleImage = 2,

    /// <summary>
    /// Draws from the context's query stream (read in query order), so it must run for every candidate: a let using
    /// it is never deferred past the admit point (<see cref="BoundTree.AdmitPoint"/>).
    /// </summary>
    QueryRandom = 4,
}

/// <summary>
/// One overload: parameter patterns and a return pattern. <paramref name="SingleImage"/>: the overload reads the current
/// image, so only single-image generators call it (a multi-image generator names the image: <c>personsNamed(img, nouns)</c>).
/// </summary>
public sealed record FunctionSignature(ImmutableArray<ParameterSignature> Parameters, TypePattern Return, bool SingleImage = false)
{
    /// <summary>The signature as shown in messages: <c>(xs: List&lt;T&gt;, key: T =&gt; N) -&gt; T</c>.</summary>
    public string Display => "(" + string.Join(", ", Parameters.Select(p => p.Name + ": " + p.Type.Display)) + ") -> " + Return.Display
        + (SingleImage ? " (single-image)" : "");
}

/// <summary>A parameter: a name for messages and a type pattern.</summary>
public sealed record ParameterSignature(string Name, TypePattern Type);

/// <summary>
/// A standard-library function: one registry entry holding its overloads, the data it reads, where it may be
/// called, its documentation, how the linter reads its value, and what it runs: a <see cref="RuntimeBinding"/>
/// (emitted and interpreted generically) or, for the few calls that need it, a <see cref="SpecialForm"/> that each
/// back end writes out (inlined loops, choices between arguments). The table is <c>Binding/StandardLibrary.Functions.cs</c>.
/// </summary>
public sealed class FunctionSymbol : Symbol
{
    private FunctionSymbol(string name, ImmutableArray<FunctionSignature> overloads, DataNeeds needs, FunctionFlags flags,
        RuntimeBinding? binding, SpecialForm form, string runtime, string summary, LintSample sample)
        : base(name)
    {
        Overloads = overloads;
        Needs = needs;
        Flags = flags;
        Binding = binding;
        Form = form;
        Runtime = runtime;
        Summary = summary;
        Sample = sample;
    }

    /// <summary>A function that calls <paramref name="binding"/>.</summary>
    internal static FunctionSymbol Call(string name, ImmutableArray<FunctionSignature> overloads, DataNeeds needs, FunctionFlags flags,
        RuntimeBinding binding, string summary, LintSample? sample = null) =>
        new(name, overloads, needs, flags, binding, SpecialForm.None, binding.Display, summary, sample ?? LintSample.Opaque);

    /// <summary>A function each back end writes out itself; <paramref name="runtime"/> says how, for documentation.</summary>
    internal static FunctionSymbol Special(string name, SpecialForm form, ImmutableArray<FunctionSignature> overloads, DataNeeds needs, FunctionFlags flags,
        string runtime, string summary, LintSample? sample = null) =>
        new(name, overloads, needs, flags, null, form, runtime, summary, sample ?? LintSample.Opaque);

    /// <summary>The overloads, by number of parameters.</summary>
    public ImmutableArray<FunctionSignature> Overloads { get; }

    /// <summary>The data a call reads; a generator calling it must declare these needs.</summary>
    public DataNeeds Needs { get; }

    /// <summary>Where it may be called.</summary>
    public FunctionFlags Flags { get; }

    /// <summary>
    /// Whether a call is pure: its value depends on its arguments and the image alone, and it changes nothing, so
    /// computing it once and reusing the value is the same as computing it again (the emitter then hoists it out of
    /// loops it does not depend on: Emit/HoistingEmitter.cs). The registry's one purity fact: every
    /// standard-library function is pure except those that draw from a random stream (<see cref="FunctionFlags.ItemRandom"/>,
    /// <see cref="FunctionFlags.QueryRandom"/>); runtime members keep no state a caller can see (memos are per graph
    /// and give the same value). A function that reads or changes anything else must get a flag here first.
    /// </summary>
    public bool IsPure => (Flags & (FunctionFlags.ItemRandom | FunctionFlags.QueryRandom)) == 0;

    /// <summary>The runtime member a plain call runs; null for a special form.</summary>
    public RuntimeBinding? Binding { get; }

    /// <summary>The form the back ends write out themselves; <see cref="SpecialForm.None"/> for a plain call.</summary>
    public SpecialForm Form { get; }

    /// <summary>The runtime code it becomes, for documentation and dumps.</summary>
    public string Runtime { get; }

    /// <summary>One line on what it does.</summary>
    public string Summary { get; }

    /// <summary>What the template linter takes its value to be (a noun, a number...).</summary>
    internal LintSample Sample { get; }
}

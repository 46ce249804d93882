using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Symbols;

/// <summary>
/// The members each back end writes out itself, because they are not one read of a runtime member: identity
/// (an index is the value itself), loops building a list, a tuple built from two reads, a lookup that may fail.
/// <c>StdlibParityTests</c> fails when a back end lacks one.
/// </summary>
public enum MemberForm
{
    /// <summary>A plain read through a <see cref="MemberBinding"/>.</summary>
    None,

    /// <summary><c>o.index</c>, <c>r.index</c>, <c>img.index</c>: the value itself (a multi-image ref's index).</summary>
    Index,

    /// <summary><c>o.mask</c>: the object's mask from the graph's mask set.</summary>
    ObjectMask,

    /// <summary><c>o.depth</c>: the mode of the depth map over the mask, NaN when there is none.</summary>
    ObjectDepth,

    /// <summary>
    /// <c>o.attributes</c>: the object's attributes; a multi-image draw's object reads them through
    /// <c>SceneGraph.AttributesOf</c> (a drawn image answers from its object facts without building its objects).
    /// </summary>
    ObjectAttributes,

    /// <summary><c>b.center</c>: the point (center x, center y).</summary>
    BoxCenter,

    /// <summary><c>img.objects</c>: a ref per object of the image, built in a buffer.</summary>
    ImageObjects,

    /// <summary><c>img.relations</c>: a ref per relation of the image, built in a buffer.</summary>
    ImageRelations,

    /// <summary><c>img.nouns</c>: the image's distinct nouns under the run's vocabulary (<c>Sets.Nouns</c>).</summary>
    ImageNouns,

    /// <summary><c>img.personNouns</c>: the image's distinct nouns that name a person, kept with its nouns (<c>Persons.NounsOf</c>).</summary>
    ImagePersonNouns,
}

/// <summary>
/// A member of a built-in type, one registry entry (<c>Binding/StandardLibrary.Members.cs</c>): receiver and name,
/// result type, the data it reads, its documentation, how the template linter reads its value, and what it runs:
/// a <see cref="MemberBinding"/> that both back ends read generically or, for the few that need it, a
/// <see cref="MemberForm"/> each back end writes out.
/// </summary>
public sealed class MemberSymbol : Symbol
{
    private MemberSymbol(TypeKind receiver, string name, TypeSymbol type, DataNeeds needs, MemberBinding? binding, MemberForm form,
        string runtime, string summary, bool multiImageOnly, LintSample? sample)
        : base(name)
    {
        Receiver = receiver;
        Type = type;
        Needs = needs;
        Binding = binding;
        Form = form;
        Runtime = runtime;
        Summary = summary;
        MultiImageOnly = multiImageOnly;
        Sample = sample ?? LintSample.Opaque;
    }

    /// <summary>A member that reads <paramref name="binding"/>.</summary>
    internal static MemberSymbol Read(TypeKind receiver, string name, TypeSymbol type, DataNeeds needs, MemberBinding binding, string summary,
        LintSample? sample = null, bool multiImageOnly = false) =>
        new(receiver, name, type, needs, binding, MemberForm.None, binding.Display(ReceiverName(receiver)), summary, multiImageOnly, sample);

    /// <summary>A member each back end writes out itself; <paramref name="runtime"/> says how, for documentation.</summary>
    internal static MemberSymbol Special(TypeKind receiver, string name, MemberForm form, TypeSymbol type, DataNeeds needs, string runtime, string summary,
        LintSample? sample = null) =>
        new(receiver, name, type, needs, null, form, runtime, summary, multiImageOnly: false, sample);

    /// <summary>The type that has the member.</summary>
    public TypeKind Receiver { get; }

    /// <summary>The member's type.</summary>
    public TypeSymbol Type { get; }

    /// <summary>The data it reads.</summary>
    public DataNeeds Needs { get; }

    /// <summary>The runtime member a plain member reads; null for a special form.</summary>
    public MemberBinding? Binding { get; }

    /// <summary>The form the back ends write out themselves; <see cref="MemberForm.None"/> for a plain read.</summary>
    public MemberForm Form { get; }

    /// <summary>The runtime code it becomes, for documentation.</summary>
    public string Runtime { get; }

    /// <summary>One line on what it is.</summary>
    public string Summary { get; }

    /// <summary>True when only multi-image generators have it (<c>o.image</c>).</summary>
    public bool MultiImageOnly { get; }

    /// <summary>What the template linter takes its value to be.</summary>
    internal LintSample Sample { get; }

    /// <summary>How documentation names a value of the receiver type: <c>o</c>, <c>box</c>, <c>img</c>.</summary>
    public static string ReceiverName(TypeKind receiver) => receiver switch
    {
        TypeKind.Object => "o",
        TypeKind.Relation => "r",
        TypeKind.Box => "box",
        TypeKind.Point => "p",
        TypeKind.Mask => "mask",
        TypeKind.Image => "img",
        TypeKind.DataSet => "dataset",
        _ => "x",
    };
}

/// <summary>
/// A built-in value name (<c>objects</c>, <c>dataset</c>, ...), registered once in <c>StandardLibrary.Builtins</c> with
/// both of its forms: the C# the emitter writes (<see cref="Runtime"/>) and the value the reference interpreter
/// reads (<see cref="Evaluate"/>), so neither back end keeps its own list.
/// </summary>
public sealed class BuiltinSymbol : Symbol
{
    /// <summary>Creates a built-in symbol.</summary>
    public BuiltinSymbol(string name, TypeSymbol type, DataNeeds needs, bool singleImageOnly, string runtime, Func<GeneratorContext, object> evaluate, string summary)
        : base(name)
    {
        Summary = summary;
        Type = type;
        Needs = needs;
        SingleImageOnly = singleImageOnly;
        Runtime = runtime;
        Evaluate = evaluate;
    }

    /// <summary>Its type.</summary>
    public TypeSymbol Type { get; }

    /// <summary>The data it reads.</summary>
    public DataNeeds Needs { get; }

    /// <summary>True when only single-image generators have it (multi-image ones reach objects through their images).</summary>
    public bool SingleImageOnly { get; }

    /// <summary>The runtime code it becomes: a C# expression over the emitted class's <c>graph</c> and <c>context</c>.</summary>
    public string Runtime { get; }

    /// <summary>
    /// Its value for the reference interpreter, read from the same context as <see cref="Runtime"/> (a list of objects
    /// or relations as their indices, the interpreter's form of a list).
    /// </summary>
    public Func<GeneratorContext, object> Evaluate { get; }

    /// <summary>One line on what it is.</summary>
    public string Summary { get; }
}

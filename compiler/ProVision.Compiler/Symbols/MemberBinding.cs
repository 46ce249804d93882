using System.Reflection;

namespace ProVision.Compiler.Symbols;

/// <summary>
/// What a member access reads first: the value itself, or the runtime record the value points into. Objects and
/// relations are indices (refs in a multi-image generator), so <c>o.label</c> reads the <c>SceneObject</c> the
/// index names; both back ends build the view the same way, then read the member from it.
/// </summary>
public enum MemberView
{
    /// <summary>The receiver's value as the back ends hold it (a <c>Box</c>, a point tuple, an <c>ObjectRef</c>...).</summary>
    Value,

    /// <summary>The object's <c>SceneObject</c>: <c>graph.Objects[o]</c>.</summary>
    SceneObject,

    /// <summary>The relation's <c>Relation</c>: <c>graph.Relations[r]</c>.</summary>
    Relation,

    /// <summary>The image's <c>SceneGraph</c>: <c>graphs[img]</c>.</summary>
    Graph,
}

/// <summary>
/// The runtime code a plain member becomes: a property (or field) of its <see cref="MemberView"/>, or a static method
/// taking the view as its only argument. A member whose value is an object read from a relation of a multi-image
/// generator is rebound to the relation's image. Both back ends read this: the emitter writes
/// <c>view.Member</c> or <c>Type.Method(view)</c>, the reference interpreter reads the same member by reflection.
/// </summary>
public sealed class MemberBinding
{
    private MemberInfo? _member;

    private MemberBinding(MemberView view, Type declaringType, string member, bool isMethod)
    {
        View = view;
        DeclaringType = declaringType;
        Member = member;
        IsMethod = isMethod;
    }

    /// <summary>What the member reads first.</summary>
    public MemberView View { get; }

    /// <summary>The runtime type that declares the member (the view's type, for a property).</summary>
    public Type DeclaringType { get; }

    /// <summary>The runtime member's name.</summary>
    public string Member { get; }

    /// <summary>True for a static method taking the view; false for a property or field of the view.</summary>
    public bool IsMethod { get; }

    /// <summary>A property (or field) of the view.</summary>
    public static MemberBinding Property(MemberView view, Type type, string name) => new(view, type, name, isMethod: false);

    /// <summary>A static method called with the view.</summary>
    public static MemberBinding Method(MemberView view, Type type, string name) => new(view, type, name, isMethod: true);

    /// <summary>
    /// The runtime member: a public static method with one parameter, or a public instance property or field. Throws
    /// when there is none (a registry entry naming a wrong member; StdlibRegistryTests resolves every entry).
    /// </summary>
    public MemberInfo Resolved => _member ??= ResolveCore();

    /// <summary>The CLR type of the member's value.</summary>
    public Type ResultType => Resolved switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo tupleField => tupleField.FieldType,
        MethodInfo method => method.ReturnType,
        _ => throw new InvalidOperationException(Member),
    };

    /// <summary>The member's value on a view (the reference interpreter's read).</summary>
    public object? Read(object view) => Resolved switch
    {
        PropertyInfo property => property.GetValue(view),
        FieldInfo tupleField => tupleField.GetValue(view),
        MethodInfo method => method.Invoke(null, [view]),
        _ => throw new InvalidOperationException(Member),
    };

    /// <summary>As shown in documentation, with <paramref name="receiver"/> naming the value: <c>graph.Objects[o].Label</c>.</summary>
    public string Display(string receiver)
    {
        var view = View switch
        {
            MemberView.SceneObject => $"graph.Objects[{receiver}]",
            MemberView.Relation => $"graph.Relations[{receiver}]",
            MemberView.Graph => $"graphs[{receiver}]",
            _ => receiver,
        };
        return IsMethod ? $"{DeclaringType.Name}.{Member}({view})" : view + "." + Member;
    }

    private MemberInfo ResolveCore()
    {
        if (IsMethod)
        {
            return DeclaringType.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .SingleOrDefault(m => m.Name == Member && m.GetParameters().Length == 1)
                ?? throw new InvalidOperationException($"{DeclaringType.Name}.{Member} is not a public static method with one parameter");
        }
        return (MemberInfo?)DeclaringType.GetProperty(Member, BindingFlags.Public | BindingFlags.Instance)
            ?? DeclaringType.GetField(Member, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{DeclaringType.Name}.{Member} is not a public property or field");
    }
}

using System.Collections.Immutable;
using System.Collections.Frozen;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

// Member access, written from the registry entry (Binding/StandardLibrary.Members.cs): a plain member is its view
// (the value, or the SceneObject, Relation or SceneGraph it points into) followed by the runtime property, or a static
// method called with the view; the few special forms are written out below. The interpreter reads the same entries
// (Interpreter/ValueEvaluation.Members.cs).
internal abstract partial class ExpressionEmitter
{
    // The members each back end writes out (Symbols/MemberForm); the interpreter has the same table and
    // StdlibParityTests compares the two.
    private protected static readonly FrozenDictionary<MemberForm, Func<ExpressionEmitter, BoundMemberAccess, CsExpr>> s_memberForms =
        new Dictionary<MemberForm, Func<ExpressionEmitter, BoundMemberAccess, CsExpr>>
        {
            [MemberForm.Index] = (e, member) =>
                member.Target.Type.Kind == TypeKind.Image ? e.Expr(member.Target)
                : e.Multi ? Simple(Paren(e.Expr(member.Target)) + ".Index")
                : Simple(Paren(e.Expr(member.Target))),
            [MemberForm.ObjectMask] = (e, member) => e.ObjectMask(member),
            [MemberForm.ObjectDepth] = (e, member) => e.ObjectDepth(e.Stable(e.Expr(member.Target), member.Target.Type)),
            [MemberForm.ObjectAttributes] = (e, member) => e.ObjectAttributes(member),
            [MemberForm.BoxCenter] = (e, member) =>
            {
                var b = e.Stable(e.Expr(member.Target), member.Target.Type);
                return Simple($"({b}.CenterX, {b}.CenterY)");
            },
            [MemberForm.ImageObjects] = (e, member) => e.ImageElements(member, objects: true),
            [MemberForm.ImageRelations] = (e, member) => e.ImageElements(member, objects: false),
            [MemberForm.ImageNouns] = (e, member) => e.ImageNouns(member),
            [MemberForm.ImagePersonNouns] = (e, member) => Simple($"Persons.NounsOf(graphs[{e.Expr(member.Target).Text}], context.Vocabulary).AsSpan()"),
        }.ToFrozenDictionary();

    /// <summary>The member forms this back end writes out, for the parity test.</summary>
    internal static IEnumerable<MemberForm> HandledMemberForms => s_memberForms.Keys;

    private protected CsExpr Member(BoundMemberAccess member)
    {
        if (member.Member.Binding is not { } binding)
        {
            return s_memberForms.TryGetValue(member.Member.Form, out var form)
                ? form(this, member)
                : throw new InvalidOperationException("cannot emit member " + member.Member.Name);
        }
        if (ObjectFact(member, binding) is { } fact)
        {
            return fact;
        }
        var target = Expr(member.Target);
        string? image = null;
        var view = binding.View switch
        {
            MemberView.SceneObject => ObjectOf(member.Target, target),
            MemberView.Relation => RelationOf(member.Target, target, out image),
            MemberView.Graph => $"graphs[{target.Text}]",
            _ => binding.IsMethod ? target.Text : Paren(target),
        };
        var value = binding.IsMethod
            ? $"{CSharpSyntax.TypeName(binding.DeclaringType)}.{binding.Member}({view})"
            : $"{view}.{binding.Member}";
        if (image is not null && member.Type.Kind == TypeKind.Object)
        {
            // An object read from a relation of a multi-image draw belongs to the relation's image.
            return Simple($"new ObjectRef({image}, {value})");
        }
        return Simple(value + SpanSuffix(binding.ResultType));
    }

    // A multi-image draw's object reads its label and its box through the graph: a drawn image answers from its object
    // label ids and boxes without building every object (CountObject and HasMost/HasLeast ask isPlural(o.label) of a
    // noun's objects, and `doubled` compares the boxes of a noun's objects in every drawn image).
    private CsExpr? ObjectFact(BoundMemberAccess member, MemberBinding binding)
    {
        if (!Multi || binding is not { View: MemberView.SceneObject, Member: "Label" or "Box", IsMethod: false } || member.Target.Type.Kind != TypeKind.Object)
        {
            return null;
        }
        var o = Stable(Expr(member.Target), member.Target.Type);
        return Simple($"graphs[{o}.Image].{binding.Member}Of({o}.Index)");
    }

    // A multi-image draw's object reads its attributes through the graph: a drawn image answers from its object facts
    // without building every object (CommonAttribute, CompareAttribute read one object per image).
    private CsExpr ObjectAttributes(BoundMemberAccess member)
    {
        if (!Multi) return Simple($"{ObjectOf(member.Target, Expr(member.Target))}.Attributes.AsSpan()");
        var o = Stable(Expr(member.Target), member.Target.Type);
        return Simple($"graphs[{o}.Image].AttributesOf({o}.Index).AsSpan()");
    }

    /// <summary>The runtime <c>SceneObject</c> of an Object value.</summary>
    private protected string ObjectOf(BoundExpression syntax, CsExpr target)
    {
        if (!Multi)
        {
            return $"graph.Objects[{target.Text}]";
        }
        var o = Stable(target, syntax.Type);
        return $"graphs[{o}.Image].Objects[{o}.Index]";
    }

    /// <summary>The runtime <c>Relation</c> of a Relation value; <paramref name="image"/> its image in a multi-image generator.</summary>
    private protected string RelationOf(BoundExpression syntax, CsExpr target, out string? image)
    {
        if (!Multi)
        {
            image = null;
            return $"graph.Relations[{target.Text}]";
        }
        var r = Stable(target, syntax.Type);
        image = r + ".Image";
        return $"graphs[{r}.Image].Relations[{r}.Index]";
    }

    private protected CsExpr ObjectMask(BoundMemberAccess member)
    {
        var target = Expr(member.Target);
        if (Multi)
        {
            var o = Stable(target, member.Target.Type);
            return Simple($"graphs[{o}.Image].Masks!.Get({o}.Index)");
        }
        return Simple($"graph.Masks!.Get({target.Text})");
    }

    /// <summary>An object's depth (the mode over its mask), NaN when it has none, so comparisons with it fail.</summary>
    private protected CsExpr ObjectDepth(string o)
    {
        var depth = Temp();
        return Multi
            ? Compound($"Depth.TryObjectDepth(graphs[{o}.Image], {o}.Index, out var {depth}) ? {depth} : double.NaN")
            : Compound($"Depth.TryObjectDepth(graph, {o}, out var {depth}) ? {depth} : double.NaN");
    }

    private protected CsExpr ImageElements(BoundMemberAccess member, bool objects)
    {
        var image = Stable(Expr(member.Target), member.Target.Type);
        var buffer = Buffer(objects ? TypeSymbol.Object : TypeSymbol.Relation);
        var i = Temp("i");
        _w.Line($"{buffer}.Clear();");
        // The count, not the list, read once: a drawn image answers it from its summary without reading its objects or
        // relations.
        var count = Temp();
        _w.Line($"var {count} = graphs[{image}].{(objects ? "ObjectCount" : "RelationCount")};");
        OpenLoop($"for (var {i} = 0; {i} < {count}; {i}++)");
        _w.Line($"{buffer}.Add(new {(objects ? "ObjectRef" : "RelationRef")}({image}, {i}));");
        CloseLoop();
        return Simple(buffer + ".Span");
    }

    // Runtime lists come back as arrays; the emitted code holds lists as spans.
    private protected static string SpanSuffix(Type type) =>
        type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)) ? ".AsSpan()" : "";
}

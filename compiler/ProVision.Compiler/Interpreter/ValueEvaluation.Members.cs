using System.Collections;
using System.Collections.Frozen;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Interpreter;

// Member access, read from the registry entry exactly as the emitter writes it (Emit/ExpressionEmitter.Members.cs):
// the same view, the same runtime member (read by reflection), the result converted to an interpreter value.
internal abstract partial class ValueEvaluation
{
    // The members each back end writes out (Symbols/MemberForm), as the emitter does; StdlibParityTests compares the tables.
    private protected static readonly FrozenDictionary<MemberForm, Func<ValueEvaluation, object?, object?>> s_memberForms =
        new Dictionary<MemberForm, Func<ValueEvaluation, object?, object?>>
        {
            [MemberForm.Index] = (_, target) => (long)(target switch { ObjectRef o => o.Index, RelationRef r => r.Index, _ => (int)target! }),
            [MemberForm.ObjectMask] = (e, target) =>
                target is ObjectRef m ? e.Context.Graphs[m.Image].Masks!.Get(m.Index) : e.Graph.Masks!.Get((int)target!),
            [MemberForm.ObjectDepth] = (e, target) => e.ObjectDepth(target),
            [MemberForm.ObjectAttributes] = (e, target) => FromClr(
                target is ObjectRef o ? e.Context.Graphs[o.Image].AttributesOf(o.Index) : e.Graph.Objects[(int)target!].Attributes,
                TypeSymbol.ListOf(TypeSymbol.String)),
            [MemberForm.BoxCenter] = (_, target) => (Values.Box(target).CenterX, Values.Box(target).CenterY),
            [MemberForm.ImageObjects] = (e, target) => e.ImageElements((int)target!, objects: true),
            [MemberForm.ImageRelations] = (e, target) => e.ImageElements((int)target!, objects: false),
            [MemberForm.ImageNouns] = (e, target) => FromClr(Sets.Nouns(e.Context.Graphs[(int)target!], e.Context.Vocabulary), TypeSymbol.ListOf(TypeSymbol.String)),
            [MemberForm.ImagePersonNouns] = (e, target) =>
                FromClr(Persons.NounsOf(e.Context.Graphs[(int)target!], e.Context.Vocabulary), TypeSymbol.ListOf(TypeSymbol.String)),
        }.ToFrozenDictionary();

    /// <summary>The member forms this back end writes out, for the parity test.</summary>
    internal static IEnumerable<MemberForm> HandledMemberForms => s_memberForms.Keys;

    private protected object? Member(BoundMemberAccess member)
    {
        var target = Eval(member.Target);
        if (member.Member.Binding is not { } binding)
        {
            return s_memberForms.TryGetValue(member.Member.Form, out var form)
                ? form(this, target)
                : throw new InvalidOperationException("cannot interpret member " + member.Member.Name);
        }
        object view = binding.View switch
        {
            MemberView.SceneObject => ObjectOf(target),
            MemberView.Relation => RelationOf(target),
            MemberView.Graph => Context.Graphs[(int)target!],
            _ => target!,
        };
        var value = binding.Read(view);
        if (target is RelationRef r && member.Type.Kind == TypeKind.Object)
        {
            // An object read from a relation of a multi-image draw belongs to the relation's image.
            return new ObjectRef(r.Image, (int)value!);
        }
        return FromClr(value, member.Type);
    }

    private protected SceneObject ObjectOf(object? value) => value is ObjectRef o ? Context.Graphs[o.Image].Objects[o.Index] : Graph.Objects[(int)value!];

    private protected Relation RelationOf(object? value) => value is RelationRef r ? Context.Graphs[r.Image].Relations[r.Index] : Graph.Relations[(int)value!];

    private protected double ObjectDepth(object? value) => value is ObjectRef o
        ? (Depth.TryObjectDepth(Context.Graphs[o.Image], o.Index, out var d) ? d : double.NaN)
        : (Depth.TryObjectDepth(Graph, (int)value!, out var e) ? e : double.NaN);

    private protected object?[] ImageElements(int image, bool objects)
    {
        var count = objects ? Context.Graphs[image].Objects.Length : Context.Graphs[image].Relations.Length;
        var result = new object?[count];
        for (var i = 0; i < count; i++)
        {
            Stop();
            result[i] = objects ? new ObjectRef(image, i) : new RelationRef(image, i);
        }
        return result;
    }

    // A runtime result as an interpreter value of the call's .pvg type.
    private protected static object? FromClr(object? value, TypeSymbol type)
    {
        switch (type.Kind)
        {
            case TypeKind.Int or TypeKind.Count:
                return Values.ToLong(value);
            case TypeKind.Float:
                return Values.ToDouble(value);
            case TypeKind.List:
                var elements = new List<object?>();
                foreach (var element in Elements(value))
                {
                    elements.Add(FromClr(element, type.ElementType!));
                }
                return elements.ToArray();
            // A runtime value tuple ((string, string) from relatedPairs) as the interpreter's tuple value.
            case TypeKind.Tuple when value is System.Runtime.CompilerServices.ITuple tuple:
                return new TupleValue([.. type.Elements.Select((element, i) => FromClr(tuple[i], element))]);
            default:
                return value;
        }
    }


    // The elements of a runtime list: an array, an ImmutableArray or a filled ScratchList.
    private protected static IEnumerable Elements(object? list)
    {
        if (list is IEnumerable enumerable)
        {
            return enumerable;
        }
        var type = list!.GetType();
        var count = (int)type.GetProperty("Count")!.GetValue(list)!;
        var indexer = type.GetProperty("Item")!;
        return Enumerable.Range(0, count).Select(i => indexer.GetValue(list, [i]));
    }
}

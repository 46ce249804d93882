using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Emit;

// Nouns as ids in multi-image code. A noun taken from a list of nouns whose ids are known (`img.nouns`, a comprehension
// of such nouns, `distinct` of one) keeps its id in the data set's noun table in an int local beside its text, and the
// questions asked of it go by id (Runtime NounIds): `lbl in img.nouns` compares ints instead of looking the text up,
// `isThing`/`countable` read a kept answer per id, `countNoun`/`objectsOfNoun` find the noun's slot by id, and
// `distinct` drops repeats by id instead of hashing the text. The variable stays the same string (the table's
// instance), so everything else (slots, tags, comparisons) reads the text as before. Each id call answers as the call
// on the text does, so the value is the same. The rule: docs/language-design.md#emit.
internal abstract partial class ExpressionEmitter
{
    // The C# of a list of nouns -> the C# of the int span of their ids, element by element.
    private readonly Dictionary<string, string> _nounIdLists = new(StringComparer.Ordinal);

    // A variable bound to an element of such a list -> the local holding that element's id.
    private readonly Dictionary<VariableSymbol, string> _nounIdOf = new(ReferenceEqualityComparer.Instance);

    // The C# name of each variable's id local, made on its first binding with an id.
    private readonly Dictionary<VariableSymbol, string> _nounIdNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>Notes that the list written as <paramref name="list"/> has the noun ids <paramref name="ids"/>, element by element.</summary>
    private protected void NoteNounIds(string list, string ids) => _nounIdLists[list] = ids;

    /// <summary>The C# of the noun ids of the list written as <paramref name="list"/>; null when its elements are not nouns with ids.</summary>
    private protected string? NounIdsOf(string list) => Multi && _nounIdLists.TryGetValue(list, out var ids) ? ids : null;

    /// <summary>
    /// <see cref="NounIdsOf"/> made safe to repeat (a local), written before a loop over the list, and noted as the ids
    /// of <paramref name="stableList"/> (the list's own local) for a later loop over the same local.
    /// </summary>
    private protected string? StableNounIds(string list, string stableList)
    {
        if (NounIdsOf(list) is not { } ids)
        {
            return null;
        }
        var stable = Stable(Simple(ids), TypeSymbol.ListOf(TypeSymbol.Int));
        NoteNounIds(stableList, stable);
        return stable;
    }

    /// <summary>Binds the noun id of a name pattern just bound to <c>list[index]</c> (<see cref="BindNounId"/>); a tuple's elements have none.</summary>
    private protected void BindNounIdOf(BoundPattern pattern, string? ids, string index)
    {
        switch (pattern)
        {
            case BoundNamePattern name:
                BindNounId(name.Variable, ids, index);
                break;
            case BoundTuplePattern tuple:
                foreach (var element in tuple.Elements)
                {
                    BindNounIdOf(element, null, index);
                }
                break;
        }
    }

    /// <summary>
    /// Binds the noun id of <paramref name="variable"/>, just bound to <c>list[index]</c>, when <paramref name="ids"/>
    /// (from <see cref="StableNounIds"/>) holds the list's ids; else forgets any id it had.
    /// </summary>
    private protected void BindNounId(VariableSymbol variable, string? ids, string index)
    {
        if (ids is null || variable.IsDiscard)
        {
            _nounIdOf.Remove(variable);
            return;
        }
        // One name per variable, as NameOf gives (a sampled for binds it in both passes), unique in the method: a .pvg
        // variable may itself be called `lbl_id`.
        if (!_nounIdNames.TryGetValue(variable, out var local))
        {
            local = NameOf(variable) + "_id";
            for (var i = 2; !_usedNames.Add(local); i++)
            {
                local = NameOf(variable) + "_id_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            _nounIdNames[variable] = local;
        }
        _w.Line($"int {local} = {ids}[{index}];");
        _nounIdOf[variable] = local;
    }

    /// <summary>The local holding the noun id of <paramref name="expression"/> when it is a variable bound with one; else null.</summary>
    private protected string? NounIdOf(BoundExpression expression) =>
        Multi && expression is BoundVariable variable && _nounIdOf.TryGetValue(variable.Variable, out var id) ? id : null;

    // `img.nouns` of a drawn image: its nouns, whose ids the runtime keeps slot by slot.
    private CsExpr ImageNouns(BoundMemberAccess member)
    {
        var graph = $"graphs[{Expr(member.Target).Text}]";
        var nouns = $"Sets.Nouns({graph}, context.Vocabulary).AsSpan()";
        NoteNounIds(nouns, $"NounIds.OfImage({graph}, context.Vocabulary)");
        return Simple(nouns);
    }

    // `noun in img.nouns` / `not in` for a noun with an id: the image's ids answer.
    private CsExpr? NounInImage(BoundBinary binary, CsExpr left, BoundMemberAccess nouns)
    {
        if (NounIdOf(binary.Left) is not { } id)
        {
            return null;
        }
        var has = $"NounIds.Has(graphs[{Expr(nouns.Target).Text}], context.Vocabulary, {id}, {left.Text})";
        return binary.Operator == BinaryOperator.In ? Simple(has) : Compound("!" + has);
    }

    // The element of a comprehension is a noun with an id: the ids go into a second buffer beside the nouns.
    private void AddNounId(BoundComprehension comprehension)
    {
        if (NounIdOf(comprehension.Element) is not { } id)
        {
            return;
        }
        var ids = _comprehensionNounIds ??= NounIdBuffer();
        _w.Line($"{ids}.Add({id});");
    }

    /// <summary>A buffer of noun ids (C# ints, where a .pvg int is a long), created once per run like <see cref="Buffer"/>.</summary>
    private protected string NounIdBuffer()
    {
        var name = Temp("b");
        _hoisted.Add($"var {name} = new ScratchList<int>();");
        return name;
    }

    // The ids buffer of the comprehension being written, made when its element has an id.
    private string? _comprehensionNounIds;
}

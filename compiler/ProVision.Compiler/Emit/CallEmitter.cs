using System.Collections.Frozen;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

// Standard-library special forms (Symbols/SpecialForm.cs): inlined loops for the higher-order functions (the
// lambda's parameter becomes the loop variable; no delegate is created) and the list builders. Plain calls are
// CallEmitter.RuntimeCalls.cs.
internal abstract partial class CallEmitter : HoistingEmitter
{
    private protected CallEmitter(BoundGenerator generator, BoundPack pack, List<Diagnostic> diagnostics)
        : base(generator, pack, diagnostics)
    {
    }

    // The special forms (Symbols/SpecialForm.cs), each written out here; the interpreter has the same table
    // (Interpreter/CallEvaluation.Forms.cs) and StdlibParityTests compares the two.
    private protected static readonly FrozenDictionary<SpecialForm, Func<CallEmitter, BoundCall, CsExpr>> s_forms =
        new Dictionary<SpecialForm, Func<CallEmitter, BoundCall, CsExpr>>
        {
            [SpecialForm.Count] = (e, call) => e.Count(call.Arguments[0]),
            [SpecialForm.IsEmpty] = (e, call) =>
                Compound(Paren(e.Expr(call.Arguments[0])) + (call.Arguments[0].Type.Kind == TypeKind.Mask ? ".Area == 0" : ".Length == 0")),
            [SpecialForm.Number] = (e, call) => e.Expr(call.Arguments[0]),
            [SpecialForm.Distinct] = (e, call) => e.Distinct(call),
            [SpecialForm.Combinations] = (e, call) =>
            {
                e.Report(EmitDiagnostics.CombinationsOutsideFor(call.Span));
                return Simple("default");
            },
            [SpecialForm.ArgMin] = (e, call) => e.Extreme(call),
            [SpecialForm.ArgMax] = (e, call) => e.Extreme(call),
            [SpecialForm.Min] = (e, call) => e.Extreme(call),
            [SpecialForm.Max] = (e, call) => e.Extreme(call),
            [SpecialForm.Sum] = (e, call) => e.Sum(call),
            [SpecialForm.Any] = (e, call) => e.AnyAll(call),
            [SpecialForm.All] = (e, call) => e.AnyAll(call),
            [SpecialForm.SortBy] = (e, call) => e.SortBy(call),
            [SpecialForm.Pick] = (e, call) => e.Pick(call),
            [SpecialForm.Prepend] = (e, call) => e.Prepend(call),
            [SpecialForm.Closer] = (e, call) => e.CloserOrFarther(call),
            [SpecialForm.Farther] = (e, call) => e.CloserOrFarther(call),
            [SpecialForm.DepthPoints] = (e, call) => e.DepthPoints(),
            [SpecialForm.SegmentationPoints] = (e, call) => e.SegmentationPoints(call),
            [SpecialForm.CountNoun] = (e, call) => e.CountNoun(call),
            [SpecialForm.ObjectsOfNoun] = (e, call) => e.ObjectsOfNoun(call),
            [SpecialForm.CountAttributed] = (e, call) =>
                Simple($"AttributedNouns.CountOf(graphs[{e.Expr(call.Arguments[0]).Text}], context.Vocabulary, {e.Expr(call.Arguments[1]).Text}, {e.Expr(call.Arguments[2]).Text})"),
            [SpecialForm.NounAttributes] = (e, call) =>
                Simple($"AttributedNouns.PairsOf(graphs[{e.Expr(call.Arguments[0]).Text}], context.Vocabulary).AsSpan()"),
            [SpecialForm.NounMeanings] = (e, call) =>
                Simple($"AttributedNouns.MeaningPairsOf(graphs[{e.Expr(call.Arguments[0]).Text}], context.Vocabulary).AsSpan()"),
            [SpecialForm.PredicatesBetween] = (e, call) =>
                Simple($"LabelRelations.PredicatesBetween(graphs[{e.Expr(call.Arguments[0]).Text}], {e.Expr(call.Arguments[1]).Text}, {e.Expr(call.Arguments[2]).Text}).AsSpan()"),
            [SpecialForm.RelationsBetween] = (e, call) =>
                Simple($"LabelRelations.RelationsBetween(graphs[{e.Expr(call.Arguments[0]).Text}], {e.Expr(call.Arguments[0]).Text}, {e.Expr(call.Arguments[1]).Text}, {e.Expr(call.Arguments[2]).Text}).AsSpan()"),
            [SpecialForm.RelatedPairs] = (e, call) => Simple($"LabelRelations.RelatedPairs(graphs, {e.Expr(call.Arguments[0]).Text}).AsSpan()"),
            [SpecialForm.RelatedTriples] = (e, call) => Simple($"LabelRelations.RelatedTriples(graphs, {e.Expr(call.Arguments[0]).Text}).AsSpan()"),
            [SpecialForm.RelatesNouns] = (e, call) =>
                Simple($"LabelRelations.RelatesNouns(graphs[{e.Expr(call.Arguments[0]).Text}], context.Vocabulary, {e.Expr(call.Arguments[1]).Text}, {e.Expr(call.Arguments[2]).Text}, {e.Expr(call.Arguments[3]).Text})"),
            [SpecialForm.PredicatesBetweenNouns] = (e, call) =>
                Simple($"LabelRelations.PredicatesBetweenNouns(graphs[{e.Expr(call.Arguments[0]).Text}], context.Vocabulary, {e.Expr(call.Arguments[1]).Text}, {e.Expr(call.Arguments[2]).Text}).AsSpan()"),
            [SpecialForm.PersonsNamed] = (e, call) => call.Arguments is [var nouns]
                ? Simple($"Persons.AreNamed(graph, context.Vocabulary, {e.Expr(nouns).Text})")
                : Simple($"Persons.AreNamed(graphs[{e.Expr(call.Arguments[0]).Text}], context.Vocabulary, {e.Expr(call.Arguments[1]).Text})"),
        }.ToFrozenDictionary();

    /// <summary>The special forms this back end writes out, for the parity test.</summary>
    internal static IEnumerable<SpecialForm> HandledForms => s_forms.Keys;

    private protected override CsExpr Call(BoundCall call) =>
        call.Function.Binding is { } binding ? KeptVocabularyAnswer(call, binding) ?? RuntimeCall(call, binding)
        : s_forms.TryGetValue(call.Function.Form, out var form) ? form(this, call)
        : throw new InvalidOperationException("cannot emit " + call.Function.Name);

    // isThing(label), countable(label) and isOnPerson(label) in a multi-image generator: the data set's noun table keeps
    // the vocabulary's answer per noun (Nouns.IsThing), which the candidate loops ask of every noun of every draw. Same value.
    // noun(o.label) of a multi-image object reads the image's object noun slots (Nouns.OfObject), so a drawn image's
    // objects need not be read for it. Same text.
    private CsExpr? KeptVocabularyAnswer(BoundCall call, RuntimeBinding binding)
    {
        if (!Multi || binding.DeclaringType != typeof(global::ProVision.Runtime.Stdlib.Vocabulary) || call.Arguments is not [var label])
        {
            return null;
        }
        switch (binding.Member)
        {
            case nameof(global::ProVision.Runtime.Stdlib.Vocabulary.IsThing) or nameof(global::ProVision.Runtime.Stdlib.Vocabulary.IsCountable)
                or nameof(global::ProVision.Runtime.Stdlib.Vocabulary.IsOnPerson):
                var text = Expr(label).Text;
                return Simple(NounIdOf(label) is { } id
                    ? $"NounIds.{binding.Member}(context.DataSet, context.Vocabulary, {id}, {text})"
                    : $"Nouns.{binding.Member}(context.DataSet, context.Vocabulary, {text})");
            case nameof(global::ProVision.Runtime.Stdlib.Vocabulary.NounOf) when label is BoundMemberAccess
            {
                Member.Binding: { View: MemberView.SceneObject, Member: "Label", IsMethod: false },
                Target: { Type.Kind: TypeKind.Object } target,
            }:
                var o = Stable(Expr(target), target.Type);
                return Simple($"Nouns.OfObject(graphs[{o}.Image], context.Vocabulary, {o}.Index)");
            default:
                return null;
        }
    }

    private protected CsExpr Distinct(BoundCall call)
    {
        var source = Expr(call.Arguments[0]);
        var buffer = Buffer(call.Type.ElementType!);
        _w.Line($"{buffer}.Clear();");
        if (DistinctNouns(source.Text, buffer))
        {
            return Simple(buffer + ".Span");
        }
        _w.Line($"Lists.AppendDistinct({source.Text}, {buffer});");
        return Simple(buffer + ".Span");
    }

    private protected CsExpr Pick(BoundCall call)
    {
        var source = Expr(call.Arguments[0]);
        var k = Expr(call.Arguments[1]);
        if (call.Arguments[1].ConstantValue is not long constant || constant < 0)
        {
            MayThrow(); // a negative size is a pack fault
        }
        var buffer = Buffer(call.Type.ElementType!);
        _w.Line($"{buffer}.Clear();");
        _w.Line($"{buffer}.AddRange({source.Text});");
        _w.Line($"Lists.KeepSample({buffer}, {k.Text}, item.Random);");
        return Simple(buffer + ".Span");
    }

    private protected CsExpr Prepend(BoundCall call)
    {
        var first = Stable(Expr(call.Arguments[0]), call.Arguments[0].Type);
        var rest = Expr(call.Arguments[1]);
        var buffer = Buffer(call.Type.ElementType!);
        _w.Line($"{buffer}.Clear();");
        _w.Line($"{buffer}.Add({first});");
        _w.Line($"{buffer}.AddRange({rest.Text});");
        return Simple(buffer + ".Span");
    }

    private protected CsExpr DepthPoints()
    {
        var buffer = Buffer(TypeSymbol.Point);
        var pair = Temp();
        _w.Line($"{buffer}.Clear();");
        _w.Line($"if (Points.TryDepthPair(graph, context.QueryRandom, context.DepthThreshold(), out var {pair})) {{ {buffer}.Add(({pair}.First.X, {pair}.First.Y)); {buffer}.Add(({pair}.Second.X, {pair}.Second.Y)); }}");
        return Simple(buffer + ".Span");
    }

    // The label map is painted once per run, on first use.
    private protected CsExpr SegmentationPoints(BoundCall call)
    {
        var o = Expr(call.Arguments[0]);
        var buffer = Buffer(TypeSymbol.Point);
        var map = Temp("m");
        _hoisted.Add($"var {map} = Array.Empty<int>();");
        var triple = Temp();
        _w.Line($"{buffer}.Clear();");
        _w.Line($"if (Points.TrySegmentationTriple(graph, {map}.Length == 0 ? ({map} = Points.LabelMap(graph)) : {map}, (int){Paren(o)}, context.QueryRandom, out var {triple})) {{ {buffer}.Add(({triple}.Anchor.X, {triple}.Anchor.Y)); {buffer}.Add(({triple}.Same.X, {triple}.Same.Y)); {buffer}.Add(({triple}.Different.X, {triple}.Different.Y)); }}");
        return Simple(buffer + ".Span");
    }

    private protected CsExpr CloserOrFarther(BoundCall call)
    {
        var a = Stable(Expr(call.Arguments[0]), TypeSymbol.Object);
        var b = Stable(Expr(call.Arguments[1]), TypeSymbol.Object);
        var method = call.Function.Form == SpecialForm.Closer ? "IsCloser" : "IsFarther";
        var graph = Multi ? $"graphs[{a}.Image]" : "graph";
        return Compound($"Depth.{method}({ObjectDepth(a).Text}, {ObjectDepth(b).Text}, {graph}.Depth!.Convention) ? {a} : {b}");
    }

    /// <summary>
    /// Opens the loop of an inlined lambda over <paramref name="list"/>: declares the lambda's parameter as the element
    /// (or the value itself when there is no lambda) and returns the C# for the lambda body's value at that element.
    /// </summary>
    private protected CsExpr OpenLambdaLoop(BoundExpression list, BoundLambda? lambda, out string source, out string index)
    {
        var value = Expr(list);
        source = Stable(value, list.Type);
        var ids = StableNounIds(value.Text, source);
        index = Temp("i");
        OpenLoop($"for (var {index} = 0; {index} < {source}.Length; {index}++)");
        if (lambda is null)
        {
            return Simple($"{source}[{index}]");
        }
        var parameter = lambda.Parameters[0];
        if (!parameter.IsDiscard)
        {
            ElementLoop(parameter, index, source, list);
            Bind(parameter);
            _w.Line($"var {NameOf(parameter)} = {source}[{index}];");
            BindNounId(parameter, ids, index);
        }
        return Expr(lambda.Body);
    }

    // count(img.objects) and count(img.relations) ask the graph for its count: a graph drawn from a data-set index
    // reads it from its summary instead of building every object or relation and a reference list to count them.
    private protected CsExpr Count(BoundExpression list) => list switch
    {
        BoundMemberAccess { Member.Form: MemberForm.ImageObjects } member => Simple($"graphs[{Expr(member.Target).Text}].ObjectCount"),
        BoundMemberAccess { Member.Form: MemberForm.ImageRelations } member => Simple($"graphs[{Expr(member.Target).Text}].RelationCount"),
        _ => Simple(Paren(Expr(list)) + ".Length"),
    };

    private protected CsExpr Extreme(BoundCall call)
    {
        var kind = call.Function.Form;
        var lambda = call.Arguments.Length > 1 ? (BoundLambda)call.Arguments[1] : null;
        var keyType = lambda?.Body.Type ?? call.Arguments[0].Type.ElementType!;
        var best = Temp();
        var bestKey = Temp();
        _w.Line($"var {best} = -1;");
        _w.Line($"{CSharpSyntax.Type(keyType.Kind == TypeKind.Float ? TypeSymbol.Float : TypeSymbol.Int, Multi)} {bestKey} = 0;");
        var depth = _loopDepth;
        var key = OpenLambdaLoop(call.Arguments[0], lambda, out var source, out var index);
        var keyLocal = Temp();
        _w.Line($"var {keyLocal} = {key.Text};");
        var better = kind is SpecialForm.ArgMin or SpecialForm.Min ? "<" : ">";
        _w.Line($"if ({best} < 0 || {keyLocal} {better} {bestKey}) {{ {best} = {index}; {bestKey} = {keyLocal}; }}");
        CloseLoop();
        _loopDepth = depth;
        _w.Line($"if ({best} < 0) {Skip}");
        return kind is SpecialForm.ArgMin or SpecialForm.ArgMax ? Simple($"{source}[{best}]") : Simple(bestKey);
    }

    private protected CsExpr Sum(BoundCall call)
    {
        var lambda = call.Arguments.Length > 1 ? (BoundLambda)call.Arguments[1] : null;
        var total = Temp();
        _w.Line($"{CSharpSyntax.Type(call.Type.Kind == TypeKind.Float ? TypeSymbol.Float : TypeSymbol.Int, Multi)} {total} = 0;");
        var value = OpenLambdaLoop(call.Arguments[0], lambda, out _, out _);
        _w.Line($"{total} += {value.Text};");
        CloseLoop();
        return Simple(total);
    }

    private protected CsExpr AnyAll(BoundCall call)
    {
        var any = call.Function.Form == SpecialForm.Any;
        var result = Temp();
        _w.Line($"var {result} = {(any ? "false" : "true")};");
        var condition = OpenLambdaLoop(call.Arguments[0], (BoundLambda)call.Arguments[1], out _, out _);
        _w.Line(any
            ? $"if ({condition.Text}) {{ {result} = true; break; }}"
            : $"if (!{Paren(condition)}) {{ {result} = false; break; }}");
        CloseLoop();
        return Simple(result);
    }

    private protected CsExpr SortBy(BoundCall call)
    {
        var items = Buffer(call.Type.ElementType!);
        var keys = Buffer(TypeSymbol.Float);
        _w.Line($"{items}.Clear();");
        _w.Line($"{keys}.Clear();");
        var key = OpenLambdaLoop(call.Arguments[0], (BoundLambda)call.Arguments[1], out var source, out var index);
        var keyLocal = Temp();
        _w.Line($"double {keyLocal} = {key.Text};");
        _w.Line($"{items}.Add({source}[{index}]);");
        _w.Line($"{keys}.Add({keyLocal});");
        CloseLoop();
        _w.Line($"Lists.SortByKeys({items}, {keys});");
        return Simple(items + ".Span");
    }
}

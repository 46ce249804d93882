using System.Collections.Frozen;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Interpreter;

// Standard-library special forms, mirroring Emit/CallEmitter.cs (the same loops); plain calls are
// CallEvaluation.RuntimeCalls.cs.
/// <summary>
/// Standard-library calls, mirroring <c>Emit/CallEmitter</c>: the special forms written out as loops (here) and plain
/// calls run from their registry entry (<c>.RuntimeCalls.cs</c>).
/// </summary>
internal abstract partial class CallEvaluation : ValueEvaluation
{
    private protected CallEvaluation(BoundGenerator generator, GeneratorContext context)
        : base(generator, context)
    {
    }

    // The special forms (Symbols/SpecialForm.cs), each written out as the emitter does (Emit/CallEmitter.cs);
    // StdlibParityTests compares the two tables.
    private protected static readonly FrozenDictionary<SpecialForm, Func<CallEvaluation, BoundCall, object?>> s_forms =
        new Dictionary<SpecialForm, Func<CallEvaluation, BoundCall, object?>>
        {
            [SpecialForm.Count] = (e, call) => (long)Values.List(e.Eval(call.Arguments[0])).Length,
            [SpecialForm.IsEmpty] = (e, call) =>
                e.Eval(call.Arguments[0]) is BitMask mask ? mask.Area == 0 : Values.List(e.Eval(call.Arguments[0])).Length == 0,
            [SpecialForm.Number] = (e, call) => Values.ToLong(e.Eval(call.Arguments[0])),
            [SpecialForm.Distinct] = (e, call) => e.Distinct(call),
            [SpecialForm.Combinations] = (_, call) => throw new InvalidOperationException("combinations outside a for source"),
            [SpecialForm.ArgMin] = (e, call) => e.Extreme(call),
            [SpecialForm.ArgMax] = (e, call) => e.Extreme(call),
            [SpecialForm.Min] = (e, call) => e.Extreme(call),
            [SpecialForm.Max] = (e, call) => e.Extreme(call),
            [SpecialForm.Sum] = (e, call) => e.Sum(call),
            [SpecialForm.Any] = (e, call) => e.AnyAll(call),
            [SpecialForm.All] = (e, call) => e.AnyAll(call),
            [SpecialForm.SortBy] = (e, call) => e.SortBy(call),
            [SpecialForm.Pick] = (e, call) => e.Pick(call),
            [SpecialForm.Prepend] = (e, call) =>
            {
                var first = e.Eval(call.Arguments[0]);
                return new object?[] { first }.Concat(Values.List(e.Eval(call.Arguments[1]))).ToArray();
            },
            [SpecialForm.Closer] = (e, call) => e.CloserOrFarther(call),
            [SpecialForm.Farther] = (e, call) => e.CloserOrFarther(call),
            [SpecialForm.DepthPoints] = (e, _) => e.DepthPoints(),
            [SpecialForm.SegmentationPoints] = (e, call) => e.SegmentationPoints(call),
            [SpecialForm.CountNoun] = (e, call) =>
                (long)Nouns.CountOfNoun(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], e.Context.Vocabulary, (string)e.Eval(call.Arguments[1])!),
            [SpecialForm.ObjectsOfNoun] = (e, call) =>
                FromClr(Nouns.ObjectsOfNoun(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], (int)e.Eval(call.Arguments[0])!, e.Context.Vocabulary, (string)e.Eval(call.Arguments[1])!),
                    TypeSymbol.ListOf(TypeSymbol.Object)),
            [SpecialForm.CountAttributed] = (e, call) =>
                (long)AttributedNouns.CountOf(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], e.Context.Vocabulary, (string)e.Eval(call.Arguments[1])!, (string)e.Eval(call.Arguments[2])!),
            [SpecialForm.NounAttributes] = (e, call) =>
                FromClr(AttributedNouns.PairsOf(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], e.Context.Vocabulary), call.Type),
            [SpecialForm.NounMeanings] = (e, call) =>
                FromClr(AttributedNouns.MeaningPairsOf(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], e.Context.Vocabulary), call.Type),
            [SpecialForm.PredicatesBetween] = (e, call) =>
                FromClr(LabelRelations.PredicatesBetween(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], (string)e.Eval(call.Arguments[1])!, (string)e.Eval(call.Arguments[2])!),
                    TypeSymbol.ListOf(TypeSymbol.String)),
            [SpecialForm.RelationsBetween] = (e, call) =>
                FromClr(LabelRelations.RelationsBetween(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], (int)e.Eval(call.Arguments[0])!, (string)e.Eval(call.Arguments[1])!, (string)e.Eval(call.Arguments[2])!),
                    TypeSymbol.ListOf(TypeSymbol.Relation)),
            [SpecialForm.RelatedPairs] = (e, call) => FromClr(LabelRelations.RelatedPairs(e.Context.Graphs, Images(e.Eval(call.Arguments[0]))), call.Type),
            [SpecialForm.RelatedTriples] = (e, call) => FromClr(LabelRelations.RelatedTriples(e.Context.Graphs, Images(e.Eval(call.Arguments[0]))), call.Type),
            [SpecialForm.RelatesNouns] = (e, call) =>
                LabelRelations.RelatesNouns(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], e.Context.Vocabulary, (string)e.Eval(call.Arguments[1])!,
                    (string)e.Eval(call.Arguments[2])!, (string)e.Eval(call.Arguments[3])!),
            [SpecialForm.PredicatesBetweenNouns] = (e, call) =>
                FromClr(LabelRelations.PredicatesBetweenNouns(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], e.Context.Vocabulary, (string)e.Eval(call.Arguments[1])!,
                    (string)e.Eval(call.Arguments[2])!), TypeSymbol.ListOf(TypeSymbol.String)),
            [SpecialForm.PersonsNamed] = (e, call) => call.Arguments is [var nouns]
                ? Persons.AreNamed(e.Graph, e.Context.Vocabulary, Strings(e.Eval(nouns)))
                : Persons.AreNamed(e.Context.Graphs[(int)e.Eval(call.Arguments[0])!], e.Context.Vocabulary, Strings(e.Eval(call.Arguments[1]))),
        }.ToFrozenDictionary();

    /// <summary>The special forms this back end writes out, for the parity test.</summary>
    internal static IEnumerable<SpecialForm> HandledForms => s_forms.Keys;

    private protected override object? Call(BoundCall call) =>
        call.Function.Binding is { } binding ? RuntimeCall(call, binding)
        : s_forms.TryGetValue(call.Function.Form, out var form) ? form(this, call)
        : throw new InvalidOperationException("cannot interpret " + call.Function.Name);

    // A list of images (boxed data-set positions) as the runtime's span of positions.
    private static int[] Images(object? list) => [.. Values.List(list).Select(image => (int)image!)];

    // A list of strings as the runtime's span of strings.
    private static string[] Strings(object? list) => [.. Values.List(list).Select(text => (string)text!)];

    private protected object?[] Distinct(BoundCall call)
    {
        var result = new List<object?>();
        foreach (var element in Values.List(Eval(call.Arguments[0])))
        {
            if (!result.Any(e => Values.Equal(e, element)))
            {
                result.Add(element);
            }
        }
        return result.ToArray();
    }

    private protected object?[] Pick(BoundCall call)
    {
        var buffer = new ScratchList<object?>();
        buffer.AddRange(Values.List(Eval(call.Arguments[0])));
        Lists.KeepSample(buffer, Values.ToLong(Eval(call.Arguments[1])), Item.Random);
        return buffer.Span.ToArray();
    }

    private protected object? CloserOrFarther(BoundCall call)
    {
        var a = Eval(call.Arguments[0]);
        var b = Eval(call.Arguments[1]);
        var graph = a is ObjectRef r ? Context.Graphs[r.Image] : Graph;
        var first = call.Function.Form == SpecialForm.Closer
            ? Depth.IsCloser(ObjectDepth(a), ObjectDepth(b), graph.Depth!.Convention)
            : Depth.IsFarther(ObjectDepth(a), ObjectDepth(b), graph.Depth!.Convention);
        return first ? a : b;
    }

    private protected object?[] DepthPoints() =>
        Points.TryDepthPair(Graph, Context.QueryRandom, Context.DepthThreshold(), out var pair)
            ? [((double)pair.First.X, (double)pair.First.Y), ((double)pair.Second.X, (double)pair.Second.Y)]
            : [];

    private protected object?[] SegmentationPoints(BoundCall call)
    {
        var owner = (int)Eval(call.Arguments[0])!;
        return Points.TrySegmentationTriple(Graph, Points.LabelMap(Graph), owner, Context.QueryRandom, out var triple)
            ? [((double)triple.Anchor.X, (double)triple.Anchor.Y), ((double)triple.Same.X, (double)triple.Same.Y), ((double)triple.Different.X, (double)triple.Different.Y)]
            : [];
    }

    private protected ItemDraft Item => CurrentItem ?? throw new InvalidOperationException("an item-random function outside the emit block");

    // Calls `each` with every element and the lambda body's value there (the element itself without a lambda);
    // a skip inside the body skips that element, like `continue` in the emitted loop.
    private protected void ForEachWithLambda(BoundExpression list, BoundLambda? lambda, Func<int, object?, object?, bool> each)
    {
        var elements = Values.List(Eval(list));
        for (var i = 0; i < elements.Length; i++)
        {
            Stop();
            object? value;
            try
            {
                if (lambda is null)
                {
                    value = elements[i];
                }
                else
                {
                    if (!lambda.Parameters[0].IsDiscard)
                    {
                        Variables[lambda.Parameters[0]] = elements[i];
                    }
                    value = Eval(lambda.Body);
                }
            }
            catch (SkipIteration)
            {
                continue;
            }
            if (!each(i, elements[i], value))
            {
                break;
            }
        }
    }

    private protected object? Extreme(BoundCall call)
    {
        var kind = call.Function.Form;
        var lambda = call.Arguments.Length > 1 ? (BoundLambda)call.Arguments[1] : null;
        var keyType = lambda?.Body.Type ?? call.Arguments[0].Type.ElementType!;
        var isFloat = keyType.Kind == TypeKind.Float;
        var smaller = kind is SpecialForm.ArgMin or SpecialForm.Min;
        object? best = null;
        object? bestKey = isFloat ? 0.0 : 0L;
        var found = false;
        ForEachWithLambda(call.Arguments[0], lambda, (_, element, key) =>
        {
            var better = isFloat
                ? (smaller ? Values.ToDouble(key) < Values.ToDouble(bestKey) : Values.ToDouble(key) > Values.ToDouble(bestKey))
                : (smaller ? Values.ToLong(key) < Values.ToLong(bestKey) : Values.ToLong(key) > Values.ToLong(bestKey));
            if (!found || better)
            {
                found = true;
                best = element;
                bestKey = isFloat ? Values.ToDouble(key) : Values.ToLong(key);
            }
            return true;
        });
        if (!found)
        {
            throw SkipIteration.Instance;
        }
        return kind is SpecialForm.ArgMin or SpecialForm.ArgMax ? best : bestKey;
    }

    private protected object Sum(BoundCall call)
    {
        var lambda = call.Arguments.Length > 1 ? (BoundLambda)call.Arguments[1] : null;
        var isFloat = call.Type.Kind == TypeKind.Float;
        double totalReal = 0;
        long totalInteger = 0;
        ForEachWithLambda(call.Arguments[0], lambda, (_, _, value) =>
        {
            if (isFloat)
            {
                totalReal += Values.ToDouble(value);
            }
            else
            {
                totalInteger += Values.ToLong(value);
            }
            return true;
        });
        return isFloat ? totalReal : totalInteger;
    }

    private protected bool AnyAll(BoundCall call)
    {
        var any = call.Function.Form == SpecialForm.Any;
        var result = !any;
        ForEachWithLambda(call.Arguments[0], (BoundLambda)call.Arguments[1], (_, _, condition) =>
        {
            if ((bool)condition! == any)
            {
                result = any;
                return false;
            }
            return true;
        });
        return result;
    }

    private protected object?[] SortBy(BoundCall call)
    {
        var items = new ScratchList<object?>();
        var keys = new ScratchList<double>();
        ForEachWithLambda(call.Arguments[0], (BoundLambda)call.Arguments[1], (_, element, key) =>
        {
            items.Add(element);
            keys.Add(Values.ToDouble(key));
            return true;
        });
        Lists.SortByKeys(items, keys);
        return items.Span.ToArray();
    }
}

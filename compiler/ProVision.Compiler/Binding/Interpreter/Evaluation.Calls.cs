using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;
using ProVision.Runtime.Stdlib.SceneGraphFamily;
using ProVision.Runtime.Text;

namespace ProVision.Compiler.Binding.Interpreter;

// Standard-library calls, mirroring Emit/GeneratorEmitter.Calls.cs (the same runtime methods, the same loops).
internal sealed partial class Evaluation
{
    private object? Call(BoundCall call)
    {
        var arguments = call.Arguments;
        switch (call.Function.Kind)
        {
            case FunctionKind.Count:
                return (long)Values.List(Eval(arguments[0])).Length;
            case FunctionKind.IsEmpty:
                return Eval(arguments[0]) is BitMask mask ? mask.Area == 0 : Values.List(Eval(arguments[0])).Length == 0;
            case FunctionKind.Countable:
                return _context.Vocabulary.IsCountable((string)Eval(arguments[0])!);
            case FunctionKind.Category:
                return _context.Vocabulary.CategoryOf((string)Eval(arguments[0])!);
            case FunctionKind.Plural:
                return arguments.Length == 1
                    ? Inflection.Plural((string)Eval(arguments[0])!)
                    : Inflection.Plural((string)Eval(arguments[0])!, Values.ToLong(Eval(arguments[1])));
            case FunctionKind.Number:
                return Values.ToLong(Eval(arguments[0]));
            case FunctionKind.IsUnique:
                return Nouns.IsUnique(Graph, _context.Vocabulary, (string)Eval(arguments[0])!);
            case FunctionKind.Noun:
                return _context.Vocabulary.NounOf((string)Eval(arguments[0])!);
            case FunctionKind.IsPlural:
                return _context.Vocabulary.IsPluralLabel((string)Eval(arguments[0])!);
            case FunctionKind.IsPerson:
                return _context.Vocabulary.IsPerson((string)Eval(arguments[0])!);
            case FunctionKind.CouldHold:
                return SpatialPredicates.CouldHold(Values.Box(Eval(arguments[0])), (string)Eval(arguments[1])!, Values.Box(Eval(arguments[2])));
            case FunctionKind.Synonyms:
                return _context.Vocabulary.AreSynonyms((string)Eval(arguments[0])!, (string)Eval(arguments[1])!);
            case FunctionKind.DistinctMeanings:
                {
                    var kept = new ScratchList<string>();
                    var words = Values.List(Eval(arguments[0])).Select(w => (string)w!).ToArray();
                    Synonyms.AppendDistinctMeanings(words, _context.Vocabulary, kept);
                    return kept.Span.ToArray().Cast<object?>().ToArray();
                }
            case FunctionKind.Overlaps:
                return Geometry.Overlaps(Values.Box(Eval(arguments[0])), Values.Box(Eval(arguments[1])));
            case FunctionKind.OverlapsX:
                return Geometry.OverlapsHorizontally(Values.Box(Eval(arguments[0])), Values.Box(Eval(arguments[1])));
            case FunctionKind.OverlapsY:
                return Geometry.OverlapsVertically(Values.Box(Eval(arguments[0])), Values.Box(Eval(arguments[1])));
            case FunctionKind.Contains:
                return Geometry.Contains(Values.Box(Eval(arguments[0])), Values.Box(Eval(arguments[1])));
            case FunctionKind.BoxRatio:
                return Eval(arguments[0]) is ObjectRef o
                    ? Geometry.BoxRatio(_context.Graphs[o.Image], o.Index)
                    : Geometry.BoxRatio(Graph, (int)Eval(arguments[0])!);
            case FunctionKind.PointRatio:
                {
                    var (x, y) = ((double, double))Eval(arguments[0])!;
                    return Geometry.PointRatio(x, y, Graph.Width, Graph.Height);
                }
            case FunctionKind.Abs:
                {
                    var value = Eval(arguments[0]);
                    return call.Type.Kind == TypeKind.Float ? Math.Abs(Values.ToDouble(value)) : Math.Abs(Values.ToLong(value));
                }
            case FunctionKind.Depth:
                return ObjectDepth(Eval(arguments[0]));
            case FunctionKind.Closer or FunctionKind.Farther:
                {
                    var a = Eval(arguments[0]);
                    var b = Eval(arguments[1]);
                    var graph = a is ObjectRef r ? _context.Graphs[r.Image] : Graph;
                    var first = call.Function.Kind == FunctionKind.Closer
                        ? Depth.IsCloser(ObjectDepth(a), ObjectDepth(b), graph.Depth!.Convention)
                        : Depth.IsFarther(ObjectDepth(a), ObjectDepth(b), graph.Depth!.Convention);
                    return first ? a : b;
                }
            case FunctionKind.Distinct:
                {
                    var result = new List<object?>();
                    foreach (var element in Values.List(Eval(arguments[0])))
                    {
                        if (!result.Any(e => Values.Equal(e, element)))
                        {
                            result.Add(element);
                        }
                    }
                    return result.ToArray();
                }
            case FunctionKind.CountChoices:
                {
                    var buffer = new ScratchList<long>();
                    Counting.CountChoices((int)Values.ToLong(Eval(arguments[0])), Item.Random, buffer);
                    return buffer.Span.ToArray().Select(c => (object?)c).ToArray();
                }
            case FunctionKind.Pick:
                {
                    var buffer = new ScratchList<object?>();
                    buffer.AddRange(Values.List(Eval(arguments[0])));
                    Lists.KeepSample(buffer, Values.ToLong(Eval(arguments[1])), Item.Random);
                    return buffer.Span.ToArray();
                }
            case FunctionKind.ArgMin or FunctionKind.ArgMax or FunctionKind.Min or FunctionKind.Max:
                return Extreme(call);
            case FunctionKind.Sum:
                return Sum(call);
            case FunctionKind.Any or FunctionKind.All:
                return AnyAll(call);
            case FunctionKind.SortBy:
                return SortBy(call);

            // --- object, attribute and relation families: add entries below this line ---
            case FunctionKind.Prepend:
                {
                    var first = Eval(arguments[0]);
                    return new object?[] { first }.Concat(Values.List(Eval(arguments[1]))).ToArray();
                }
            case FunctionKind.SetKey:
                return ObjectFamily.SetKey(Values.List(Eval(arguments[0])).Select(x => (string)x!).ToArray());
            case FunctionKind.JoinAnd:
                return Inflection.JoinList(Values.List(Eval(arguments[0])).Select(x => (string)x!).ToArray());
            case FunctionKind.AttributesIn:
                return _context.Vocabulary.AttributesIn((string)Eval(arguments[0])!).Select(a => (object?)a).ToArray();

            // --- depth and segmentation families: add entries below this line ---
            case FunctionKind.DepthPoints:
                return Points.TryDepthPair(Graph, _context.QueryRandom, _context.DepthThreshold(), out var depthPair)
                    ? new object?[] { ((double)depthPair.First.X, (double)depthPair.First.Y), ((double)depthPair.Second.X, (double)depthPair.Second.Y) }
                    : Array.Empty<object?>();
            case FunctionKind.PointDepth:
                {
                    var (x, y) = ((double, double))Eval(arguments[0])!;
                    return Depth.PointDepth(Graph, (int)x, (int)y);
                }
            case FunctionKind.IsCloser:
                return Depth.IsCloser(Values.ToDouble(Eval(arguments[0])), Values.ToDouble(Eval(arguments[1])), Graph.Depth!.Convention);
            case FunctionKind.Chance:
                return _context.QueryRandom.Bernoulli(Values.ToDouble(Eval(arguments[0])));
            case FunctionKind.SegmentationPoints:
                {
                    var owner = (int)Eval(arguments[0])!;
                    return Points.TrySegmentationTriple(Graph, Points.LabelMap(Graph), owner, _context.QueryRandom, out var triple)
                        ? new object?[] { ((double)triple.Anchor.X, (double)triple.Anchor.Y), ((double)triple.Same.X, (double)triple.Same.Y), ((double)triple.Different.X, (double)triple.Different.Y) }
                        : Array.Empty<object?>();
                }


            // --- scene-graph family: add entries below this line ---
            case FunctionKind.Component or FunctionKind.Matching or FunctionKind.Joins or FunctionKind.CaptionRelations:
                {
                    var buffer = new ScratchList<int>();
                    switch (call.Function.Kind)
                    {
                        case FunctionKind.Component:
                            SceneGraphQueries.Component(Graph, (int)Eval(arguments[0])!, buffer);
                            break;
                        case FunctionKind.Matching:
                            SceneGraphQueries.Matching(Graph, (ReferringExpression)Eval(arguments[0])!, buffer);
                            break;
                        case FunctionKind.Joins:
                            SceneGraphQueries.Join(Graph, (ReferringExpression)Eval(arguments[0])!, buffer);
                            break;
                        default:
                            SceneGraphQueries.CaptionRelations(Graph, _context.QueryRandom, buffer);
                            break;
                    }
                    return buffer.Span.ToArray().Select(i => (object?)i).ToArray();
                }
            case FunctionKind.RefExprs or FunctionKind.RefExprsAvoiding or FunctionKind.RefExprsExcept:
                {
                    var buffer = new ScratchList<ReferringExpression>();
                    var node = (int)Eval(arguments[0])!;
                    if (call.Function.Kind == FunctionKind.RefExprs)
                    {
                        SceneGraphQueries.For(Graph, node, buffer);
                    }
                    else if (call.Function.Kind == FunctionKind.RefExprsAvoiding)
                    {
                        SceneGraphQueries.Avoiding(Graph, node, _context.Vocabulary, (string)Eval(arguments[1])!, buffer);
                    }
                    else
                    {
                        SceneGraphQueries.Except(Graph, node, (int)Eval(arguments[1])!, buffer);
                    }
                    return buffer.Span.ToArray().Select(e => (object?)e).ToArray();
                }
            case FunctionKind.NeighborUnique:
                return ExpressionReading.NeighborIsUnique(Graph, _context.Vocabulary, (ReferringExpression)Eval(arguments[0])!);
            case FunctionKind.ColorsPerson:
                return ExpressionReading.StatesPersonColor(Graph, _context.Vocabulary, (ReferringExpression)Eval(arguments[0])!);
            case FunctionKind.ExprNode:
                return ((ReferringExpression)Eval(arguments[0])!).Node;
            case FunctionKind.ExprAttributes:
                return ((ReferringExpression)Eval(arguments[0])!).Attributes.Select(a => (object?)a).ToArray();
            case FunctionKind.ExprNeighborAttributes:
                return ((ReferringExpression)Eval(arguments[0])!).NeighborAttributes.Select(a => (object?)a).ToArray();
            case FunctionKind.Phrase:
                return ((ReferringExpression)Eval(arguments[0])!).Phrase;
            case FunctionKind.Appositive:
                return ((ReferringExpression)Eval(arguments[0])!).AppositivePhrase;
            case FunctionKind.Caption:
                return SceneGraphQueries.Caption(Graph, Values.List(Eval(arguments[0])).Select(r => (int)r!).ToArray());

            // --- multi-image family: add entries below this line ---
            case FunctionKind.JoinList:
                return Inflection.JoinList(Values.List(Eval(arguments[0])).Select(v => (string)v!).ToArray());

            default:
                throw new InvalidOperationException("cannot interpret " + call.Function.Name);
        }
    }

    private ItemDraft Item => _item ?? throw new InvalidOperationException("an item-random function outside the emit block");

    // Calls `each` with every element and the lambda body's value there (the element itself without a lambda);
    // a skip inside the body skips that element, like `continue` in the emitted loop.
    private void ForEachWithLambda(BoundExpression list, BoundLambda? lambda, Func<int, object?, object?, bool> each)
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
                        _values[lambda.Parameters[0]] = elements[i];
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

    private object? Extreme(BoundCall call)
    {
        var kind = call.Function.Kind;
        var lambda = call.Arguments.Length > 1 ? (BoundLambda)call.Arguments[1] : null;
        var keyType = lambda?.Body.Type ?? call.Arguments[0].Type.ElementType!;
        var isFloat = keyType.Kind == TypeKind.Float;
        var smaller = kind is FunctionKind.ArgMin or FunctionKind.Min;
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
        return kind is FunctionKind.ArgMin or FunctionKind.ArgMax ? best : bestKey;
    }

    private object Sum(BoundCall call)
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

    private bool AnyAll(BoundCall call)
    {
        var any = call.Function.Kind == FunctionKind.Any;
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

    private object?[] SortBy(BoundCall call)
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

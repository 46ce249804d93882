using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

// Standard-library calls: runtime methods where one exists, inlined loops for the higher-order functions (the
// lambda's parameter becomes the loop variable; no delegate is created).
internal sealed partial class GeneratorEmitter
{
    private CsExpr Call(BoundCall call)
    {
        var arguments = call.Arguments;
        switch (call.Function.Kind)
        {
            case FunctionKind.Count:
                return Simple(Paren(Expr(arguments[0])) + ".Length");
            case FunctionKind.IsEmpty:
                return Compound(Paren(Expr(arguments[0])) + (arguments[0].Type.Kind == TypeKind.Mask ? ".Area == 0" : ".Length == 0"));
            case FunctionKind.Countable:
                return Simple($"context.Vocabulary.IsCountable({Expr(arguments[0]).Text})");
            case FunctionKind.Category:
                return Simple($"context.Vocabulary.CategoryOf({Expr(arguments[0]).Text})");
            case FunctionKind.Plural:
                return arguments.Length == 1
                    ? Simple($"Inflection.Plural({Expr(arguments[0]).Text})")
                    : Simple($"Inflection.Plural({Expr(arguments[0]).Text}, {Expr(arguments[1]).Text})");
            case FunctionKind.Number:
                return Expr(arguments[0]);
            case FunctionKind.IsUnique:
                return Compound($"Sets.CountLabel(graph, {Expr(arguments[0]).Text}) == 1");
            case FunctionKind.Overlaps:
                return Simple($"Geometry.Overlaps({Expr(arguments[0]).Text}, {Expr(arguments[1]).Text})");
            case FunctionKind.OverlapsX:
                return Simple($"Geometry.OverlapsHorizontally({Expr(arguments[0]).Text}, {Expr(arguments[1]).Text})");
            case FunctionKind.OverlapsY:
                return Simple($"Geometry.OverlapsVertically({Expr(arguments[0]).Text}, {Expr(arguments[1]).Text})");
            case FunctionKind.Contains:
                return Simple($"Geometry.Contains({Expr(arguments[0]).Text}, {Expr(arguments[1]).Text})");
            case FunctionKind.BoxRatio:
                {
                    var o = Expr(arguments[0]);
                    if (Multi)
                    {
                        var stable = Stable(o, arguments[0].Type);
                        return Simple($"Geometry.BoxRatio(graphs[{stable}.Image], {stable}.Index)");
                    }
                    return Simple($"Geometry.BoxRatio(graph, {o.Text})");
                }
            case FunctionKind.PointRatio:
                {
                    var p = Stable(Expr(arguments[0]), arguments[0].Type);
                    return Simple($"Geometry.PointRatio({p}.Item1, {p}.Item2, graph.Width, graph.Height)");
                }
            case FunctionKind.Abs:
                return Simple($"Math.Abs({Expr(arguments[0]).Text})");
            case FunctionKind.Depth:
                return ObjectDepth(Stable(Expr(arguments[0]), arguments[0].Type));
            case FunctionKind.Closer or FunctionKind.Farther:
                return CloserOrFarther(call);
            case FunctionKind.Distinct:
                {
                    var source = Expr(arguments[0]);
                    var buffer = Buffer(call.Type.ElementType!);
                    _w.Line($"{buffer}.Clear();");
                    _w.Line($"Lists.AppendDistinct({source.Text}, {buffer});");
                    return Simple(buffer + ".Span");
                }
            case FunctionKind.CountChoices:
                {
                    var n = Expr(arguments[0]);
                    var buffer = Buffer(TypeSymbol.Count);
                    _w.Line($"Counting.CountChoices({n.Text}, item.Random, {buffer});");
                    return Simple(buffer + ".Span");
                }
            case FunctionKind.Pick:
                {
                    var source = Expr(arguments[0]);
                    var k = Expr(arguments[1]);
                    var buffer = Buffer(call.Type.ElementType!);
                    _w.Line($"{buffer}.Clear();");
                    _w.Line($"{buffer}.AddRange({source.Text});");
                    _w.Line($"Lists.KeepSample({buffer}, {k.Text}, item.Random);");
                    return Simple(buffer + ".Span");
                }
            case FunctionKind.ArgMin or FunctionKind.ArgMax or FunctionKind.Min or FunctionKind.Max:
                return Extreme(call);
            case FunctionKind.Sum:
                return Sum(call);
            case FunctionKind.Any or FunctionKind.All:
                return AnyAll(call);
            case FunctionKind.SortBy:
                return SortBy(call);
            case FunctionKind.Combinations:
                Report(DiagnosticCatalog.CombinationsOutsideFor(call.Span));
                return Simple("default");

            // --- object, attribute and relation families: add entries below this line ---
            case FunctionKind.Prepend:
                {
                    var first = Stable(Expr(arguments[0]), arguments[0].Type);
                    var rest = Expr(arguments[1]);
                    var buffer = Buffer(call.Type.ElementType!);
                    _w.Line($"{buffer}.Clear();");
                    _w.Line($"{buffer}.Add({first});");
                    _w.Line($"{buffer}.AddRange({rest.Text});");
                    return Simple(buffer + ".Span");
                }
            case FunctionKind.SetKey:
                return Simple($"ObjectFamily.SetKey({Expr(arguments[0]).Text})");
            case FunctionKind.JoinAnd:
                return Simple($"Inflection.JoinList({Expr(arguments[0]).Text})");
            case FunctionKind.AttributesIn:
                return Simple($"context.Vocabulary.AttributesIn({Expr(arguments[0]).Text}).AsSpan()");

            // --- depth and segmentation families: add entries below this line ---
            case FunctionKind.DepthPoints:
                {
                    var buffer = Buffer(TypeSymbol.Point);
                    var pair = Temp();
                    _w.Line($"{buffer}.Clear();");
                    _w.Line($"if (Points.TryDepthPair(graph, context.QueryRandom, context.DepthThreshold(), out var {pair})) {{ {buffer}.Add(({pair}.First.X, {pair}.First.Y)); {buffer}.Add(({pair}.Second.X, {pair}.Second.Y)); }}");
                    return Simple(buffer + ".Span");
                }
            case FunctionKind.PointDepth:
                {
                    var p = Stable(Expr(arguments[0]), arguments[0].Type);
                    return Simple($"Depth.PointDepth(graph, (int){p}.Item1, (int){p}.Item2)");
                }
            case FunctionKind.IsCloser:
                return Simple($"Depth.IsCloser({Expr(arguments[0]).Text}, {Expr(arguments[1]).Text}, graph.Depth!.Convention)");
            case FunctionKind.Chance:
                return Simple($"context.QueryRandom.Bernoulli({Expr(arguments[0]).Text})");
            case FunctionKind.SegmentationPoints:
                {
                    var o = Expr(arguments[0]);
                    var buffer = Buffer(TypeSymbol.Point);
                    var map = Temp("m");
                    _hoisted.Add($"var {map} = Array.Empty<int>();");
                    var triple = Temp();
                    _w.Line($"{buffer}.Clear();");
                    _w.Line($"if (Points.TrySegmentationTriple(graph, {map}.Length == 0 ? ({map} = Points.LabelMap(graph)) : {map}, (int){Paren(o)}, context.QueryRandom, out var {triple})) {{ {buffer}.Add(({triple}.Anchor.X, {triple}.Anchor.Y)); {buffer}.Add(({triple}.Same.X, {triple}.Same.Y)); {buffer}.Add(({triple}.Different.X, {triple}.Different.Y)); }}");
                    return Simple(buffer + ".Span");
                }


            // --- scene-graph family: add entries below this line ---
            case FunctionKind.Component or FunctionKind.RefExprs or FunctionKind.RefExprsAvoiding or FunctionKind.RefExprsExcept
                or FunctionKind.Matching or FunctionKind.Joins or FunctionKind.CaptionRelations:
                return SceneGraphList(call);
            case FunctionKind.ExprNode:
                return Simple(Paren(Expr(arguments[0])) + ".Node");
            case FunctionKind.ExprAttributes:
                return Simple(Paren(Expr(arguments[0])) + ".Attributes.AsSpan()");
            case FunctionKind.ExprNeighborAttributes:
                return Simple(Paren(Expr(arguments[0])) + ".NeighborAttributes.AsSpan()");
            case FunctionKind.Phrase:
                return Simple(Paren(Expr(arguments[0])) + ".Phrase");
            case FunctionKind.Appositive:
                return Simple(Paren(Expr(arguments[0])) + ".AppositivePhrase");
            case FunctionKind.Caption:
                return Simple($"global::ProVision.Runtime.Stdlib.SceneGraphFamily.SceneGraphQueries.Caption(graph, {Expr(arguments[0]).Text})");

            // --- multi-image family: add entries below this line ---
            case FunctionKind.JoinList:
                return Simple($"Inflection.JoinList({Expr(arguments[0]).Text})");

            default:
                throw new InvalidOperationException("cannot emit " + call.Function.Name);
        }
    }

    // Scene-graph family: a runtime method that fills a buffer (SceneGraphQueries), one per list-valued function.
    private CsExpr SceneGraphList(BoundCall call)
    {
        var args = call.Arguments.Select(a => Expr(a).Text).ToArray();
        var buffer = Buffer(call.Type.ElementType!);
        const string queries = "global::ProVision.Runtime.Stdlib.SceneGraphFamily.SceneGraphQueries";
        var line = call.Function.Kind switch
        {
            FunctionKind.Component => $"{queries}.Component(graph, {args[0]}, {buffer});",
            FunctionKind.RefExprs => $"{queries}.For(graph, {args[0]}, {buffer});",
            FunctionKind.RefExprsAvoiding => $"{queries}.Avoiding(graph, {args[0]}, context.Vocabulary, {args[1]}, {buffer});",
            FunctionKind.RefExprsExcept => $"{queries}.Except(graph, {args[0]}, {args[1]}, {buffer});",
            FunctionKind.Matching => $"{queries}.Matching(graph, {args[0]}, {buffer});",
            FunctionKind.Joins => $"{queries}.Join(graph, {args[0]}, {buffer});",
            _ => $"{queries}.CaptionRelations(graph, context.QueryRandom, {buffer});",
        };
        _w.Line(line);
        return Simple(buffer + ".Span");
    }

    private CsExpr CloserOrFarther(BoundCall call)
    {
        var a = Stable(Expr(call.Arguments[0]), TypeSymbol.Object);
        var b = Stable(Expr(call.Arguments[1]), TypeSymbol.Object);
        var method = call.Function.Kind == FunctionKind.Closer ? "IsCloser" : "IsFarther";
        var graph = Multi ? $"graphs[{a}.Image]" : "graph";
        return Compound($"Depth.{method}({ObjectDepth(a).Text}, {ObjectDepth(b).Text}, {graph}.Depth!.Convention) ? {a} : {b}");
    }

    /// <summary>
    /// Opens the loop of an inlined lambda over <paramref name="list"/>: declares the lambda's parameter as the element
    /// (or the value itself when there is no lambda) and returns the C# for the lambda body's value at that element.
    /// </summary>
    private CsExpr OpenLambdaLoop(BoundExpression list, BoundLambda? lambda, out string source, out string index)
    {
        source = Stable(Expr(list), list.Type);
        index = Temp("i");
        OpenLoop($"for (var {index} = 0; {index} < {source}.Length; {index}++)");
        if (lambda is null)
        {
            return Simple($"{source}[{index}]");
        }
        var parameter = lambda.Parameters[0];
        if (!parameter.IsDiscard)
        {
            _w.Line($"var {NameOf(parameter)} = {source}[{index}];");
        }
        return Expr(lambda.Body);
    }

    private CsExpr Extreme(BoundCall call)
    {
        var kind = call.Function.Kind;
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
        var better = kind is FunctionKind.ArgMin or FunctionKind.Min ? "<" : ">";
        _w.Line($"if ({best} < 0 || {keyLocal} {better} {bestKey}) {{ {best} = {index}; {bestKey} = {keyLocal}; }}");
        CloseLoop();
        _loopDepth = depth;
        _w.Line($"if ({best} < 0) {Skip}");
        return kind is FunctionKind.ArgMin or FunctionKind.ArgMax ? Simple($"{source}[{best}]") : Simple(bestKey);
    }

    private CsExpr Sum(BoundCall call)
    {
        var lambda = call.Arguments.Length > 1 ? (BoundLambda)call.Arguments[1] : null;
        var total = Temp();
        _w.Line($"{CSharpSyntax.Type(call.Type.Kind == TypeKind.Float ? TypeSymbol.Float : TypeSymbol.Int, Multi)} {total} = 0;");
        var value = OpenLambdaLoop(call.Arguments[0], lambda, out _, out _);
        _w.Line($"{total} += {value.Text};");
        CloseLoop();
        return Simple(total);
    }

    private CsExpr AnyAll(BoundCall call)
    {
        var any = call.Function.Kind == FunctionKind.Any;
        var result = Temp();
        _w.Line($"var {result} = {(any ? "false" : "true")};");
        var condition = OpenLambdaLoop(call.Arguments[0], (BoundLambda)call.Arguments[1], out _, out _);
        _w.Line(any
            ? $"if ({condition.Text}) {{ {result} = true; break; }}"
            : $"if (!{Paren(condition)}) {{ {result} = false; break; }}");
        CloseLoop();
        return Simple(result);
    }

    private CsExpr SortBy(BoundCall call)
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

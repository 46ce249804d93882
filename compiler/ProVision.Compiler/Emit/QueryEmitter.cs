using System.Globalization;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Emit;

// The query as nested loops: each `for` opens a loop (with a ShouldStop check first) and the clauses after it go
// inside; `where` becomes `continue` (or `return` outside any loop); `sample k` runs its for twice (count the
// iterations that reach it, keep k of them with the query stream, run the kept ones); a draw is a loop bounded by the
// budget of failed draws per item made.
internal abstract partial class QueryEmitter : CallEmitter
{
    private protected QueryEmitter(BoundGenerator generator, BoundPack pack, List<Diagnostic> diagnostics)
        : base(generator, pack, diagnostics)
    {
    }

    private protected void EmitClauses(int index)
    {
        var clauses = _generator.Clauses;
        if (index >= clauses.Length)
        {
            return;
        }
        var clause = clauses[index];
        if (index == _admitPoint && !Multi && _generator.HasTags)
        {
            // From the admit point on, pass 1 of balanced sampling skips what the tags do not need (.Candidate.cs).
            EmitCandidate(index);
            return;
        }
        if (index == _admitPoint)
        {
            WriteAdmitPoint();
        }
        switch (clause)
        {
            case BoundForClause forClause:
                var sample = FindSample(index);
                if (sample >= 0)
                {
                    EmitSampledFor(index, sample);
                }
                else if (!TryEmitInvariantFor(forClause, index))
                {
                    _w.Blank();
                    Comment(forClause.Span);
                    EmitFor(forClause, () => EmitClauses(index + 1));
                }
                break;
            case BoundWhereClause where:
                _w.Blank();
                Comment(where.Span);
                EmitWhere(where);
                EmitClauses(index + 1);
                break;
            case BoundLetClause let:
                _w.Blank();
                Comment(let.Span);
                EmitLet(let);
                EmitClauses(index + 1);
                break;
            case BoundBudgetClause:
                EmitClauses(index + 1);
                break;
            case BoundDrawClause draw:
                EmitDraw(draw, index);
                break;
            case BoundEmitClause emit:
                _w.Blank();
                Comment(emit.Span);
                EmitItem(emit);
                break;
            case BoundSampleClause:
                // Reached only through EmitSampledFor, which skips it.
                EmitClauses(index + 1);
                break;
        }
    }

    // A candidate that can no longer be kept (k kept ones already have smaller selection values) is skipped here,
    // before the lets that only prepare its emit block and before the emit block.
    private void WriteAdmitPoint()
    {
        _w.Blank();
        _w.Line("// Admit point: skip a candidate that can no longer be kept, before building it.");
        _w.Line($"if (!context.Admits()) {Skip}");
    }

    private protected void EmitWhere(BoundWhereClause where)
    {
        var condition = Expr(where.Condition);
        _w.Line($"if (!{Paren(condition)}) {Skip}");
    }

    private protected void EmitLet(BoundLetClause let)
    {
        var value = ExprAs(let.Value, let.Variable.Type);
        Bind(let.Variable);
        if (!_usedVariables.Contains(let.Variable))
        {
            // Unused (warning PV1050), but still evaluated: its skips apply.
            _w.Line($"_ = {value.Text};");
            return;
        }
        _w.Line($"{CSharpSyntax.Type(let.Variable.Type, Multi)} {NameOf(let.Variable)} = {value.Text};");
    }

    // The sample clause whose enclosing for is the clause at forIndex, if any.
    private protected int FindSample(int forIndex)
    {
        for (var i = forIndex + 1; i < _generator.Clauses.Length; i++)
        {
            switch (_generator.Clauses[i])
            {
                case BoundSampleClause sample when ReferenceEquals(sample.For, _generator.Clauses[forIndex]):
                    return i;
                case BoundForClause:
                    return -1;
            }
        }
        return -1;
    }

    private protected void EmitSampledFor(int forIndex, int sampleIndex)
    {
        var forClause = (BoundForClause)_generator.Clauses[forIndex];
        var sample = (BoundSampleClause)_generator.Clauses[sampleIndex];
        if (sample.Count.ConstantValue is not long k)
        {
            Report(EmitDiagnostics.CannotEmit(sample.Count.Span, "a sample size that is not a constant", "write the number, as in 'sample 3'"));
            return;
        }

        if (forClause.ForKind == ForKind.Elements)
        {
            EmitSampledElements(forClause, forIndex, sampleIndex, k);
            return;
        }
        var reached = Buffer(TypeSymbol.Int);
        var ordinal = Temp();
        _w.Blank();
        Comment(sample.Span);
        _w.Line("// Pass 1: number the iterations of the for below that reach the sample clause.");
        _w.Line($"{reached}.Clear();");
        _w.Line($"var {ordinal} = 0;");
        Comment(forClause.Span);
        EmitFor(forClause, () =>
        {
            var current = Temp();
            _w.Line($"var {current} = {ordinal}++;");
            EmitBetween(forIndex + 1, sampleIndex, () => _w.Line($"{reached}.Add({current});"));
        });

        _w.Line($"// Keep at most {CSharpSyntax.Long(k)} of them, chosen with the query stream, in their original order.");
        _w.Line($"Lists.KeepSample({reached}, {CSharpSyntax.Long(k)}, context.QueryRandom);");
        var ordinal2 = Temp();
        var next = Temp();
        _w.Line($"var {ordinal2} = 0;");
        _w.Line($"var {next} = 0;");
        _w.Line("// Pass 2: run the kept iterations.");
        Comment(forClause.Span);
        EmitFor(forClause, () =>
        {
            var current = Temp();
            _w.Line($"var {current} = {ordinal2}++;");
            _w.Line($"if ({next} >= {reached}.Count || {reached}[{next}] != {current}) continue;");
            _w.Line($"{next}++;");
            EmitBetween(forIndex + 1, sampleIndex, () => EmitClauses(sampleIndex + 1));
        });
    }

    // `sample k` over the elements of a list: pass 1 visits the elements in a random order of the query stream
    // (RandomOrder) and notes the positions of the first k that reach the sample clause, a uniform choice of k among all
    // that reach it without testing the rest (docs/randomness.md#sample-and-pick); pass 2 runs the kept positions of the
    // same list (still in its local: nothing between the passes writes it) in list order.
    private void EmitSampledElements(BoundForClause forClause, int forIndex, int sampleIndex, long k)
    {
        var sample = (BoundSampleClause)_generator.Clauses[sampleIndex];
        var reached = Buffer(TypeSymbol.Int);
        var order = Temp("order");
        _hoisted.Add($"var {order} = new RandomOrder();");
        _w.Blank();
        Comment(sample.Span);
        _w.Line($"// Pass 1: visit the elements of the for below in a random order (the query stream) and note the positions of the first {CSharpSyntax.Long(k)} that reach the sample clause.");
        _w.Line($"{reached}.Clear();");
        Comment(forClause.Span);
        var source = EmitElementsFor(forClause, i => EmitBetween(forIndex + 1, sampleIndex, () => _w.Line($"{reached}.Add({i});")), (list, i) =>
        {
            _w.Line($"{order}.Start({list}.Length, context.QueryRandom);");
            return $"while ({reached}.Count < {CSharpSyntax.Long(k)} && {order}.TryNext(out var {i}))";
        });
        _w.Line("// Pass 2: run the kept elements of the same list, in list order.");
        _w.Line($"Lists.SortPositions({reached});");
        var kept = Temp("i");
        OpenLoop($"for (var {kept} = 0; {kept} < {reached}.Count; {kept}++)");
        BindPattern(forClause.Pattern, $"{source}[(int){reached}[{kept}]]");
        BindNounIdOf(forClause.Pattern, StableNounIds(source, source), $"(int){reached}[{kept}]");
        EmitBetween(forIndex + 1, sampleIndex, () => EmitClauses(sampleIndex + 1));
        CloseLoop();
    }

    // The where and let clauses between a for and its sample, then the continuation.
    private protected void EmitBetween(int from, int to, Action then)
    {
        for (var i = from; i < to; i++)
        {
            switch (_generator.Clauses[i])
            {
                case BoundWhereClause where:
                    Comment(where.Span);
                    EmitWhere(where);
                    break;
                case BoundLetClause let:
                    Comment(let.Span);
                    EmitLet(let);
                    break;
            }
        }
        then();
    }

    /// <summary>Emits the loop(s) of a for clause; <paramref name="body"/> writes the code inside the innermost loop.</summary>
    private protected override void EmitFor(BoundForClause clause, Action body)
    {
        switch (clause.ForKind)
        {
            case ForKind.Elements:
                EmitElementsFor(clause, _ => body());
                break;
            case ForKind.Combinations:
                {
                    var source = Stable(Expr(clause.Source), clause.Source.Type);
                    var indices = new List<string>();
                    for (var level = 0; level < clause.CombinationSize; level++)
                    {
                        var i = Temp("i");
                        var start = level == 0 ? "0" : indices[^1] + " + 1";
                        OpenLoop($"for (var {i} = {start}; {i} < {source}.Length; {i}++)");
                        indices.Add(i);
                    }
                    if (clause.Pattern is BoundTuplePattern tuple && tuple.Elements.Length == indices.Count)
                    {
                        for (var e = 0; e < indices.Count; e++)
                        {
                            BindPattern(tuple.Elements[e], $"{source}[{indices[e]}]");
                        }
                    }
                    else
                    {
                        BindPattern(clause.Pattern, "(" + string.Join(", ", indices.Select(i => $"{source}[{i}]")) + ")");
                    }
                    body();
                    for (var level = 0; level < indices.Count; level++)
                    {
                        CloseLoop();
                    }
                    break;
                }
            case ForKind.Groups:
                {
                    var keyType = CSharpSyntax.Type(clause.GroupKey!.Type, Multi);
                    var elementType = CSharpSyntax.Type(clause.ElementType, Multi);
                    var grouping = Temp("g");
                    _hoisted.Add($"var {grouping} = new Grouping<{keyType}, {elementType}>();");
                    _w.Line($"{grouping}.Clear();");
                    var source = Stable(Expr(clause.Source), clause.Source.Type);
                    var i = Temp("i");
                    OpenLoop($"for (var {i} = 0; {i} < {source}.Length; {i}++)");
                    _w.Line($"var {NameOf(clause.It!)} = {source}[{i}];");
                    var key = Expr(clause.GroupKey);
                    _w.Line($"{grouping}.Add({key.Text}, {NameOf(clause.It!)});");
                    CloseLoop();
                    var g = Temp("i");
                    OpenLoop($"for (var {g} = 0; {g} < {grouping}.Count; {g}++)");
                    var pattern = (BoundTuplePattern)clause.Pattern;
                    BindPattern(pattern.Elements[0], $"{grouping}.Key({g})");
                    BindPattern(pattern.Elements[1], $"{grouping}.Items({g})");
                    body();
                    CloseLoop();
                    break;
                }
        }
    }




    // The loop over the elements of a list, in list order; body gets the element's position. With `visit`, the loop
    // header it returns for the list's local and the position variable instead (it may write the lines that loop needs
    // first: sample's random order). Returns the list's local.
    private string EmitElementsFor(BoundForClause clause, Action<string> body, Func<string, string, string>? visit = null)
    {
        var list = Expr(clause.Source);
        var source = Stable(list, clause.Source.Type);
        var ids = StableNounIds(list.Text, source);
        var i = Temp("i");
        OpenLoop(visit?.Invoke(source, i) ?? $"for (var {i} = 0; {i} < {source}.Length; {i}++)");
        if (clause.Pattern is BoundNamePattern { Variable: { IsDiscard: false } element })
        {
            ElementLoop(element, i, source, clause.Source);
        }
        BindPattern(clause.Pattern, $"{source}[{i}]");
        BindNounIdOf(clause.Pattern, ids, i);
        body(i);
        CloseLoop();
        return source;
    }

    private protected void EmitDraw(BoundDrawClause draw, int index)
    {
        var budget = _generator.Clauses.OfType<BoundBudgetClause>().FirstOrDefault();
        var limit = budget?.Limit ?? GeneratorContext.DefaultDrawBudget;
        var drawn = Temp();
        var before = Temp();
        var failures = Temp();
        // A draw of imagesPerItem images takes the run's count from the context; the sandbox allows stackalloc of a
        // constant size only, so that draw gets an array (allocated once per run).
        var count = draw.PerItem ? "context.ImageCount" : draw.Count.ToString(CultureInfo.InvariantCulture);
        _hoisted.Add(draw.PerItem ? $"Span<int> {drawn} = new int[{count}];" : $"Span<int> {drawn} = stackalloc int[{count}];");
        _w.Blank();
        if (budget is not null)
        {
            Comment(budget.Span);
        }
        Comment(draw.Span);
        _w.Line($"// Draw until the draws that give no item reach {CSharpSyntax.Long(limit)} per item made (a repeated image set, a failed condition or an empty query all count).");
        _w.Line($"long {failures} = 0;");
        _w.Open($"for (var {before} = 0; context.MayDrawAgain({CSharpSyntax.Long(limit)}, {failures}); {failures} += context.ItemCount > {before} ? 0 : 1)");
        _loopDepth++;
        StopCheck();
        PushScope();
        _w.Line($"{before} = context.ItemCount;");
        // `sharing kind`: every draw shares a key of that kind (else the needs decide, every other draw).
        var sharing = draw.Sharing is { } shared ? $", DrawSharing.{shared}" : "";
        _w.Open($"if (!context.TryDrawImages({drawn}{sharing}))");
        _w.Line("if (context.DrawsExhausted) return;");
        _w.Line("continue;");
        _w.Close();
        _w.Line("var graphs = context.Graphs;");
        if (draw.Predicate is not null)
        {
            var ok = Temp();
            var k = Temp("i");
            _w.Line($"var {ok} = true;");
            _w.Open($"for (var {k} = 0; {k} < {count} && {ok}; {k}++)");
            _loopDepth++;
            StopCheck();
            PushScope();
            _w.Line($"var {NameOf(draw.It)} = {k};");
            _w.Line($"{ok} = false;");
            var condition = Expr(draw.Predicate);
            _w.Line($"{ok} = {condition.Text};");
            CloseLoop();
            _w.Line($"if (!{ok}) continue;");
        }
        Bind(draw.Variable);
        _w.Line($"ReadOnlySpan<int> {NameOf(draw.Variable)} = Lists.Range({count});");
        EmitClauses(index + 1);
        PopScope();
        _loopDepth--;
        _w.Close();
    }

    private protected void EmitItem(BoundEmitClause emit)
    {
        _w.Line("var item = context.BeginItem();");
        foreach (var entry in ItemEntries(emit))
        {
            entry.Write();
        }
        _w.Line("context.Emit(item, Templates);");
    }

    /// <summary>One statement of an emit block: its bound node, the slot variable it defines, whether it is a tag, and how it is written.</summary>
    private protected readonly record struct ItemEntry(BoundNode Node, VariableSymbol? Defines, bool IsTag, Action Write);

    /// <summary>The emit block's statements in the order they are written: slots, answer, choices, evidence, tags.</summary>
    private protected IEnumerable<ItemEntry> ItemEntries(BoundEmitClause emit)
    {
        foreach (var slot in emit.Slots)
        {
            yield return new ItemEntry(slot, slot.Variable, false, () => EmitSlot(emit, slot));
        }
        if (emit.Answer is { } answer)
        {
            yield return new ItemEntry(answer, null, false, () =>
            {
                var value = ExprAs(answer, answer.Type.IsList ? TypeSymbol.ListOf(TypeSymbol.String) : answer.Type);
                _w.Line($"item.Answer = {SlotValue(answer.Type, value.Text)};");
            });
        }
        if (emit.Choices is { } choices)
        {
            yield return new ItemEntry(choices, null, false, () => EmitChoices(emit, choices));
        }
        foreach (var evidence in emit.Evidence)
        {
            yield return new ItemEntry(evidence, null, false, () => EmitEvidence(evidence));
        }
        foreach (var tag in emit.Tags)
        {
            yield return new ItemEntry(tag, null, true, () => EmitTag(tag));
        }
    }

    private void EmitSlot(BoundEmitClause emit, BoundSlotEntry slot)
    {
        var value = ExprAs(slot.Value, slot.Value.Type.IsList ? TypeSymbol.ListOf(TypeSymbol.String) : slot.Value.Type);
        if (IsUsedLater(emit, slot))
        {
            // A later entry uses this slot by name: keep its value in a local.
            var local = NameOf(slot.Variable);
            Bind(slot.Variable);
            _w.Line($"{CSharpSyntax.Type(slot.Variable.Type, Multi)} {local} = {value.Text};");
            value = Simple(local);
        }
        _w.Line($"item.Set({CSharpSyntax.String(slot.Slot.Name)}, {SlotValue(slot.Value.Type, value.Text)});");
    }

    private void EmitChoices(BoundEmitClause emit, BoundExpression choices)
    {
        var list = Stable(ExprAs(choices, choices.Type.ElementType!.Kind == TypeKind.Never ? TypeSymbol.ListOf(TypeSymbol.String) : choices.Type), choices.Type);
        var element = choices.Type.ElementType!;
        if (element.Kind is TypeKind.String or TypeKind.Never)
        {
            _w.Line($"item.AddCandidates({list});");
        }
        else
        {
            var c = Temp("i");
            OpenLoop($"for (var {c} = 0; {c} < {list}.Length; {c}++)");
            var candidateType = emit.Answer is { Type.Kind: TypeKind.Count } || element.Kind == TypeKind.Count ? TypeSymbol.Count : element;
            _w.Line($"item.AddCandidate({SlotValue(candidateType, $"{list}[{c}]")});");
            CloseLoop();
        }
    }

    private void EmitTag(BoundTagEntry tag)
    {
        var value = Expr(tag.Value);
        var name = CSharpSyntax.String(tag.Name);
        if (tag.Value.Type.IsList)
        {
            var list = Stable(value, tag.Value.Type);
            var t = Temp("i");
            OpenLoop($"for (var {t} = 0; {t} < {list}.Length; {t}++)");
            _w.Line($"item.AddTag({name}, {list}[{t}]);");
            CloseLoop();
        }
        else
        {
            _w.Line($"item.AddTag({name}, {value.Text});");
        }
    }

    private protected static bool IsUsedLater(BoundEmitClause emit, BoundSlotEntry slot)
    {
        var later = emit.GetChildren().Select(c => c.Node).SkipWhile(n => !ReferenceEquals(n, slot)).Skip(1);
        return later.Any(n => n.DescendantsAndSelf().OfType<BoundVariable>().Any(v => ReferenceEquals(v.Variable, slot.Variable)));
    }

    private protected void EmitEvidence(BoundExpression evidence)
    {
        if (evidence is BoundTuple parts)
        {
            foreach (var part in parts.Elements)
            {
                EmitEvidence(part);
            }
            return;
        }
        var value = Expr(evidence);
        var type = evidence.Type;
        var isRelation = type.Kind == TypeKind.Relation || type.ElementType?.Kind == TypeKind.Relation;
        var add = isRelation ? "AddRelation" : "AddObject";
        if (!type.IsList)
        {
            if (Multi)
            {
                var single = Stable(value, type);
                _w.Line($"item.{add}({single}.Index, {single}.Image);");
            }
            else
            {
                _w.Line($"item.{add}({value.Text});");
            }
            return;
        }
        if (type.ElementType!.Kind == TypeKind.Never)
        {
            return;
        }
        if (!Multi)
        {
            _w.Line($"item.{add}s({value.Text});");
            return;
        }
        var list = Stable(value, type);
        var i = Temp("i");
        OpenLoop($"for (var {i} = 0; {i} < {list}.Length; {i}++)");
        _w.Line($"item.{add}({list}[{i}].Index, {list}[{i}].Image);");
        CloseLoop();
    }

    private protected static string SlotValue(TypeSymbol type, string value) => type.Kind switch
    {
        TypeKind.String => $"SlotValue.FromText({value})",
        TypeKind.Int => $"SlotValue.FromInteger({value})",
        TypeKind.Float => $"SlotValue.FromReal({value})",
        TypeKind.Count => $"SlotValue.FromCount({value})",
        TypeKind.List => $"SlotValue.FromList({value})",
        _ => throw new InvalidOperationException("no slot value for " + type.Name),
    };
}

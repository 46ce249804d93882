using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Runtime.Generation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Compiler.Interpreter;

/// <summary>
/// One interpreted run: the query clauses as nested loops over the bound tree. Mirrors the emitter clause by clause
/// (<c>Emit/QueryEmitter.cs</c>): a skip ends the innermost running loop's iteration, every loop iteration
/// starts with <c>ShouldStop</c>, a <c>sample</c> runs its for twice, a draw loops on the failure budget, and the emit
/// block evaluates slots, answer, choices, evidence and tags in that order. Expressions are <see cref="ValueEvaluation"/>'s,
/// calls <see cref="CallEvaluation"/>'s.
/// </summary>
internal sealed class Evaluation : CallEvaluation
{
    private readonly Runtime.Templates.CompiledTemplates _templates;
    private readonly int _admitPoint;

    public Evaluation(BoundGenerator generator, GeneratorContext context, Runtime.Templates.CompiledTemplates templates)
        : base(generator, context)
    {
        _templates = templates;
        _admitPoint = AdmitPoint.Of(generator.Clauses);
    }

    public void Run()
    {
        try
        {
            RunClauses(0);
        }
        catch (StopRun)
        {
            // The budget is spent: like the emitted `return`.
        }
        catch (SkipIteration)
        {
            // A skip outside any loop ends the run, like the emitted `return`.
        }
    }

    private void RunClauses(int index)
    {
        var clauses = Generator.Clauses;
        if (index >= clauses.Length)
        {
            return;
        }
        // As the emitted code: skip a candidate that can no longer be kept, before the lets that only prepare its
        // emit block (returning here ends the iteration, like the emitted `continue`).
        if (index == _admitPoint && !Context.Admits())
        {
            return;
        }
        switch (clauses[index])
        {
            case BoundForClause forClause:
                var sample = FindSample(index);
                if (sample >= 0)
                {
                    RunSampled(index, sample);
                }
                else
                {
                    ForEach(forClause, () => RunClauses(index + 1));
                }
                break;
            case BoundWhereClause where:
                Where(where);
                RunClauses(index + 1);
                break;
            case BoundLetClause let:
                Variables[let.Variable] = Eval(let.Value);
                RunClauses(index + 1);
                break;
            case BoundDrawClause draw:
                RunDraw(draw, index);
                break;
            case BoundEmitClause emit:
                RunEmit(emit);
                break;
            default:
                RunClauses(index + 1);
                break;
        }
    }

    private int FindSample(int forIndex)
    {
        for (var i = forIndex + 1; i < Generator.Clauses.Length; i++)
        {
            switch (Generator.Clauses[i])
            {
                case BoundSampleClause sample when ReferenceEquals(sample.For, Generator.Clauses[forIndex]):
                    return i;
                case BoundForClause:
                    return -1;
            }
        }
        return -1;
    }

    private void RunSampled(int forIndex, int sampleIndex)
    {
        var forClause = (BoundForClause)Generator.Clauses[forIndex];
        var k = (long)((BoundSampleClause)Generator.Clauses[sampleIndex]).Count.ConstantValue!;
        if (forClause.ForKind == ForKind.Elements)
        {
            RunSampledElements(forClause, forIndex, sampleIndex, k);
            return;
        }
        var reached = new ScratchList<int>();
        var ordinal = 0;
        ForEach(forClause, () =>
        {
            var current = ordinal++;
            RunBetween(forIndex + 1, sampleIndex);
            reached.Add(current);
        });
        Lists.KeepSample(reached, k, Context.QueryRandom);
        var ordinal2 = 0;
        var next = 0;
        ForEach(forClause, () =>
        {
            var current = ordinal2++;
            if (next >= reached.Count || reached[next] != current)
            {
                throw SkipIteration.Instance;
            }
            next++;
            RunBetween(forIndex + 1, sampleIndex);
            RunClauses(sampleIndex + 1);
        });
    }

    // `sample k` over the elements of a list, as the compiled code runs it: the elements in a random order of the query
    // stream (RandomOrder) until k reach the sample clause, then those k in list order (docs/randomness.md#sample-and-pick).
    private void RunSampledElements(BoundForClause forClause, int forIndex, int sampleIndex, long k)
    {
        var list = Values.List(Eval(forClause.Source));
        var order = new RandomOrder();
        order.Start(list.Length, Context.QueryRandom);
        var reached = new List<int>();
        while (reached.Count < k && order.TryNext(out var position))
        {
            Stop();
            Iterate(() =>
            {
                Bind(forClause.Pattern, list[position]);
                RunBetween(forIndex + 1, sampleIndex);
                reached.Add(position);
            });
        }
        reached.Sort();
        foreach (var position in reached)
        {
            Stop();
            Iterate(() =>
            {
                Bind(forClause.Pattern, list[position]);
                RunBetween(forIndex + 1, sampleIndex);
                RunClauses(sampleIndex + 1);
            });
        }
    }

    private void RunBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            switch (Generator.Clauses[i])
            {
                case BoundWhereClause where:
                    Where(where);
                    break;
                case BoundLetClause let:
                    Variables[let.Variable] = Eval(let.Value);
                    break;
            }
        }
    }

    /// <summary>Runs <paramref name="body"/> once per iteration of a for clause; a skip ends that iteration only.</summary>
    private protected override void ForEach(BoundForClause clause, Action body)
    {
        switch (clause.ForKind)
        {
            case ForKind.Elements:
                {
                    var list = Values.List(Eval(clause.Source));
                    foreach (var element in list)
                    {
                        Stop();
                        Iterate(() =>
                        {
                            Bind(clause.Pattern, element);
                            body();
                        });
                    }
                    break;
                }
            case ForKind.Combinations:
                Combinations(clause, Values.List(Eval(clause.Source)), new int[clause.CombinationSize], 0, body);
                break;
            case ForKind.Groups:
                {
                    var list = Values.List(Eval(clause.Source));
                    var groupOf = new Dictionary<object, int>(Values.Comparer);
                    var keys = new List<object?>();
                    var members = new List<List<object?>>();
                    foreach (var element in list)
                    {
                        Stop();
                        Iterate(() =>
                        {
                            Variables[clause.It!] = element;
                            var key = Eval(clause.GroupKey!)!;
                            if (!groupOf.TryGetValue(key, out var group))
                            {
                                group = keys.Count;
                                groupOf.Add(key, group);
                                keys.Add(key);
                                members.Add([]);
                            }
                            members[group].Add(element);
                        });
                    }
                    var pattern = (BoundTuplePattern)clause.Pattern;
                    for (var g = 0; g < keys.Count; g++)
                    {
                        Stop();
                        var group = g;
                        Iterate(() =>
                        {
                            Bind(pattern.Elements[0], keys[group]);
                            Bind(pattern.Elements[1], members[group].ToArray());
                            body();
                        });
                    }
                    break;
                }
        }
    }

    private void Combinations(BoundForClause clause, object?[] list, int[] indices, int level, Action body)
    {
        for (var i = level == 0 ? 0 : indices[level - 1] + 1; i < list.Length; i++)
        {
            Stop();
            indices[level] = i;
            if (level + 1 < indices.Length)
            {
                Combinations(clause, list, indices, level + 1, body);
                continue;
            }
            Iterate(() =>
            {
                if (clause.Pattern is BoundTuplePattern tuple && tuple.Elements.Length == indices.Length)
                {
                    for (var e = 0; e < indices.Length; e++)
                    {
                        Bind(tuple.Elements[e], list[indices[e]]);
                    }
                }
                else
                {
                    Bind(clause.Pattern, new TupleValue([.. indices.Select(x => list[x])]));
                }
                body();
            });
        }
    }

    private static void Iterate(Action iteration)
    {
        try
        {
            iteration();
        }
        catch (SkipIteration)
        {
            // `continue`
        }
    }

    private void Bind(BoundPattern pattern, object? value)
    {
        switch (pattern)
        {
            case BoundNamePattern { Variable.IsDiscard: true }:
                break;
            case BoundNamePattern name:
                Variables[name.Variable] = value;
                break;
            case BoundTuplePattern tuple:
                var items = ((TupleValue)value!).Items;
                for (var e = 0; e < tuple.Elements.Length; e++)
                {
                    Bind(tuple.Elements[e], items[e]);
                }
                break;
        }
    }

    private void RunDraw(BoundDrawClause draw, int index)
    {
        var limit = Generator.Clauses.OfType<BoundBudgetClause>().FirstOrDefault()?.Limit ?? GeneratorContext.DefaultDrawBudget;
        var count = draw.PerItem ? Context.ImageCount : draw.Count;
        var drawn = new int[count];
        long failures = 0;
        for (var before = 0; Context.MayDrawAgain(limit, failures); failures += Context.ItemCount > before ? 0 : 1)
        {
            Stop();
            before = Context.ItemCount;
            if (!(draw.Sharing is { } sharing ? Context.TryDrawImages(drawn, sharing) : Context.TryDrawImages(drawn)))
            {
                if (Context.DrawsExhausted)
                {
                    return;
                }
                continue;
            }
            if (draw.Predicate is not null)
            {
                var ok = true;
                for (var k = 0; k < count && ok; k++)
                {
                    Stop();
                    Variables[draw.It] = k;
                    ok = false;
                    try
                    {
                        ok = (bool)Eval(draw.Predicate)!;
                    }
                    catch (SkipIteration)
                    {
                        // `continue` leaves ok false, which ends the loop.
                    }
                }
                if (!ok)
                {
                    continue;
                }
            }
            Variables[draw.Variable] = Enumerable.Range(0, count).Select(i => (object?)i).ToArray();
            Iterate(() => RunClauses(index + 1));
        }
    }

    private void RunEmit(BoundEmitClause emit)
    {
        var item = CurrentItem = Context.BeginItem();
        foreach (var slot in emit.Slots)
        {
            var value = Eval(slot.Value);
            Variables[slot.Variable] = value;
            item.Set(slot.Slot.Name, SlotValueOf(slot.Value.Type, value));
        }
        if (emit.Answer is not null)
        {
            item.Answer = SlotValueOf(emit.Answer.Type, Eval(emit.Answer));
        }
        if (emit.Choices is { } choices)
        {
            var list = Values.List(Eval(choices));
            var element = choices.Type.ElementType!;
            if (element.Kind is TypeKind.String or TypeKind.Never)
            {
                item.AddCandidates([.. list.Cast<string>()]);
            }
            else
            {
                var candidateType = emit.Answer is { Type.Kind: TypeKind.Count } || element.Kind == TypeKind.Count ? TypeSymbol.Count : element;
                foreach (var candidate in list)
                {
                    Stop();
                    item.AddCandidate(SlotValueOf(candidateType, candidate));
                }
            }
        }
        // Several evidence entries add up; one entry may be a tuple of parts (objects and relations together).
        foreach (var evidence in emit.Evidence)
        {
            if (evidence is BoundTuple parts)
            {
                foreach (var part in parts.Elements)
                {
                    AddEvidence(item, part.Type, Eval(part));
                }
            }
            else
            {
                AddEvidence(item, evidence.Type, Eval(evidence));
            }
        }
        foreach (var tag in emit.Tags)
        {
            var value = Eval(tag.Value);
            if (tag.Value.Type.IsList)
            {
                foreach (var element in Values.List(value))
                {
                    Stop();
                    item.AddTag(tag.Name, Tag(element));
                }
            }
            else
            {
                item.AddTag(tag.Name, Tag(value));
            }
        }
        Context.Emit(item, _templates);
        CurrentItem = null;
    }

    private void AddEvidence(ItemDraft item, TypeSymbol type, object? value)
    {
        var isRelation = type.Kind == TypeKind.Relation || type.ElementType?.Kind == TypeKind.Relation;
        var values = type.IsList ? Values.List(value) : [value];
        foreach (var element in values)
        {
            if (type.IsList && Multi)
            {
                Stop();
            }
            switch (element)
            {
                case ObjectRef o:
                    item.AddObject(o.Index, o.Image);
                    break;
                case RelationRef r:
                    item.AddRelation(r.Index, r.Image);
                    break;
                case int i when isRelation:
                    item.AddRelation(i);
                    break;
                case int i:
                    item.AddObject(i);
                    break;
            }
        }
    }

    private static SlotValue SlotValueOf(TypeSymbol type, object? value) => type.Kind switch
    {
        TypeKind.String => SlotValue.FromText((string)value!),
        TypeKind.Int => SlotValue.FromInteger(Values.ToLong(value)),
        TypeKind.Float => SlotValue.FromReal(Values.ToDouble(value)),
        TypeKind.Count => SlotValue.FromCount(Values.ToLong(value)),
        TypeKind.List => SlotValue.FromList([.. Values.List(value).Cast<string>()]),
        _ => throw new InvalidOperationException("no slot value for " + type.Name),
    };

    private static Runtime.Items.TagValue Tag(object? value) => value is string text
        ? Runtime.Items.TagValue.FromString(text)
        : Runtime.Items.TagValue.FromNumber(Values.ToLong(value));
}

using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Linting;

/// <summary>Slot kinds by name, remembering the order slots were added in.</summary>
internal sealed class SlotKinds
{
    private readonly Dictionary<string, SampleKind> _kinds = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>The slot names in emit order.</summary>
    public IReadOnlyList<string> Names => _order;

    public SampleKind this[string name]
    {
        get => _kinds[name];
        set
        {
            if (_kinds.TryAdd(name, value))
            {
                _order.Add(name);
            }
            else
            {
                _kinds[name] = value;
            }
        }
    }

    public bool ContainsKey(string name) => _kinds.ContainsKey(name);
}

/// <summary>
/// Infers what kind of words each emit slot holds by following its expression through <c>let</c> and <c>for</c>
/// clauses: <c>o.label</c> is a noun, <c>plural(label)</c> a plural noun, <c>n == 1 ? label : plural(label)</c> a
/// noun agreeing with the count, <c>distinct(o.attributes)</c> a list of attributes. What it cannot follow is
/// <see cref="SampleKind.Opaque"/>, which the rules never read, so an unknown slot can only hide a finding, not
/// invent one.
/// </summary>
internal sealed class SlotKindInference
{
    private readonly Dictionary<VariableSymbol, SampleKind> _variables = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<VariableSymbol, BoundExpression> _lets = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<VariableSymbol> _inProgress = new(ReferenceEqualityComparer.Instance);

    private SlotKindInference(BoundGenerator generator)
    {
        Register(generator.Clauses);
    }

    /// <summary>The kind of every slot of the generator's emit block, in emit order (the order decides which sample word each slot gets).</summary>
    public static SlotKinds Infer(BoundGenerator generator)
    {
        var inference = new SlotKindInference(generator);
        var kinds = new SlotKinds();
        if (generator.Emit is { } emit)
        {
            foreach (var slot in emit.Slots)
            {
                var kind = inference.Of(slot.Value);
                kinds[slot.Slot.Name] = kind;
                inference._variables[slot.Variable] = kind;
            }
            if (emit.Answer is { } answer && !kinds.ContainsKey("answer"))
            {
                kinds["answer"] = inference.Of(answer);
            }
        }
        return kinds;
    }

    private void Register(ImmutableArray<BoundClause> clauses)
    {
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case BoundLetClause let:
                    _lets[let.Variable] = let.Value;
                    break;
                case BoundForClause @for:
                    BindPattern(@for.Pattern, ElementOf(@for));
                    break;
            }
        }
    }

    private SampleKind ElementOf(BoundForClause @for)
    {
        if (@for.ForKind == ForKind.Groups)
        {
            if (@for.It is { } it)
            {
                _variables[it] = ElementKind(@for.Source);
            }
            var key = @for.GroupKey is { } k ? Of(k) : SampleKind.Opaque;
            return SampleKind.TupleOf([key, SampleKind.ListOf(ElementKind(@for.Source))]);
        }
        var element = ElementKind(@for.Source);
        return @for.ForKind == ForKind.Combinations
            ? SampleKind.TupleOf([.. Enumerable.Repeat(element, @for.CombinationSize)])
            : element;
    }

    private void BindPattern(BoundPattern pattern, SampleKind kind)
    {
        switch (pattern)
        {
            case BoundNamePattern name:
                _variables[name.Variable] = kind;
                break;
            case BoundTuplePattern tuple:
                for (var i = 0; i < tuple.Elements.Length; i++)
                {
                    BindPattern(tuple.Elements[i], kind.Tag == SampleKindTag.Tuple && i < kind.Parts.Length ? kind.Parts[i] : SampleKind.Opaque);
                }
                break;
        }
    }

    /// <summary>The kind of a value.</summary>
    public SampleKind Of(BoundExpression expression)
    {
        switch (expression.Type.Kind)
        {
            case TypeKind.Int or TypeKind.Count:
                return SampleKind.Number;
            case TypeKind.Float:
                return SampleKind.Real;
            case TypeKind.Box or TypeKind.Point:
                return SampleKind.Coordinates;
            case TypeKind.Image:
                return SampleKind.Image;
            case TypeKind.List:
                return SampleKind.ListOf(ElementKind(expression));
        }
        return expression switch
        {
            BoundLiteral { Value: string text } => SampleKind.LiteralOf(text),
            BoundCall call => OfCall(call),
            BoundDefCall call => Of(call.Body),
            BoundConditional conditional => SampleKind.Merge(Of(conditional.WhenTrue), Of(conditional.WhenFalse)),
            BoundMemberAccess member => OfMember(member.Member),
            BoundVariable variable => OfVariable(variable.Variable),
            BoundIndex index => ElementKind(index.Target),
            BoundTupleElement element => Part(Of(element.Target), element.Element),
            BoundTuple tuple => expression.Type.Kind == TypeKind.Tuple && tuple.Elements.All(e => e.Type.Kind is TypeKind.Float or TypeKind.Int)
                ? SampleKind.Coordinates
                : SampleKind.TupleOf([.. tuple.Elements.Select(Of)]),
            _ => SampleKind.Opaque,
        };
    }

    // The registry entry says how to read a call (Symbols/LintSample.cs).
    private SampleKind OfCall(BoundCall call) => call.Function.Sample.Rule switch
    {
        LintSampleRule.Value => call.Function.Sample.Kind!,
        LintSampleRule.ChoiceOfFirstArgument => call.Arguments.Length > 0 ? ArgChoice(call) : SampleKind.Opaque,
        _ => SampleKind.Opaque,
    };

    // argmax(list, f) picks an element of the list; closer(a, b) one of its arguments.
    private SampleKind ArgChoice(BoundCall call) =>
        call.Arguments[0].Type.Kind == TypeKind.List ? ElementKind(call.Arguments[0]) : Of(call.Arguments[0]);

    private static SampleKind OfMember(MemberSymbol member) =>
        member.Sample.Rule == LintSampleRule.Value ? member.Sample.Kind! : SampleKind.Opaque;
    private SampleKind OfVariable(VariableSymbol variable)
    {
        if (_variables.TryGetValue(variable, out var kind))
        {
            return kind;
        }
        if (_lets.TryGetValue(variable, out var value) && _inProgress.Add(variable))
        {
            kind = Of(value);
            _inProgress.Remove(variable);
            _variables[variable] = kind;
            return kind;
        }
        return SampleKind.Opaque;
    }

    /// <summary>The kind of the elements of a list-valued expression.</summary>
    private SampleKind ElementKind(BoundExpression list)
    {
        switch (list)
        {
            case BoundComprehension comprehension:
                Register(comprehension.Clauses);
                return Of(comprehension.Element);
            case BoundCall { Function.Sample.Rule: LintSampleRule.Elements } call:
                return call.Function.Sample.Kind!;
            case BoundCall { Function.Sample.Rule: LintSampleRule.ElementsOfArgument } call when call.Function.Sample.Argument < call.Arguments.Length:
                return ElementKind(call.Arguments[call.Function.Sample.Argument]);
            case BoundCall { Arguments.Length: > 0 } call when call.Arguments[0].Type.Kind == TypeKind.List:
                return ElementKind(call.Arguments[0]);
            case BoundMemberAccess { Member.Sample.Rule: LintSampleRule.Elements } member:
                return member.Member.Sample.Kind!;
            case BoundVariable variable:
                var kind = OfVariable(variable.Variable);
                return kind.Tag == SampleKindTag.List ? kind.Element! : SampleKind.Opaque;
            case BoundList { Elements.Length: > 0 } elements:
                return elements.Elements.Select(Of).Aggregate(SampleKind.Merge);
            default:
                return SampleKind.Opaque;
        }
    }

    private static SampleKind Part(SampleKind tuple, int index) =>
        tuple.Tag == SampleKindTag.Tuple && index < tuple.Parts.Length ? tuple.Parts[index] : SampleKind.Opaque;
}

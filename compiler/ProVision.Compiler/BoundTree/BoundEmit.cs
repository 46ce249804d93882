using System.Collections.Immutable;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.BoundTree;

/// <summary>
/// <c>emit { ... }</c>: the template slots in source order, the answer, the candidates, the evidence and the tags.
/// <see cref="Answer"/> is null only when the block has none (an error has been reported). <see cref="Evidence"/> holds
/// every <c>evidence</c> entry in source order (they collect: objects and relations may come from separate entries).
/// </summary>
public sealed record BoundEmitClause(
    TextSpan Span,
    ImmutableArray<BoundSlotEntry> Slots,
    BoundExpression? Answer,
    BoundExpression? Choices,
    ImmutableArray<BoundExpression> Evidence,
    ImmutableArray<BoundTagEntry> Tags) : BoundClause(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren()
    {
        foreach (var slot in Slots)
        {
            yield return ("slot", slot);
        }
        if (Answer is not null)
        {
            yield return ("answer", Answer);
        }
        if (Choices is not null)
        {
            yield return ("choices", Choices);
        }
        foreach (var evidence in Evidence)
        {
            yield return ("evidence", evidence);
        }
        foreach (var tag in Tags)
        {
            yield return ("tag", tag);
        }
    }
}

/// <summary><c>name = value</c>: a template slot; <see cref="Variable"/> is how later entries refer to its value.</summary>
public sealed record BoundSlotEntry(TextSpan Span, SlotSymbol Slot, BoundExpression Value, VariableSymbol Variable) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("value", Value)];

    /// <inheritdoc />
    public override string? Describe() => $"{Slot.Name}: {Slot.Type.Name}";
}

/// <summary><c>tag name = value</c>.</summary>
public sealed record BoundTagEntry(TextSpan Span, string Name, BoundExpression Value) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("value", Value)];

    /// <inheritdoc />
    public override string? Describe() => Name;
}

using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Binding;

// The emit block: slots (answer included) must render, choices must match the answer, evidence must be objects or
// relations, tags must be strings or numbers.
internal sealed partial class GeneratorBinder
{
    /// <summary>The emit entries with a meaning of their own; every other name is a template slot.</summary>
    internal const string AnswerName = "answer";

    internal const string ChoicesName = "choices";

    internal const string EvidenceName = "evidence";

    private BoundEmitClause BindEmit(EmitClauseSyntax syntax)
    {
        _inEmit = true;
        var outer = PushScope();
        var slots = ImmutableArray.CreateBuilder<BoundSlotEntry>();
        var tags = ImmutableArray.CreateBuilder<BoundTagEntry>();
        BoundExpression? answer = null, choices = null;
        var evidence = ImmutableArray.CreateBuilder<BoundExpression>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in syntax.Entries)
        {
            var name = entry.Name.Text;
            // `evidence = (objects, relations)`: a tuple of evidence parts, each added in turn (lists allowed here only).
            var value = entry is not TagEntrySyntax && name == EvidenceName && entry.Value is TupleExpressionSyntax parts
                ? BindEvidenceParts(parts)
                : BindValue(entry.Value);
            if (entry is TagEntrySyntax)
            {
                if (!value.Type.IsError && !IsTaggable(value.Type))
                {
                    Report(BindingDiagnostics.InvalidTag(entry.Value.Span, name, value.Type.Name));
                }
                tags.Add(new BoundTagEntry(entry.Span, name, value));
                continue;
            }
            if (entry.Name.IsMissing)
            {
                continue;
            }
            // Evidence entries collect (objects and relations of one item come from separate lists).
            if (name != EvidenceName && !seen.Add(name))
            {
                Report(BindingDiagnostics.DuplicateEmitEntry(entry.Name.Span, name));
                continue;
            }
            switch (name)
            {
                case AnswerName:
                    CheckRenderable(name, value);
                    answer = value;
                    break;
                case ChoicesName:
                    choices = value;
                    break;
                case EvidenceName:
                    if (!value.Type.ContainsError && !IsEvidence(value.Type))
                    {
                        Report(BindingDiagnostics.InvalidEvidence(entry.Value.Span, value.Type.Name));
                    }
                    evidence.Add(value);
                    break;
                default:
                    CheckRenderable(name, value);
                    // Later entries may use the slot by name, unless a query variable already has that name.
                    var variable = new VariableSymbol(name, value.Type, VariableKind.Slot, entry.Name.Span);
                    if (_scope.Lookup(name) is null)
                    {
                        _scope.TryDeclare(variable);
                    }
                    slots.Add(new BoundSlotEntry(entry.Span, new SlotSymbol(name, value.Type, entry.Name.Span), value, variable));
                    break;
            }
        }

        if (answer is null)
        {
            Report(BindingDiagnostics.MissingAnswer(syntax.KeywordSpan));
        }
        else if (choices is not null && !choices.Type.ContainsError && !answer.Type.ContainsError)
        {
            var element = answer.Type.IsList ? answer.Type.ElementType! : answer.Type;
            if (!choices.Type.IsList || !choices.Type.ElementType!.ConvertsTo(element) || (element.IsInteger != choices.Type.ElementType!.IsInteger && choices.Type.ElementType.Kind != TypeKind.Never))
            {
                Report(BindingDiagnostics.ChoicesMismatch(choices.Span, TypeSymbol.ListOf(element).Name, choices.Type.Name));
            }
        }
        _inEmit = false;
        _scope = outer;
        return new BoundEmitClause(syntax.Span, slots.ToImmutable(), answer, choices, evidence.ToImmutable(), tags.ToImmutable());
    }

    private void CheckRenderable(string name, BoundExpression value)
    {
        if (!value.Type.ContainsError && !IsRenderable(value.Type))
        {
            Report(BindingDiagnostics.SlotNotRenderable(value.Span, name, value.Type.Name));
        }
    }

    /// <summary>Slot types: each has a <c>SlotValue</c> factory.</summary>
    internal static bool IsRenderable(TypeSymbol type) => type.Kind switch
    {
        TypeKind.String or TypeKind.Int or TypeKind.Float or TypeKind.Count => true,
        TypeKind.List => type.ElementType!.Kind is TypeKind.String or TypeKind.Never,
        _ => false,
    };

    private BoundTuple BindEvidenceParts(TupleExpressionSyntax syntax)
    {
        var elements = syntax.Elements.Select(BindValue).ToImmutableArray();
        return new BoundTuple(syntax.Span, TypeSymbol.TupleOf([.. elements.Select(e => e.Type)]), elements);
    }

    private static bool IsEvidence(TypeSymbol type) => type.Kind switch
    {
        TypeKind.Tuple => type.Elements.All(e => e.Kind != TypeKind.Tuple && IsEvidence(e)),
        TypeKind.Object or TypeKind.Relation => true,
        TypeKind.List => type.ElementType!.Kind is TypeKind.Object or TypeKind.Relation or TypeKind.Never,
        _ => false,
    };

    private static bool IsTaggable(TypeSymbol type) => type.Kind switch
    {
        TypeKind.String or TypeKind.Int or TypeKind.Count => true,
        TypeKind.List => type.ElementType!.Kind is TypeKind.String or TypeKind.Int or TypeKind.Count or TypeKind.Never,
        _ => false,
    };
}

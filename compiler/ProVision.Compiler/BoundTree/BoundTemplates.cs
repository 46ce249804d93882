using System.Collections.Immutable;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;

namespace ProVision.Compiler.BoundTree;

/// <summary>A part of a bound template.</summary>
public abstract record BoundTemplatePart(TextSpan Span) : BoundNode(Span);

/// <summary>A template (or a phrase-set alternative) as a sequence of parts.</summary>
public sealed record BoundTemplate(TextSpan Span, ImmutableArray<BoundTemplatePart> Parts) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => Unnamed(Parts);
}

/// <summary>Literal text.</summary>
public sealed record BoundTemplateText(TextSpan Span, string Text) : BoundTemplatePart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe() => SyntaxFacts.Quote(Text);
}

/// <summary><c>[a|b]</c>; an optional part is <c>[a|]</c>.</summary>
public sealed record BoundTemplateGroup(TextSpan Span, ImmutableArray<BoundTemplate> Alternatives) : BoundTemplatePart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => Unnamed(Alternatives);
}

/// <summary>
/// <c>{slot}</c> or <c>{helper(slot, arg...)}</c>. <see cref="Helpers"/> lists the helpers from the outside in
/// (<c>{capitalize(the(x))}</c> is <c>[capitalize, the]</c>); <see cref="Arguments"/> are slot names.
/// </summary>
public sealed record BoundSlotHole(TextSpan Span, string Slot, ImmutableArray<string> Helpers, ImmutableArray<string> Arguments) : BoundTemplatePart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe()
    {
        var text = Slot;
        if (Arguments.Length > 0)
        {
            text += ", " + string.Join(", ", Arguments);
        }
        for (var i = Helpers.Length - 1; i >= 0; i--)
        {
            text = Helpers[i] + "(" + text + ")";
        }
        return "{" + text + "}";
    }
}

/// <summary><c>{phraseSet}</c>: inlined as an alternation of the set's phrasings.</summary>
public sealed record BoundPhraseSetHole(TextSpan Span, PhraseSetSymbol PhraseSet) : BoundTemplatePart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;

    /// <inheritdoc />
    public override string? Describe() => "{" + PhraseSet.Name + "} (phrase set)";
}

/// <summary>A hole that could not be bound; its error has been reported.</summary>
public sealed record BoundErrorHole(TextSpan Span) : BoundTemplatePart(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => None;
}

/// <summary><c>ask "question" -&gt; "answer"</c>.</summary>
public sealed record BoundAsk(TextSpan Span, BoundTemplate Question, BoundTemplate Answer) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("question", Question), ("answer", Answer)];
}

/// <summary><c>tell "description"</c>.</summary>
public sealed record BoundTell(TextSpan Span, BoundTemplate Description) : BoundNode(Span)
{
    /// <inheritdoc />
    public override IEnumerable<(string Role, BoundNode Node)> GetChildren() => [("description", Description)];
}

/// <summary>Walks templates.</summary>
public static class BoundTemplateExtensions
{
    /// <summary>Every slot and phrase-set hole in the template, nested groups included, in source order.</summary>
    public static IEnumerable<BoundTemplatePart> DescendantHoles(this BoundTemplate template)
    {
        foreach (var part in template.Parts)
        {
            switch (part)
            {
                case BoundTemplateGroup group:
                    foreach (var hole in group.Alternatives.SelectMany(a => a.DescendantHoles()))
                    {
                        yield return hole;
                    }
                    break;
                case BoundSlotHole or BoundPhraseSetHole:
                    yield return part;
                    break;
            }
        }
    }
}

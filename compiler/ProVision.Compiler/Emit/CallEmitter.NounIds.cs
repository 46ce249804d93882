using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

// The noun functions of multi-image code for a noun with an id (ExpressionEmitter.NounIds.cs): countNoun,
// objectsOfNoun and distinct by id, else by text as before. The rule: docs/language-design.md#emit.
internal abstract partial class CallEmitter
{
    private CsExpr CountNoun(BoundCall call)
    {
        var (image, noun, id) = ImageAndNoun(call);
        return Simple(id is null
            ? $"Nouns.CountOfNoun(graphs[{image}], context.Vocabulary, {noun})"
            : $"NounIds.CountOf(graphs[{image}], context.Vocabulary, {id}, {noun})");
    }

    private CsExpr ObjectsOfNoun(BoundCall call)
    {
        var (image, noun, id) = ImageAndNoun(call);
        return Simple(id is null
            ? $"Nouns.ObjectsOfNoun(graphs[{image}], {image}, context.Vocabulary, {noun}).AsSpan()"
            : $"NounIds.ObjectsOf(graphs[{image}], {image}, context.Vocabulary, {id}, {noun}).AsSpan()");
    }

    // The arguments of f(img, noun): the image, the noun's text and its id local (null when it has none).
    private (string Image, string Noun, string? Id) ImageAndNoun(BoundCall call) =>
        (Expr(call.Arguments[0]).Text, Expr(call.Arguments[1]).Text, NounIdOf(call.Arguments[1]));

    // distinct of a list of nouns with ids: repeats dropped by id, and the kept nouns' ids kept beside them.
    private bool DistinctNouns(string list, string buffer)
    {
        if (NounIdsOf(list) is not { } ids)
        {
            return false;
        }
        var distinctIds = NounIdBuffer();
        _w.Line($"{distinctIds}.Clear();");
        _w.Line($"NounIds.AppendDistinct({list}, {ids}, {buffer}, {distinctIds});");
        NoteNounIds(buffer + ".Span", distinctIds + ".Span");
        return true;
    }
}

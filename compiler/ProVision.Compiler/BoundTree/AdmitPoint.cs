using System.Collections.Immutable;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.BoundTree;

/// <summary>
/// Where a generator's query asks its context whether the next candidate can still be kept
/// (<c>GeneratorContext.Admits</c>): before the <c>let</c>s that directly precede the emit clause, so that a
/// candidate that cannot be kept costs neither those values nor its emit block. The emitted code and the reference
/// interpreter both ask at this clause, so they number candidates alike.
/// </summary>
/// <remarks>
/// A let that draws from the query stream (<see cref="FunctionFlags.QueryRandom"/>) must run for every candidate,
/// skipped or not, or later candidates would read other numbers; the admit point then goes after it. Skipping a
/// let that would have failed is harmless: a skipped candidate would not have been kept either way.
/// </remarks>
public static class AdmitPoint
{
    /// <summary>The index of the clause before which the context is asked, or the clause count when there is no emit clause.</summary>
    public static int Of(ImmutableArray<BoundClause> clauses)
    {
        if (clauses.IsDefaultOrEmpty || clauses[^1] is not BoundEmitClause)
        {
            return clauses.IsDefault ? 0 : clauses.Length;
        }
        var index = clauses.Length - 1;
        while (index > 0 && clauses[index - 1] is BoundLetClause let && !DrawsFromQueryStream(let.Value))
        {
            index--;
        }
        return index;
    }

    /// <summary>Whether evaluating <paramref name="node"/> reads the query stream, which must then run for every candidate.</summary>
    public static bool DrawsFromQueryStream(BoundNode node) =>
        node.DescendantsAndSelf().OfType<BoundCall>().Any(call => (call.Function.Flags & FunctionFlags.QueryRandom) != 0);
}

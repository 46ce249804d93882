using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

// A single-image candidate with tags, from its admit point on: the lets that prepare its emit block, then the emit
// block's statements. Pass 1 of balanced sampling (GeneratorContext.CountingTags) needs only the tags, so every
// statement that no tag needs (directly or through a later statement it feeds) and that cannot end the candidate (a
// skip at the candidate's own depth, a checked fault, a call that can throw, a read of the query stream) goes inside
// `if (!context.CountingTags)` (a skipped let moves after BeginItem, next to its first user: Arrange). The statements
// left outside are exactly those that decide whether the candidate reaches Emit and with which tags, so pass 1 counts
// the same candidates with the same tags as a full run (docs/randomness.md, pass 1). The reference interpreter always
// runs everything: it is the oracle the counts are tested against (TagCountingTests).
internal abstract partial class QueryEmitter
{
    // One statement written into its own writer (at the current indent), and what decides whether pass 1 needs it.
    private sealed record Piece(CodeWriter Code, VariableSymbol? Defines, HashSet<VariableSymbol> Uses, bool MustRun, bool IsLet)
    {
        /// <summary>Runs in pass 1 too (outside the block pass 1 skips).</summary>
        public bool Counted { get; set; }

        /// <summary>Runs in pass 1 because a statement pass 1 skips in another block uses its variable (C# scope).</summary>
        public bool Forced { get; set; }
    }

    private void EmitCandidate(int admitPoint)
    {
        var clauses = _generator.Clauses;
        var emit = (BoundEmitClause)clauses[^1];
        WriteAdmitPoint();
        var pieces = new List<Piece>();
        for (var i = admitPoint; i < clauses.Length - 1; i++)
        {
            var let = (BoundLetClause)clauses[i];
            pieces.Add(WritePiece(let, let.Variable, isTag: false, isLet: true, () =>
            {
                Comment(let.Span);
                EmitLet(let);
            }));
        }
        pieces.AddRange(ItemEntries(emit).Select(e => WritePiece(e.Node, e.Defines, e.IsTag, isLet: false, e.Write)));
        var order = Arrange(pieces);

        foreach (var let in order.TakeWhile(p => p.IsLet && p.Counted))
        {
            _w.Blank();
            _w.Append(let.Code);
        }
        _w.Blank();
        Comment(emit.Span);
        _w.Line("var item = context.BeginItem();");
        WritePieces(order.SkipWhile(p => p.IsLet && p.Counted).ToList());
        _w.Line("context.Emit(item, Templates);");
    }

    private Piece WritePiece(BoundNode node, VariableSymbol? defines, bool isTag, bool isLet, Action write)
    {
        var outer = _w;
        var code = new CodeWriter(outer.Indent);
        _w = code;
        var canEnd = WatchCandidate(write);
        _w = outer;
        var uses = node.DescendantsAndSelf().OfType<BoundVariable>().Select(v => v.Variable).ToHashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
        return new Piece(code, defines, uses, isTag || canEnd || AdmitPoint.DrawsFromQueryStream(node), isLet);
    }

    /// <summary>
    /// Decides which statements pass 1 runs and returns the order to write them in: the lets pass 1 runs, then the
    /// emit block's statements, each let pass 1 skips just before the first statement that uses it (so that both sit
    /// in one skipped block). Moving such a let after BeginItem and after statements that pass 1 runs changes nothing a
    /// run can see: it cannot end the candidate or read a random stream (lets never read the item's), and no statement
    /// before its first user uses it.
    /// </summary>
    private static List<Piece> Arrange(List<Piece> pieces)
    {
        while (true)
        {
            // Last to first: a statement runs in pass 1 when it must, or when a later statement that runs uses its variable.
            var needed = new HashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
            for (var i = pieces.Count - 1; i >= 0; i--)
            {
                var piece = pieces[i];
                piece.Counted = piece.MustRun || piece.Forced || (piece.Defines is { } variable && needed.Contains(variable));
                if (piece.Counted)
                {
                    needed.UnionWith(piece.Uses);
                }
            }
            var order = pieces.Where(p => !p.IsLet).ToList();
            foreach (var let in pieces.Where(p => p.IsLet && !p.Counted).Reverse())
            {
                var user = order.FindIndex(p => p.Uses.Contains(let.Defines!));
                order.Insert(Math.Max(user, 0), let);
            }
            order.InsertRange(0, pieces.Where(p => p.IsLet && p.Counted));
            if (ForceAcrossBlocks(order) is not { } forced)
            {
                return order;
            }
            forced.Forced = true;
        }
    }

    // A skipped statement whose local a skipped statement in a later block uses (out of its scope there), or null.
    private static Piece? ForceAcrossBlocks(List<Piece> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i].Counted || order[i].Defines is not { } variable)
            {
                continue;
            }
            var split = false;
            for (var j = i + 1; j < order.Count; j++)
            {
                split |= order[j].Counted;
                if (split && !order[j].Counted && order[j].Uses.Contains(variable))
                {
                    return order[i];
                }
            }
        }
        return null;
    }

    // In order; each run of statements pass 1 skips goes into one `if (!context.CountingTags)` block, a blank line
    // before each let (they carry their .pvg line) and between the lets and the item's statements.
    private void WritePieces(List<Piece> pieces)
    {
        for (var i = 0; i < pieces.Count;)
        {
            if (pieces[i].Counted)
            {
                _w.Append(pieces[i++].Code);
                continue;
            }
            _w.Line("// Not needed for the tags: balanced pass 1 (counting them) skips this.");
            _w.Open("if (!context.CountingTags)");
            for (var previous = (Piece?)null; i < pieces.Count && !pieces[i].Counted; previous = pieces[i++])
            {
                if (previous is not null && (pieces[i].IsLet || previous.IsLet))
                {
                    _w.Blank();
                }
                _w.AppendIndented(pieces[i].Code);
            }
            _w.Close();
        }
    }
}

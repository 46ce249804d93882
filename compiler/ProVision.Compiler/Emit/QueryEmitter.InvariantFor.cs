using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Emit;

// A query `for` inside a loop whose source, and the `where`s right after it, read nothing that loop (or any loop since
// the one they depend on) binds: SceneGraphRelationQA's `for eb in refExprsExcept(b, a) where <eb only>` inside the
// loop over `ea`. Its list is computed once per iteration of the loop its variables belong to (on first use, like a
// hoisted value: HoistingEmitter.cs), and each element's verdict on those wheres is remembered there
// (0 not yet asked, 1 kept, 2 skipped), so the wheres run once per element instead of once per element and outer
// iteration. The elements are still visited in order, each where is asked the first time its element is reached,
// where it was asked before; only pure sources and wheres written without a skip, a checked fault or a loop qualify,
// so a verdict reused is the verdict the where would give again (docs/language-design.md#emit).
internal abstract partial class QueryEmitter
{
    /// <summary>Writes the for at <paramref name="index"/> this way when it qualifies; false to write it as usual.</summary>
    private protected bool TryEmitInvariantFor(BoundForClause forClause, int index)
    {
        if (Multi || forClause.ForKind != ForKind.Elements || forClause.Pattern is not BoundNamePattern { Variable: { IsDiscard: false } element }
            || !CannotSkip(forClause.Source) || !TryScopeOf(forClause.Source, null, out var target) || target >= CurrentScope)
        {
            return false;
        }
        var wheres = new List<BoundWhereClause>();
        for (var next = index + 1; next < _generator.Clauses.Length && next != _admitPoint && _generator.Clauses[next] is BoundWhereClause where; next++)
        {
            if (!CannotSkip(where.Condition) || !TryScopeOf(where.Condition, element, out var scope) || scope > target)
            {
                break;
            }
            wheres.Add(where);
        }
        if (wheres.Count == 0)
        {
            return false;
        }

        var name = HoistedName(forClause.Source);
        var list = name;
        var ready = name + "Ready";
        var verdicts = name + "Verdicts";
        _usedNames.Add(ready);
        _usedNames.Add(verdicts);
        var elementType = CSharpSyntax.Type(forClause.Source.Type.ElementType!, Multi);
        DeclareIn(target, $"ReadOnlySpan<{elementType}> {list} = default;");
        DeclareIn(target, $"var {ready} = false;");
        _hoisted.Add($"var {verdicts} = Array.Empty<byte>();");

        _w.Blank();
        Comment(forClause.Span);
        foreach (var where in wheres)
        {
            Comment(where.Span);
        }
        var bound = string.Join(", ", FreeVariables(forClause.Source).Select(v => v.Name));
        _w.Line(CSharpSyntax.CommentText(bound.Length == 0
            ? "// The list and the wheres above read no variable of the enclosing loops: the list, and each element's verdict"
            : $"// The list and the wheres above read no variable of the loops opened since {bound}: the list, and each element's verdict"));
        _w.Line("// (0 not asked yet, 1 kept, 2 skipped), are computed once per iteration of that loop, on first use.");
        _w.Open($"if (!{ready})");
        _w.Line($"{ready} = true;");
        var source = Expr(forClause.Source);
        _w.Line($"{list} = {source.Text};");
        _w.Line($"if ({verdicts}.Length < {list}.Length) {verdicts} = new byte[{list}.Length]; else {verdicts}.AsSpan(0, {list}.Length).Clear();");
        _w.Close();
        var i = Temp("i");
        OpenLoop($"for (var {i} = 0; {i} < {list}.Length; {i}++)");
        ElementLoop(element, i, list, forClause.Source);
        BindPattern(forClause.Pattern, $"{list}[{i}]");
        _w.Open($"if ({verdicts}[{i}] == 0)");
        _askingVerdict = true;
        var kept = Temp();
        for (var w = 0; w < wheres.Count; w++)
        {
            if (w == 0)
            {
                var first = Expr(wheres[0].Condition);
                _w.Line($"var {kept} = {first.Text};");
                continue;
            }
            _w.Open($"if ({kept})");
            var next = Expr(wheres[w].Condition);
            _w.Line($"{kept} = {next.Text};");
            _w.Close();
        }
        _askingVerdict = false;
        _w.Line($"{verdicts}[{i}] = {kept} ? (byte)1 : (byte)2;");
        _w.Close();
        _w.Line($"if ({verdicts}[{i}] != 1) {Skip}");
        EmitClauses(index + 1 + wheres.Count);
        CloseLoop();
        return true;
    }

    /// <summary>
    /// Whether the expression is pure and its C# can neither skip the iteration nor fault (<see cref="HoistingEmitter.IsPure"/>
    /// without arithmetic, which is checked): its value is all it does, and asking it again gives the same.
    /// </summary>
    private static bool CannotSkip(BoundExpression expression) =>
        IsPure(expression)
        && !expression.DescendantsAndSelf().Any(n => n is BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo }
            or BoundUnary { Operator: not UnaryOperator.Not });
}

using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;
using System.Collections.Immutable;
using System.Globalization;

namespace ProVision.Compiler.Emit;

/// <summary>
/// The state every part of one generator's emission shares (the code writer, names, temporaries, buffers, loop depth)
/// and the C# for expressions and members (<c>.Members.cs</c>). Expr writes any statements an expression needs (loops
/// for comprehensions and inlined lambdas, guards that skip the iteration) at the current position and returns the C#
/// expression for its value; <c>and</c>, <c>or</c> and <c>?:</c> keep their short-circuit. Loop-invariant calls are
/// <see cref="HoistingEmitter"/>'s, calls <see cref="CallEmitter"/>'s, query clauses <see cref="QueryEmitter"/>'s, the class <see cref="GeneratorEmitter"/>'s.
/// </summary>
/// <remarks>
/// Emitted names: .pvg variables become <c>v_name</c> (numbered when a name repeats in one method), temporaries
/// <c>tN</c>, reusable list buffers <c>bN</c> and groupings <c>gN</c> (created once per run, before the loops), phrase
/// sets <c>p_name</c>, the class <c>G_Name</c>. No .pvg text reaches the C# except through string literals and
/// sanitised comments.
/// </remarks>
internal abstract partial class ExpressionEmitter
{
    private protected readonly BoundGenerator _generator;
    private protected readonly BoundPack _pack;
    private protected readonly List<Diagnostic> _diagnostics;
    private protected readonly Dictionary<VariableSymbol, string> _names = new(ReferenceEqualityComparer.Instance);
    private protected readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private protected readonly List<string> _hoisted = [];
    private protected readonly HashSet<VariableSymbol> _usedVariables;
    private protected readonly int _admitPoint;
    private protected CodeWriter _w = new();
    private protected int _temps;
    private protected int _loopDepth;

    private protected ExpressionEmitter(BoundGenerator generator, BoundPack pack, List<Diagnostic> diagnostics)
    {
        _generator = generator;
        _pack = pack;
        _diagnostics = diagnostics;
        _usedVariables = generator.Clauses.SelectMany(c => c.DescendantsAndSelf()).OfType<BoundVariable>().Select(v => v.Variable).ToHashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
        _admitPoint = AdmitPoint.Of(generator.Clauses);
    }

    private protected bool Multi => _generator.IsMultiImage;

    private protected SourceText Source => _generator.Source;

    /// <summary>A standard-library call.</summary>
    private protected abstract CsExpr Call(BoundCall call);

    /// <summary>A <c>for</c> (of the query or of a comprehension): its loop, then <paramref name="body"/> inside it.</summary>
    private protected abstract void EmitFor(BoundForClause clause, Action body);

    /// <summary>The expression as a loop-invariant local when it is one (<see cref="HoistingEmitter"/>); false to write it here.</summary>
    private protected abstract bool TryHoisted(BoundExpression expression, out CsExpr result);

    /// <summary>Opens the loop scope of a loop body just opened (or of Run), for <see cref="HoistingEmitter"/>.</summary>
    private protected abstract void PushScope();

    /// <summary>Closes the innermost loop scope.</summary>
    private protected abstract void PopScope();

    /// <summary>Notes that a variable is declared here, in the innermost loop scope.</summary>
    private protected abstract void Bind(VariableSymbol variable);

    /// <summary><c>file.pvg(12,3)</c> for a span.</summary>
    private protected string Location(TextSpan span) => Location(Source, span);

    /// <summary><c>file.pvg(12,3)</c> for a span of <paramref name="source"/>.</summary>
    private static string Location(SourceText source, TextSpan span)
    {
        var position = source.GetLinePosition(span.Start);
        return $"{source.Path}({position.DisplayLine.ToString(CultureInfo.InvariantCulture)},{position.DisplayColumn.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>Writes <c>// file.pvg(12,3): the source line</c> before the code of a clause.</summary>
    private protected void Comment(TextSpan span)
    {
        var position = Source.GetLinePosition(span.Start);
        var line = Source.GetLineText(position.Line).Trim();
        _w.Line("// " + CSharpSyntax.CommentText($"{Location(span)}: {line}"));
    }

    private protected string Temp(string prefix = "t") => prefix + (++_temps).ToString(CultureInfo.InvariantCulture);

    /// <summary>A buffer created once per run (before the loops) and reused by one list-valued expression.</summary>
    private protected string Buffer(TypeSymbol element)
    {
        var name = Temp("b");
        _hoisted.Add($"var {name} = new ScratchList<{CSharpSyntax.Type(element, Multi)}>();");
        return name;
    }

    /// <summary>The C# name of a .pvg variable, unique in the method.</summary>
    private protected string NameOf(VariableSymbol variable)
    {
        if (_names.TryGetValue(variable, out var name))
        {
            return name;
        }
        name = "v_" + variable.Name;
        for (var i = 2; !_usedNames.Add(name); i++)
        {
            name = "v_" + variable.Name + "_" + i.ToString(CultureInfo.InvariantCulture);
        }
        _names[variable] = name;
        return name;
    }

    /// <summary>
    /// What ends the current iteration: <c>continue</c> inside a loop, <c>return</c> at the top of Run. Read at the
    /// depth of a candidate being watched (<see cref="WatchCandidate"/>), it ends the candidate, which is noted.
    /// </summary>
    private protected string Skip
    {
        get
        {
            if (_loopDepth <= _watchedDepth)
            {
                _candidateEnds++;
            }
            return _loopDepth > 0 ? "continue;" : "return;";
        }
    }

    // While a candidate's statements are written (QueryEmitter.Candidate.cs): its loop depth, and how often the code
    // written so far can end it early (a skip at its depth) or throw; -1 when no candidate is watched.
    private int _watchedDepth = -1;
    private int _candidateEnds;

    /// <summary>
    /// Writes <paramref name="write"/> and says whether what it wrote can end the candidate at the current loop depth
    /// before its emit: a skip of the candidate's own iteration (a failed index or argmin, a checked fault) or a call
    /// that can throw (<see cref="MayThrow"/>). Skips inside the statement's own loops (a comprehension's filter) do not.
    /// </summary>
    private protected bool WatchCandidate(Action write)
    {
        var (depth, before) = (_watchedDepth, _candidateEnds);
        _watchedDepth = _loopDepth;
        write();
        _watchedDepth = depth;
        return _candidateEnds != before;
    }

    /// <summary>Notes that the code being written can throw a pack fault (a checked narrowing, a negative pick size).</summary>
    private protected void MayThrow()
    {
        if (_watchedDepth >= 0)
        {
            _candidateEnds++;
        }
    }

    private protected void StopCheck() => _w.Line("if (context.ShouldStop()) return;");

    private protected void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic with { Source = Source });

    private protected void OpenLoop(string header)
    {
        _w.Open(header);
        _loopDepth++;
        StopCheck();
        PushScope();
    }
    private protected void CloseLoop()
    {
        PopScope();
        _loopDepth--;
        _w.Close();
    }
    private protected void BindPattern(BoundPattern pattern, string value)
    {
        switch (pattern)
        {
            case BoundNamePattern { Variable.IsDiscard: true }:
                break;
            case BoundNamePattern name:
                Bind(name.Variable);
                _w.Line($"{CSharpSyntax.Type(name.Variable.Type, Multi)} {NameOf(name.Variable)} = {value};");
                break;
            case BoundTuplePattern tuple:
                var stable = value;
                if (!CSharpSyntax.IsIdentifier(value))
                {
                    stable = Temp();
                    _w.Line($"var {stable} = {value};");
                }
                for (var e = 0; e < tuple.Elements.Length; e++)
                {
                    BindPattern(tuple.Elements[e], $"{stable}.Item{(e + 1).ToString(CultureInfo.InvariantCulture)}");
                }
                break;
        }
    }
    private protected static string LocationIn(Text.SourceText source, Text.TextSpan span)
    {
        var position = source.GetLinePosition(span.Start);
        return $"{source.Path}({position.DisplayLine},{position.DisplayColumn})";
    }
    /// <summary>A C# expression; <see cref="Simple"/> when it needs no parentheses as an operand.</summary>
    private protected readonly record struct CsExpr(string Text, bool Simple);

    private protected static string Paren(CsExpr expression) => expression.Simple ? expression.Text : "(" + expression.Text + ")";

    private protected static CsExpr Simple(string text) => new(text, true);

    private protected static CsExpr Compound(string text) => new(text, false);

    /// <summary>The expression as something safe to repeat: itself when it is a name, else a new local holding it.</summary>
    private protected string Stable(CsExpr expression, TypeSymbol type)
    {
        if (CSharpSyntax.IsIdentifier(expression.Text))
        {
            return expression.Text;
        }
        var name = Temp();
        _w.Line(type.IsList ? $"var {name} = {expression.Text};" : $"{CSharpSyntax.Type(type, Multi)} {name} = {expression.Text};");
        return name;
    }

    /// <summary>
    /// <see cref="Expr(BoundExpression)"/>, except that an empty list literal takes the element type the context
    /// expects (<c>[]</c> is a <c>List&lt;Never&gt;</c>, which C# cannot infer from).
    /// </summary>
    private protected CsExpr ExprAs(BoundExpression expression, TypeSymbol type) =>
        expression is BoundList { Elements.IsEmpty: true } && type.IsList
            ? Simple($"ReadOnlySpan<{CSharpSyntax.Type(type.ElementType!, Multi)}>.Empty")
            : Expr(expression);

    private protected CsExpr Expr(BoundExpression expression) => TryHoisted(expression, out var hoisted) ? hoisted : expression switch
    {
        BoundLiteral literal => Literal(literal),
        BoundVariable variable => Simple(NameOf(variable.Variable)),
        BoundBuiltin builtin => Builtin(builtin),
        BoundMemberAccess member => Member(member),
        BoundIndex index => Index(index),
        BoundTupleElement element => Simple($"{Paren(Expr(element.Target))}.Item{(element.Element + 1).ToString(CultureInfo.InvariantCulture)}"),
        BoundCall call => Call(call),
        BoundDefCall call => DefCall(call),
        BoundUnary unary => unary.Operator == UnaryOperator.Not ? Compound("!" + Paren(Expr(unary.Operand))) : Negate(unary),
        BoundBinary binary => Binary(binary),
        BoundConditional conditional => Conditional(conditional),
        BoundList list => List(list),
        BoundTuple tuple => Simple("(" + string.Join(", ", tuple.Elements.Select(e => Expr(e).Text)) + ")"),
        BoundComprehension comprehension => Comprehension(comprehension),
        _ => throw new InvalidOperationException("cannot emit " + expression.Kind),
    };

    // An inlined def: each argument into its parameter's local, in order, then the body's value (an int body of a
    // float def widened, as the binder typed the call).
    private protected CsExpr DefCall(BoundDefCall call)
    {
        _w.Line("// " + CSharpSyntax.CommentText($"def {call.Def.Name} ({LocationIn(call.Def.Source, call.Def.Syntax.Name.Span)})"));
        foreach (var argument in call.Arguments)
        {
            var parameter = argument.Parameter;
            var value = ExprAs(argument.Value, parameter.Type);
            Bind(parameter);
            _w.Line(parameter.Type.IsList
                ? $"var {NameOf(parameter)} = {value.Text};"
                : $"{CSharpSyntax.Type(parameter.Type, Multi)} {NameOf(parameter)} = {value.Text};");
        }
        var body = Expr(call.Body);
        return call.Type.Kind == TypeKind.Float && call.Body.Type.Kind != TypeKind.Float ? Compound("(double)" + Paren(body)) : body;
    }

    private protected static CsExpr Literal(BoundLiteral literal) => literal.Value switch
    {
        bool b => Simple(b ? "true" : "false"),
        long l => l < 0 ? Compound(CSharpSyntax.Long(l)) : Simple(CSharpSyntax.Long(l)),
        double d => d < 0 ? Compound(CSharpSyntax.Double(d)) : Simple(CSharpSyntax.Double(d)),
        string s => Simple(CSharpSyntax.String(s)),
        _ => throw new InvalidOperationException("unknown literal"),
    };

    // The registry entry's C# (StandardLibrary.Builtins): the interpreter reads the same entry's Evaluate.
    private protected static CsExpr Builtin(BoundBuiltin builtin) => Simple(builtin.Builtin.Runtime);

    private protected CsExpr Index(BoundIndex index)
    {
        var list = Stable(Expr(index.Target), index.Target.Type);
        var position = Expr(index.Index);
        if (index.Index.ConstantValue is long constant)
        {
            if (constant < 0)
            {
                Report(Diagnostics.EmitDiagnostics.CannotEmit(index.Index.Span, "a negative list index", "index from 0"));
            }
            _w.Line($"if ({list}.Length <= {CSharpSyntax.Long(constant)}) {Skip}");
            return Simple($"{list}[{CSharpSyntax.Long(constant)}]");
        }
        var i = position.Text;
        if (!CSharpSyntax.IsIdentifier(i))
        {
            i = Temp();
            _w.Line($"var {i} = {position.Text};");
        }
        _w.Line($"if ((ulong){i} >= (ulong){list}.Length) {Skip}");
        return Simple($"{list}[(int){i}]");
    }

    private protected CsExpr Binary(BoundBinary binary)
    {
        var left = Expr(binary.Left);
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var capture = _w.Capture();
            var outer = _w;
            _w = capture;
            var right = Expr(binary.Right);
            _w = outer;
            var op = binary.Operator == BinaryOperator.And ? "&&" : "||";
            if (capture.IsEmpty)
            {
                return Compound($"{Paren(left)} {op} {Paren(right)}");
            }
            var result = Temp();
            _w.Line($"var {result} = {left.Text};");
            _w.Open(binary.Operator == BinaryOperator.And ? $"if ({result})" : $"if (!{result})");
            _w.Append(capture);
            _w.Line($"{result} = {right.Text};");
            _w.Close();
            return Simple(result);
        }

        if (binary is { Operator: BinaryOperator.In or BinaryOperator.NotIn, Right: BoundMemberAccess { Member.Form: MemberForm.ImageNouns } nouns })
        {
            // `noun in img.nouns`: the image's noun table answers (by id or by reference for a drawn image), no list scan.
            if (NounInImage(binary, left, nouns) is { } byId)
            {
                return byId;
            }
            var has = $"Nouns.Has(graphs[{Expr(nouns.Target).Text}], context.Vocabulary, {left.Text})";
            return binary.Operator == BinaryOperator.In ? Simple(has) : Compound("!" + has);
        }
        var r = binary.Operator is BinaryOperator.In or BinaryOperator.NotIn
            ? ExprAs(binary.Right, TypeSymbol.ListOf(binary.OperandType))
            : Expr(binary.Right);
        switch (binary.Operator)
        {
            case BinaryOperator.In:
                return Simple($"Lists.Contains({r.Text}, {left.Text})");
            case BinaryOperator.NotIn:
                return Compound($"!Lists.Contains({r.Text}, {left.Text})");
            case BinaryOperator.Divide:
                return Checked(binary, t => $"Arithmetic.TryDivide({left.Text}, {r.Text}, out var {t})", "division by zero or to a number too large");
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Modulo when binary.OperandType.Kind == TypeKind.Int:
                var method = binary.Operator switch
                {
                    BinaryOperator.Add => "TryAdd",
                    BinaryOperator.Subtract => "TrySubtract",
                    BinaryOperator.Multiply => "TryMultiply",
                    _ => "TryRemainder",
                };
                return Checked(binary, t => $"Arithmetic.{method}({left.Text}, {r.Text}, out var {t})", binary.Operator == BinaryOperator.Modulo ? "remainder by zero or overflow" : "integer overflow");
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Modulo when binary.OperandType.Kind == TypeKind.Float:
                {
                    var value = Temp();
                    _w.Line($"var {value} = {Paren(left)} {SyntaxFacts.GetText(binary.Operator)} {Paren(r)};");
                    return Checked(binary, _ => $"Arithmetic.IsFinite({value})", "a float result that is not a finite number", value);
                }
            default:
                return Compound($"{Paren(left)} {SyntaxFacts.GetText(binary.Operator)} {Paren(r)}");
        }
    }

    private protected CsExpr Negate(BoundUnary unary)
    {
        var operand = Expr(unary.Operand);
        return unary.Operand.Type.Kind is TypeKind.Int or TypeKind.Count
            ? Checked(unary, t => $"Arithmetic.TryNegate({operand.Text}, out var {t})", "integer overflow")
            : Compound("-" + Paren(operand));
    }

    /// <summary>
    /// Arithmetic that can fail (overflow, division by zero, a non-finite float): <paramref name="test"/> (given the
    /// result's local) is false on failure, and the candidate is then skipped with a counted reason
    /// that names the .pvg location (<see cref="ProVision.Runtime.Generation.GeneratorContext.Fault"/>).
    /// </summary>
    private protected CsExpr Checked(BoundExpression expression, Func<string, string> test, string what, string? result = null)
    {
        var local = result ?? Temp();
        // An operation inlined from a def names the def's file (its span is in it).
        var source = expression switch
        {
            BoundBinary { DefSource: { } def } => def,
            BoundUnary { DefSource: { } def } => def,
            _ => Source,
        };
        var text = CSharpSyntax.CommentText(source.ToString(expression.Span));
        var reason = CSharpSyntax.String($"{what} in '{(text.Length <= 60 ? text : text[..57] + "...")}' at {Location(source, expression.Span)}");
        _w.Line($"if (!{test(local)}) {{ context.Fault({reason}); {Skip} }}");
        return Simple(local);
    }

    private protected CsExpr Conditional(BoundConditional conditional)
    {
        var condition = Expr(conditional.Condition);
        var outer = _w;
        var whenTrueWriter = _w.Capture();
        _w = whenTrueWriter;
        var whenTrue = ExprAs(conditional.WhenTrue, conditional.Type);
        var whenFalseWriter = outer.Capture();
        _w = whenFalseWriter;
        var whenFalse = ExprAs(conditional.WhenFalse, conditional.Type);
        _w = outer;
        if (whenTrueWriter.IsEmpty && whenFalseWriter.IsEmpty)
        {
            return Compound($"{Paren(condition)} ? {Paren(whenTrue)} : {Paren(whenFalse)}");
        }
        var result = Temp();
        _w.Line($"{CSharpSyntax.Type(conditional.Type, Multi)} {result};");
        _w.Open($"if ({condition.Text})");
        _w.Append(whenTrueWriter);
        _w.Line($"{result} = {whenTrue.Text};");
        _w.Close();
        _w.Open("else");
        _w.Append(whenFalseWriter);
        _w.Line($"{result} = {whenFalse.Text};");
        _w.Close();
        return Simple(result);
    }

    private protected CsExpr List(BoundList list)
    {
        var element = list.Type.ElementType!;
        if (list.Elements.IsEmpty)
        {
            return Simple($"ReadOnlySpan<{CSharpSyntax.Type(element, Multi)}>.Empty");
        }
        var buffer = Buffer(element);
        var values = list.Elements.Select(e => Expr(e).Text).ToList();
        _w.Line($"{buffer}.Clear();");
        foreach (var value in values)
        {
            _w.Line($"{buffer}.Add({value});");
        }
        return Simple(buffer + ".Span");
    }

    private protected CsExpr Comprehension(BoundComprehension comprehension)
    {
        var buffer = Buffer(comprehension.Type.ElementType!);
        _w.Line($"{buffer}.Clear();");
        // Cleared here once the element turns out to be a noun with an id (ExpressionEmitter.NounIds.cs).
        var clearIds = _w.Slot();
        var (outerIds, depth) = (_comprehensionNounIds, _loopDepth);
        _comprehensionNounIds = null;
        EmitComprehensionClauses(comprehension, 0, buffer);
        if (_comprehensionNounIds is { } ids)
        {
            clearIds.Line($"{ids}.Clear();");
            NoteNounIds(buffer + ".Span", ids + ".Span");
        }
        (_comprehensionNounIds, _loopDepth) = (outerIds, depth);
        return Simple(buffer + ".Span");
    }

    private protected void EmitComprehensionClauses(BoundComprehension comprehension, int index, string buffer)
    {
        if (index == comprehension.Clauses.Length)
        {
            var element = Expr(comprehension.Element);
            // Every element counts against the element budget: nested `for`s can build lists far faster than the
            // time budget notices (docs/packs.md, "Sandbox and budgets").
            _w.Line($"if (context.ElementBudgetSpent()) return;");
            _w.Line($"{buffer}.Add({element.Text});");
            AddNounId(comprehension);
            return;
        }
        switch (comprehension.Clauses[index])
        {
            case BoundForClause forClause:
                EmitFor(forClause, () => EmitComprehensionClauses(comprehension, index + 1, buffer));
                break;
            case BoundWhereClause where:
                var condition = Expr(where.Condition);
                _w.Line($"if (!{Paren(condition)}) {Skip}");
                EmitComprehensionClauses(comprehension, index + 1, buffer);
                break;
        }
    }
}

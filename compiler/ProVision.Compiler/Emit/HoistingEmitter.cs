using System.Globalization;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

// Loop-invariant values computed once per iteration of the innermost loop they depend on. A call inside a loop that
// binds none of its variables (`noun(p.label)` inside the loop over `x`) becomes a local declared at the top of the
// body of the loop that binds its innermost variable (or of Run), null there, and filled where the call stood, on
// first use: `(nounOfP ??= context.Vocabulary.NounOf(...))`; a call on the element of a loop over a list that is the
// same all run (`objects`) is remembered per element, in an array of the scope of its other variables (Run's when it
// has none), when a loop lies between them, which enters the element's loop again and again (`couldHold(x, pred, obj)`
// in a loop over x inside one over p, inside the loop that binds pred and obj). Either way it is computed where and
// when it was computed before, on the first of its evaluations; the later ones reuse the value. That is exact for a
// pure call written without statements: no random stream (the registry's FunctionSymbol.IsPure), no loop (so no
// element budget and no ShouldStop), no skip or checked fault (those need statements); a call that throws throws at
// the same first use. The rule: docs/language-design.md#emit.
internal abstract partial class HoistingEmitter : ExpressionEmitter
{
    private protected HoistingEmitter(BoundGenerator generator, BoundPack pack, List<Diagnostic> diagnostics)
        : base(generator, pack, diagnostics)
    {
    }

    // A loop body (or Run's): its slot for lazily computed locals, those locals by value text, the variables it binds.
    private sealed class LoopScope(CodeWriter declarations)
    {
        public CodeWriter Declarations { get; } = declarations;

        public Dictionary<string, string> Locals { get; } = new(StringComparer.Ordinal);

        public List<VariableSymbol> Bound { get; } = [];

        /// <summary>For a loop over a list that is the same all run: its element variable, index and list.</summary>
        public (VariableSymbol Variable, string Index, string List)? Element { get; set; }
    }

    private readonly List<LoopScope> _scopes = [];

    // Where each variable in scope was bound: the loop scope, and a number that tells two bindings of one symbol apart
    // (an inlined def's parameters, a sampled for's second loop).
    private readonly Dictionary<VariableSymbol, (int Scope, int Binding)> _boundAt = new(ReferenceEqualityComparer.Instance);
    private int _bindings;
    private BoundExpression? _emittingHoisted;

    /// <summary>Opens a loop scope at the current position (the top of a loop body, or of Run).</summary>
    private protected override void PushScope() => _scopes.Add(new LoopScope(_w.Slot()));

    private protected override void PopScope()
    {
        foreach (var variable in _scopes[^1].Bound)
        {
            _boundAt.Remove(variable);
        }
        _scopes.RemoveAt(_scopes.Count - 1);
    }

    /// <summary>
    /// Notes that the loop just opened binds <paramref name="variable"/> to <c>list[index]</c>; when the list reads no
    /// variable (the same list all run: <c>objects</c>), a value of the element alone can be remembered per element.
    /// </summary>
    private protected void ElementLoop(VariableSymbol variable, string index, string list, BoundExpression source)
    {
        if (!Multi && IsPure(source) && !FreeVariables(source).Any() && !source.DescendantsAndSelf().Any(n => n is BoundBinary or BoundUnary))
        {
            _scopes[^1].Element = (variable, index, list);
        }
    }

    /// <summary>Notes that <paramref name="variable"/> is declared here, in the innermost loop scope.</summary>
    private protected override void Bind(VariableSymbol variable)
    {
        if (_scopes.Count == 0)
        {
            return;
        }
        _boundAt[variable] = (_scopes.Count - 1, ++_bindings);
        _scopes[^1].Bound.Add(variable);
    }

    /// <summary>The innermost loop scope that binds a variable of <paramref name="expression"/> (0 for none); false when one is not known here.</summary>
    private protected bool TryScopeOf(BoundExpression expression, VariableSymbol? except, out int scope)
    {
        scope = 0;
        foreach (var variable in FreeVariables(expression))
        {
            if (ReferenceEquals(variable, except))
            {
                continue;
            }
            if (!_boundAt.TryGetValue(variable, out var bound))
            {
                return false;
            }
            scope = Math.Max(scope, bound.Scope);
        }
        return _scopes.Count > 0;
    }

    /// <summary>The innermost loop scope open now.</summary>
    private protected int CurrentScope => _scopes.Count - 1;

    /// <summary>Writes a line into the declarations at the top of loop scope <paramref name="scope"/>.</summary>
    private protected void DeclareIn(int scope, string line)
    {
        var declarations = _scopes[scope].Declarations;
        if (declarations.IsEmpty)
        {
            declarations.Line("// Loop-invariant values of the loops below, each computed on first use in this iteration.");
        }
        declarations.Line(line);
    }

    /// <summary>
    /// The expression as a lazily computed local of an outer loop scope when it is pure, worth it and invariant in
    /// the loops between (or already computed in its scope); false to emit it as usual.
    /// </summary>
    private protected override bool TryHoisted(BoundExpression expression, out CsExpr result)
    {
        if (TryNounIdComparison(expression, out result))
        {
            return true;
        }
        if (_scopes.Count == 0 || _askingVerdict || ReferenceEquals(expression, _emittingHoisted) || !IsCall(expression) || !IsHoistableType(expression.Type)
            || !IsPure(expression))
        {
            return false;
        }
        var target = 0;
        var key = new List<string>();
        var scopes = new List<int>();
        foreach (var variable in FreeVariables(expression))
        {
            if (!_boundAt.TryGetValue(variable, out var bound))
            {
                return false;
            }
            target = Math.Max(target, bound.Scope);
            scopes.Add(bound.Scope);
            key.Add(bound.Binding.ToString(CultureInfo.InvariantCulture));
        }
        // A value of one loop's element and of variables bound outside the loop around it (noun(x.label) in a loop
        // over objects inside other loops, which enter it again and again; couldHold(x, pred, obj) where a loop over p
        // lies between the loop over x and the one binding pred and obj): remembered per element in the scope of the
        // other variables (Run's for none), so for the run or for one iteration of their loop.
        var home = scopes.Where(s => s != target).DefaultIfEmpty(0).Max();
        var element = target > home + 1 && scopes.Count(s => s == target) == 1
            && _scopes[target].Element is { } loop && ReferenceEquals(loop.Variable, FreeVariables(expression).ElementAt(scopes.IndexOf(target)))
            ? loop
            : ((VariableSymbol, string, string)?)null;

        var outer = _w;
        var probe = new CodeWriter(outer.Indent);
        var emitting = _emittingHoisted;
        (_w, _emittingHoisted) = (probe, expression);
        var value = Expr(expression);
        (_w, _emittingHoisted) = (outer, emitting);
        if (!probe.IsEmpty)
        {
            // It needs statements (a multi-image object held in a local, a checked operation): written as usual.
            _w.Append(probe);
            result = value;
            return true;
        }

        if (element is { } perElement)
        {
            return TryHoistPerElement(expression, value, perElement, home, string.Join(",", key), out result);
        }
        var scope = _scopes[target];
        var text = value.Text + " @" + string.Join(",", key);
        if (!scope.Locals.TryGetValue(text, out var local))
        {
            if (target == _scopes.Count - 1)
            {
                result = value;
                return true;
            }
            local = HoistedName(expression);
            // Emitted code is <auto-generated>, so without nullable annotations: a string local is null as it is.
            var nullable = expression.Type.Kind == TypeKind.String ? "" : "?";
            DeclareIn(target, $"{CSharpSyntax.Type(expression.Type, Multi)}{nullable} {local} = null;");
            scope.Locals[text] = local;
        }
        result = Simple($"({local} ??= {value.Text})");
        return true;
    }

    // The value as an element of an array in loop scope `home` (Run's or one binding its other variables), one per
    // element of the loop's list, each computed on first use: `((nounOfXs ??= new string[t16.Length])[i17] ??= ...)`.
    private bool TryHoistPerElement(BoundExpression expression, CsExpr value, (VariableSymbol Variable, string Index, string List) loop, int home,
        string key, out CsExpr result)
    {
        var scope = _scopes[home];
        var text = value.Text + " @" + key + " []";
        if (!scope.Locals.TryGetValue(text, out var local))
        {
            local = HoistedName(expression) + "s";
            var type = CSharpSyntax.Type(expression.Type, Multi) + (expression.Type.Kind == TypeKind.String ? "" : "?");
            DeclareIn(home, $"{type}[] {local} = null;");
            scope.Locals[text] = local;
        }
        var elementType = CSharpSyntax.Type(expression.Type, Multi) + (expression.Type.Kind == TypeKind.String ? "" : "?");
        // A string element is read, and written only when still null: `a[i] ??= v` takes a reference to the element,
        // which for an array of a reference type costs a type check (arrays are covariant) on every read.
        result = expression.Type.Kind == TypeKind.String
            ? Simple($"(({local} ??= new {elementType}[{loop.List}.Length])[{loop.Index}] ?? ({local}[{loop.Index}] = {value.Text}))")
            : Simple($"(({local} ??= new {elementType}[{loop.List}.Length])[{loop.Index}] ??= {value.Text})");
        return true;
    }

    // Only calls move (a method of the runtime: a property read is cheaper than the local); an operator over calls
    // moves through its calls, so each local holds one call's value.
    private static bool IsCall(BoundExpression expression) => expression switch
    {
        BoundCall call => call.Function.Binding is { IsProperty: false },
        BoundMemberAccess member => member.Member.Binding is { IsMethod: true },
        _ => false,
    };

    /// <summary>
    /// Set while the wheres of an invariant for are asked (QueryEmitter.InvariantFor.cs): their verdict is remembered
    /// per element already, so nothing inside them is hoisted again.
    /// </summary>
    private protected bool _askingVerdict;

    // Scalars only: a list is a span, which cannot be a nullable local.
    private static bool IsHoistableType(TypeSymbol type) =>
        type.Kind is TypeKind.Bool or TypeKind.Int or TypeKind.Count or TypeKind.Float or TypeKind.String or TypeKind.Object or TypeKind.Relation or TypeKind.Image;

    /// <summary>Whether the expression only reads: literals, variables, builtins, members, operators, pure standard-library calls.</summary>
    private protected static bool IsPure(BoundExpression expression)
    {
        var pure = true;
        Visit(expression);
        return pure;

        void Visit(BoundExpression e)
        {
            if (!pure)
            {
                return;
            }
            switch (e)
            {
                case BoundLiteral or BoundVariable or BoundBuiltin:
                    break;
                case BoundMemberAccess { Member.Binding: not null } member:
                    Visit(member.Target);
                    break;
                case BoundMemberAccess { Member.Form: MemberForm.Index } member:
                    Visit(member.Target);
                    break;
                case BoundTupleElement element:
                    Visit(element.Target);
                    break;
                case BoundCall call when call.Function.Binding is not null ? call.Function.IsPure
                        : call.Function.Form is SpecialForm.Count or SpecialForm.IsEmpty or SpecialForm.Number:
                    foreach (var argument in call.Arguments)
                    {
                        Visit(argument);
                    }
                    break;
                case BoundUnary unary:
                    Visit(unary.Operand);
                    break;
                case BoundBinary binary:
                    Visit(binary.Left);
                    Visit(binary.Right);
                    break;
                case BoundConditional conditional:
                    Visit(conditional.Condition);
                    Visit(conditional.WhenTrue);
                    Visit(conditional.WhenFalse);
                    break;
                default:
                    pure = false;
                    break;
            }
        }
    }

    private protected static IEnumerable<VariableSymbol> FreeVariables(BoundExpression expression) =>
        expression.DescendantsAndSelf().OfType<BoundVariable>().Select(v => v.Variable).Distinct(ReferenceEqualityComparer.Instance).Cast<VariableSymbol>();

    // `nounOfP` for noun(p.label): the function (or member, builtin) called, else `value`, then the variables it reads
    // (`theObjects` when it reads none).
    private protected string HoistedName(BoundExpression expression)
    {
        var callee = expression switch
        {
            BoundCall call => call.Function.Name,
            BoundMemberAccess member => member.Member.Name,
            BoundBuiltin builtin => builtin.Builtin.Name,
            _ => "value",
        };
        var variables = FreeVariables(expression).Select(v => PascalCase(v.Name)).ToList();
        var name = variables.Count == 0 ? "the" + PascalCase(callee) : callee + "Of" + string.Concat(variables);
        var unique = name;
        for (var i = 2; !_usedNames.Add(unique); i++)
        {
            unique = name + "_" + i.ToString(CultureInfo.InvariantCulture);
        }
        return unique;
    }

    private static string PascalCase(string name)
    {
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}

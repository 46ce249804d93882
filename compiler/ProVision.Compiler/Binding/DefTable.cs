using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Binding;

/// <summary>
/// The pack's functions (<c>def</c>): declared in any file, callable from every generator and def of the pack. Names
/// are unique in the pack and may not be those of standard-library functions or built-in values; parameter and result
/// types are resolved here once. Calls are inlined by <see cref="GeneratorBinder"/>, which records which defs it used.
/// </summary>
internal sealed class DefTable
{
    /// <summary>At most this many parameters for a def or a parameterised generator.</summary>
    public const int MaxParameters = 64;

    private readonly Dictionary<string, DefSymbol> _defs = new(StringComparer.Ordinal);
    private readonly HashSet<DefSymbol> _used = new(ReferenceEqualityComparer.Instance);

    public DefTable(IReadOnlyList<SyntaxTree> trees, List<Diagnostic> diagnostics)
    {
        foreach (var tree in trees)
        {
            void Report(Diagnostic d) => diagnostics.Add(d with { Source = tree.Text });
            foreach (var syntax in tree.Root.Defs)
            {
                if (syntax.Name.IsMissing)
                {
                    continue;
                }
                var name = syntax.Name.Text;
                var taken = _defs.ContainsKey(name) ? "defined in the pack"
                    : StandardLibrary.LookupFunction(name) is not null || StandardLibrary.LookupRetired(name) is not null ? "a standard-library function"
                    : StandardLibrary.LookupBuiltin(name) is not null ? "a built-in value"
                    : null;
                if (taken is not null)
                {
                    Report(BindingDiagnostics.DuplicateDefinition(syntax.Name.Span, "def", name, taken));
                    continue;
                }
                var parameters = ResolveParameters(syntax.Parameters, $"def '{name}'", syntax.Name.Span, Report);
                var returnType = TypeNames.Resolve(syntax.ReturnType, Report);
                _defs.Add(name, new DefSymbol(syntax, tree.Text, parameters, returnType));
            }
        }
        FindUsed(trees);
    }

    // Read off the syntax (calls by name from generators, then from the defs they reach), not off the inlining, which
    // stops early at a recursion or a limit: a def behind such an error is still used, and not bound again alone.
    private void FindUsed(IReadOnlyList<SyntaxTree> trees)
    {
        var pending = new Stack<DefSymbol>(trees.SelectMany(t => t.Root.Generators).SelectMany(CalledDefs));
        while (pending.TryPop(out var def))
        {
            if (_used.Add(def))
            {
                foreach (var called in CalledDefs(def.Syntax.Body))
                {
                    pending.Push(called);
                }
            }
        }
    }

    private IEnumerable<DefSymbol> CalledDefs(SyntaxNode node) =>
        node.DescendantsAndSelf().OfType<CallExpressionSyntax>()
            .Select(c => c.Callee is NameExpressionSyntax name ? Lookup(name.Name.Text) : null)
            .OfType<DefSymbol>();

    /// <summary>The defs in declaration order.</summary>
    public IEnumerable<DefSymbol> All => _defs.Values;

    /// <summary>The def called <paramref name="name"/>, or null.</summary>
    public DefSymbol? Lookup(string name) => _defs.GetValueOrDefault(name);

    /// <summary>True when a generator of the pack calls <paramref name="def"/>, directly or through other defs.</summary>
    public bool IsUsed(DefSymbol def) => _used.Contains(def);

    /// <summary>
    /// The names and types of a parameter list, reporting unknown types and lists longer than <see cref="MaxParameters"/>. <c>phrases</c> resolves to <see cref="TypeSymbol.Error"/> with an error unless
    /// <paramref name="allowPhrases"/>; the caller tells phrase parameters apart by their syntax.
    /// </summary>
    public static ImmutableArray<(string Name, TypeSymbol Type)> ResolveParameters(
        ImmutableArray<ParameterSyntax> parameters, string owner, Text.TextSpan ownerSpan, Action<Diagnostic> report, bool allowPhrases = false)
    {
        if (parameters.Length > MaxParameters)
        {
            report(BindingDiagnostics.TooManyParameters(ownerSpan, owner, parameters.Length, MaxParameters));
        }
        // A repeated name is reported where the parameters are declared as variables (PV1008).
        var result = ImmutableArray.CreateBuilder<(string, TypeSymbol)>(parameters.Length);
        foreach (var parameter in parameters)
        {
            var type = allowPhrases && parameter.Type.Name == TypeNameSyntax.PhrasesName && parameter.Type.Arguments.IsEmpty
                ? TypeSymbol.Error
                : TypeNames.Resolve(parameter.Type, report);
            result.Add((parameter.Name.Text, type));
        }
        return result.MoveToImmutable();
    }
}

using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Binding;

/// <summary>
/// A lexical scope of variables. Query clauses open a scope that lasts to the end of the query (the emit block
/// included); comprehensions and lambdas open their own. Lookup walks outwards.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, VariableSymbol> _variables = new(StringComparer.Ordinal);

    public Scope(Scope? parent) => Parent = parent;

    public Scope? Parent { get; }

    /// <summary>Declares a variable; false when the name is already visible (no redefinition, no hiding). <c>_</c> always succeeds and is not recorded.</summary>
    public bool TryDeclare(VariableSymbol variable)
    {
        if (variable.IsDiscard)
        {
            return true;
        }
        if (Lookup(variable.Name) is not null)
        {
            return false;
        }
        _variables.Add(variable.Name, variable);
        return true;
    }

    /// <summary>The visible variable with this name, innermost first.</summary>
    public VariableSymbol? Lookup(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._variables.TryGetValue(name, out var variable))
            {
                return variable;
            }
        }
        return null;
    }

    /// <summary>Every visible variable name, for suggestions.</summary>
    public IEnumerable<string> VisibleNames()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            foreach (var name in scope._variables.Keys)
            {
                yield return name;
            }
        }
    }
}

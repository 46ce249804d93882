using System.Text.RegularExpressions;
using ProVision.Compiler.Binding;
using ProVision.Compiler.Symbols;

namespace ProVision.LanguageServer.Features.Completion;

/// <summary>
/// The type of the text before a dot (<c>r.subject</c>, <c>imgs[0]</c>): the first name is a variable of the
/// generator or a built-in value, each <c>.member</c> is looked up in the member table and each <c>[i]</c> takes a
/// list's element. Null when any step is unknown.
/// </summary>
internal static partial class MemberChain
{
    /// <param name="chain">The text before the dot.</param>
    /// <param name="variables">The generator's variables in scope (latest first).</param>
    /// <param name="before">The line up to the chain: a lambda parameter or comprehension variable declared in it that
    /// the binder has not seen (the line is half typed) takes the element type of its list.</param>
    public static TypeSymbol? TypeOf(string chain, IReadOnlyList<VariableSymbol> variables, string before)
    {
        var steps = Step().Matches(chain);
        if (steps.Count == 0)
        {
            return null;
        }
        var first = steps[0].Groups["name"].Value;
        var type = variables.FirstOrDefault(v => v.Name == first)?.Type ?? StandardLibrary.LookupBuiltin(first)?.Type ?? Element(first, variables, before);
        for (var i = 0; i < steps.Count && type is not null; i++)
        {
            if (i > 0)
            {
                type = StandardLibrary.LookupMember(type.Kind, steps[i].Groups["name"].Value)?.Type;
            }
            for (var index = 0; index < steps[i].Groups["index"].Captures.Count && type is not null; index++)
            {
                type = type.IsList ? type.ElementType : null;
            }
        }
        return type;
    }

    // "any(xs, o => o." or "[o for o in xs": o is an element of xs.
    private static TypeSymbol? Element(string name, IReadOnlyList<VariableSymbol> variables, string before)
    {
        foreach (Match declared in ElementDeclaration().Matches(before))
        {
            if (declared.Groups["name"].Value == name && declared.Groups["list"].Value != name
                && TypeOf(declared.Groups["list"].Value, variables, "") is { IsList: true } list)
            {
                return list.ElementType;
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<index>\[[^\]]*\])*")]
    private static partial Regex Step();

    [GeneratedRegex(@"(?<list>[A-Za-z_][A-Za-z0-9_.]*(?:\[[^\]]*\])*)\s*,\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=>|for\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+in\s+(?<list>[A-Za-z_][A-Za-z0-9_.]*(?:\[[^\]]*\])*)")]
    private static partial Regex ElementDeclaration();
}

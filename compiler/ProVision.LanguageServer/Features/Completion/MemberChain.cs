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
    public static TypeSymbol? TypeOf(string chain, IEnumerable<VariableSymbol> variables)
    {
        var steps = Step().Matches(chain);
        if (steps.Count == 0)
        {
            return null;
        }
        var first = steps[0].Groups["name"].Value;
        var type = variables.FirstOrDefault(v => v.Name == first)?.Type ?? StandardLibrary.LookupBuiltin(first)?.Type;
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

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<index>\[[^\]]*\])*")]
    private static partial Regex Step();
}

using System.Collections.Immutable;
using System.Text;

namespace ProVision.Runtime.Templates;

/// <summary>
/// A slot, <c>{name}</c>, optionally rendered through an inflection helper with extra arguments:
/// <c>{be(n)}</c> is slot <c>n</c> with helper <see cref="SlotHelper.Be"/>; <c>{plural(name, n)}</c> adds slot
/// <c>n</c> as an argument.
/// </summary>
public sealed class SlotNode : TemplateNode
{
    /// <summary>Creates a slot; <paramref name="helper"/> is a helper name as written ("plural") or null.</summary>
    /// <exception cref="ArgumentException">The name is empty or the helper is unknown.</exception>
    public SlotNode(string name, string? helper = null, ImmutableArray<TemplateArgument> arguments = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var resolved = SlotHelper.None;
        if (helper is not null && !SlotHelpers.TryParse(helper, out resolved))
        {
            throw new ArgumentException($"Unknown template helper '{helper}'; known: plural, a, the, be, has, number, ordinal, list, capitalize.", nameof(helper));
        }
        Name = name;
        Helper = resolved;
        Arguments = arguments.IsDefault ? ImmutableArray<TemplateArgument>.Empty : arguments;
        if (Helper == SlotHelper.None && !Arguments.IsEmpty)
        {
            throw new ArgumentException($"Slot '{name}' has arguments but no helper.", nameof(arguments));
        }
        Placeholder = BuildPlaceholder();
    }

    /// <summary>The slot whose value is rendered.</summary>
    public string Name { get; }

    /// <summary>The helper, <see cref="SlotHelper.None"/> for a plain slot.</summary>
    public SlotHelper Helper { get; }

    /// <summary>Extra helper arguments after the slot.</summary>
    public ImmutableArray<TemplateArgument> Arguments { get; }

    /// <summary>The slot as written: <c>{name}</c>, <c>{be(n)}</c>, <c>{list(xs, "or")}</c>.</summary>
    public string Placeholder { get; }

    /// <inheritdoc/>
    public override string ToString() => Placeholder;

    private string BuildPlaceholder()
    {
        if (Helper == SlotHelper.None)
        {
            return "{" + Name + "}";
        }
        var builder = new StringBuilder().Append('{').Append(Helper.Name()).Append('(').Append(Name);
        foreach (var argument in Arguments)
        {
            builder.Append(", ").Append(argument.ToString());
        }
        return builder.Append(")}").ToString();
    }
}

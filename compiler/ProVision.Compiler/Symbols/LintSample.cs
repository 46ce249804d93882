using ProVision.Compiler.Linting;

namespace ProVision.Compiler.Symbols;

/// <summary>How the template linter reads the value of a call or member (<see cref="Linting.SlotKindInference"/>).</summary>
internal enum LintSampleRule
{
    /// <summary>Nothing known.</summary>
    Opaque,

    /// <summary>A value of <see cref="LintSample.Kind"/>.</summary>
    Value,

    /// <summary>One of the first argument's elements (or the first argument itself when it is no list): argmax, closer.</summary>
    ChoiceOfFirstArgument,

    /// <summary>A list whose elements are of <see cref="LintSample.Kind"/>.</summary>
    Elements,

    /// <summary>A list with the elements of the argument at <see cref="LintSample.Argument"/>.</summary>
    ElementsOfArgument,
}

/// <summary>What the template linter takes a value to be; kept in the registry entry, next to the function it describes.</summary>
internal sealed record LintSample(LintSampleRule Rule, SampleKind? Kind = null, int Argument = 0)
{
    /// <summary>Nothing known.</summary>
    public static LintSample Opaque { get; } = new(LintSampleRule.Opaque);

    /// <summary>One of the first argument's elements.</summary>
    public static LintSample ChoiceOfFirstArgument { get; } = new(LintSampleRule.ChoiceOfFirstArgument);

    /// <summary>A value of <paramref name="kind"/>.</summary>
    public static LintSample Of(SampleKind kind) => new(LintSampleRule.Value, kind);

    /// <summary>A list of values of <paramref name="kind"/>.</summary>
    public static LintSample ElementsOf(SampleKind kind) => new(LintSampleRule.Elements, kind);

    /// <summary>A list with the elements of argument <paramref name="argument"/>.</summary>
    public static LintSample ElementsOfArgument(int argument) => new(LintSampleRule.ElementsOfArgument, Argument: argument);
}

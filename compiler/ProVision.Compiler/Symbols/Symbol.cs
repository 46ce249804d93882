using ProVision.Compiler.Text;

namespace ProVision.Compiler.Symbols;

/// <summary>A named thing a name can resolve to.</summary>
public abstract class Symbol
{
    private protected Symbol(string name) => Name = name;

    /// <summary>The name as written in the .pvg source.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>What declared a variable; decides where it is visible and how it is emitted.</summary>
public enum VariableKind
{
    /// <summary>A variable of a query <c>for</c> clause.</summary>
    For,

    /// <summary>A <c>let</c> binding.</summary>
    Let,

    /// <summary>The images of a <c>draw</c> clause.</summary>
    Draw,

    /// <summary>A variable of a comprehension's <c>for</c>.</summary>
    Comprehension,

    /// <summary>A lambda parameter.</summary>
    LambdaParameter,

    /// <summary><c>it</c> in a <c>grouped by</c> key or a <c>draw ... where</c> predicate.</summary>
    It,

    /// <summary>A slot of the emit block, visible to the entries after it (<c>answer = count</c>).</summary>
    Slot,

    /// <summary>A parameter of an inlined <c>def</c> call, or a value parameter of a parameterised generator.</summary>
    Parameter,
}

/// <summary>A variable: a query variable, a let, a comprehension variable, a lambda parameter or <c>it</c>.</summary>
public sealed class VariableSymbol : Symbol
{
    /// <summary>Creates a variable.</summary>
    public VariableSymbol(string name, TypeSymbol type, VariableKind kind, TextSpan declaration)
        : base(name)
    {
        Type = type;
        VariableKind = kind;
        Declaration = declaration;
    }

    /// <summary>The variable's type.</summary>
    public TypeSymbol Type { get; }

    /// <summary>What declared it.</summary>
    public VariableKind VariableKind { get; }

    /// <summary>The span of the name where it was declared.</summary>
    public TextSpan Declaration { get; }

    /// <summary>True for <c>_</c>, which binds nothing and may repeat.</summary>
    public bool IsDiscard => Name == "_";
}

/// <summary>A <c>phrases</c> declaration: a named set of alternative phrasings shared by the pack.</summary>
public sealed class PhraseSetSymbol : Symbol
{
    /// <summary>Creates a phrase-set symbol.</summary>
    public PhraseSetSymbol(string name, SourceText source, TextSpan declaration)
        : base(name)
    {
        Source = source;
        Declaration = declaration;
    }

    /// <summary>The file that declares it.</summary>
    public SourceText Source { get; }

    /// <summary>The span of its name.</summary>
    public TextSpan Declaration { get; }
}

/// <summary>A template slot defined by an emit entry (<c>answer</c> included).</summary>
public sealed class SlotSymbol : Symbol
{
    /// <summary>Creates a slot symbol.</summary>
    public SlotSymbol(string name, TypeSymbol type, TextSpan declaration)
        : base(name)
    {
        Type = type;
        Declaration = declaration;
    }

    /// <summary>The value's type (decides how it renders).</summary>
    public TypeSymbol Type { get; }

    /// <summary>The span of the entry's name.</summary>
    public TextSpan Declaration { get; }
}

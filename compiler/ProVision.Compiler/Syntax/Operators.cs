namespace ProVision.Compiler.Syntax;

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c></summary>
    Negate,

    /// <summary><c>not x</c></summary>
    Not,
}

/// <summary>Binary operators, from the lowest precedence to the highest.</summary>
public enum BinaryOperator
{
    /// <summary><c>or</c></summary>
    Or,

    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>in</c></summary>
    In,

    /// <summary><c>not in</c></summary>
    NotIn,

    /// <summary><c>+</c></summary>
    Add,

    /// <summary><c>-</c></summary>
    Subtract,

    /// <summary><c>*</c></summary>
    Multiply,

    /// <summary><c>/</c></summary>
    Divide,

    /// <summary><c>%</c></summary>
    Modulo,
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Emit;

/// <summary>
/// How .pvg text becomes C# text safely: string literals through Roslyn's <c>SymbolDisplay.FormatLiteral</c>, names
/// always prefixed (a .pvg name never appears raw, so none can be a keyword or reach a runtime type), comment text
/// stripped of every character C# treats as a line break, and the C# type of each .pvg type.
/// </summary>
internal static class CSharpSyntax
{
    /// <summary>
    /// A C# string literal with every character escaped as needed, and every invisible one (controls, bidi and other
    /// format characters such as U+202E, line and paragraph separators) as <c>\uXXXX</c>: a reader of the emitted C#
    /// sees exactly what the literal holds, and no character can reorder how the code around it is displayed.
    /// </summary>
    public static string String(string value)
    {
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        if (!literal.Any(IsInvisible))
        {
            return literal;
        }
        var builder = new StringBuilder(literal.Length + 16);
        foreach (var c in literal)
        {
            if (IsInvisible(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsInvisible(char c) => Syntax.SyntaxFacts.IsInvisible(c);

    /// <summary>A C# double literal that round-trips.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>A C# long literal.</summary>
    public static string Long(long value) =>
        value is >= int.MinValue and <= int.MaxValue
            ? value.ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>
    /// Text safe inside a <c>//</c> comment: line breaks (including U+0085, U+2028, U+2029, which C# also ends lines
    /// at), other control characters and bidi/format characters become spaces, so source text can never end the
    /// comment and inject code, nor make the code after it display in another order.
    /// </summary>
    public static string CommentText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsInvisible(c) ? ' ' : c);
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>True for a plain C# identifier (safe to repeat: no evaluation).</summary>
    public static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The namespaces every emitted file imports, in the order written.</summary>
    public static ImmutableArray<string> ImportedNamespaces { get; } =
    [
        "System",
        "System.Collections.Immutable",
        "ProVision.Runtime.Generation",
        "ProVision.Runtime.SceneGraphs",
        "ProVision.Runtime.Stdlib",
        "ProVision.Runtime.Templates",
        "ProVision.Runtime.Text",
    ];

    /// <summary>How emitted code names a runtime type: plainly when its namespace is imported, else fully qualified.</summary>
    public static string TypeName(System.Type type) =>
        ImportedNamespaces.Contains(type.Namespace ?? "") ? type.Name : "global::" + type.FullName;

    /// <summary>The C# type of a .pvg type; objects and relations are indices in single-image generators and refs in multi-image ones.</summary>
    public static string Type(TypeSymbol type, bool multiImage) => type.Kind switch
    {
        TypeKind.Bool => "bool",
        TypeKind.Int or TypeKind.Count => "long",
        TypeKind.Float => "double",
        TypeKind.String => "string",
        TypeKind.Object => multiImage ? "ObjectRef" : "int",
        TypeKind.Relation => multiImage ? "RelationRef" : "int",
        TypeKind.Image => "int",
        TypeKind.Box => "Box",
        TypeKind.Point => "(double, double)",
        TypeKind.Mask => "BitMask",
        TypeKind.DataSet => "DataSetIndex",
        TypeKind.RefExpr => "global::ProVision.Runtime.Stdlib.SceneGraphFamily.ReferringExpression",
        TypeKind.List => $"ReadOnlySpan<{Type(type.ElementType!, multiImage)}>",
        TypeKind.Tuple => "(" + string.Join(", ", type.Elements.Select(e => Type(e, multiImage))) + ")",
        TypeKind.Never => "int",
        _ => throw new InvalidOperationException("no C# type for " + type.Name),
    };
}

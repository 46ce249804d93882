using System.Collections.Immutable;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;

namespace ProVision.Compiler.Binding;

/// <summary>Resolves a written type (<c>List&lt;Object&gt;</c>, <c>(Object, Box)</c>) to its <see cref="TypeSymbol"/>.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<string, TypeSymbol> s_simple = new(StringComparer.Ordinal)
    {
        ["bool"] = TypeSymbol.Bool,
        ["int"] = TypeSymbol.Int,
        ["float"] = TypeSymbol.Float,
        ["string"] = TypeSymbol.String,
        ["Count"] = TypeSymbol.Count,
        ["Object"] = TypeSymbol.Object,
        ["Relation"] = TypeSymbol.Relation,
        ["Box"] = TypeSymbol.Box,
        ["Point"] = TypeSymbol.Point,
        ["Mask"] = TypeSymbol.Mask,
        ["Image"] = TypeSymbol.Image,
    };

    /// <summary>
    /// The type, or <see cref="TypeSymbol.Error"/> after reporting it. <c>phrases</c> is reported here too (PV1064): the
    /// caller that allows it (a generator parameter) checks for it before resolving.
    /// </summary>
    public static TypeSymbol Resolve(TypeNameSyntax syntax, Action<Diagnostic> report)
    {
        var type = ResolveCore(syntax, report);
        if (type.Kind is TypeKind.List or TypeKind.Tuple && (type.ElementType?.ContainsList == true || type.Elements.Any(e => e.ContainsList)))
        {
            report(BindingDiagnostics.NestedList(syntax.Span, type.Name));
            return TypeSymbol.Error;
        }
        return type;
    }

    private static TypeSymbol ResolveCore(TypeNameSyntax syntax, Action<Diagnostic> report)
    {
        if (syntax.IsMissing)
        {
            return TypeSymbol.Error;
        }
        switch (syntax.Name)
        {
            case TypeNameSyntax.PhrasesName:
                report(BindingDiagnostics.PhrasesTypeNotAllowed(syntax.Span));
                return TypeSymbol.Error;
            case TypeNameSyntax.TupleName:
                var elements = syntax.Arguments.Select(a => ResolveCore(a, report)).ToImmutableArray();
                return elements.Any(e => e.IsError) ? TypeSymbol.Error : TypeSymbol.TupleOf(elements);
            case "List" when syntax.Arguments.Length == 1:
                var element = ResolveCore(syntax.Arguments[0], report);
                return element.IsError ? TypeSymbol.Error : TypeSymbol.ListOf(element);
        }
        if (syntax.Arguments.IsEmpty && s_simple.TryGetValue(syntax.Name, out var simple))
        {
            return simple;
        }
        var written = syntax.Arguments.IsEmpty ? syntax.Name : syntax.Name + "<...>";
        report(BindingDiagnostics.UnknownType(syntax.Span, written, NameSuggestions.DidYouMean(syntax.Name, s_simple.Keys.Append("List"))));
        return TypeSymbol.Error;
    }
}

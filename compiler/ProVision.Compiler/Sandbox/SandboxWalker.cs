using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProVision.Compiler.Diagnostics;
using Diagnostic = ProVision.Compiler.Diagnostics.Diagnostic;

namespace ProVision.Compiler.Sandbox;

/// <summary>
/// Visits every node of one tree: every expression and type syntax is bound (symbol, candidates, type, converted
/// type) and checked; declarations and statements are checked for forbidden constructs. Reports once per
/// (line, offending type or construct).
/// </summary>
internal sealed partial class SandboxWalker(SemanticModel model) : CSharpSyntaxWalker(SyntaxWalkerDepth.Node)
{
    private static readonly SymbolDisplayFormat s_display = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters)
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private readonly HashSet<(int Line, string What)> _reported = [];

    // Verdicts per symbol: a pack names the same few hundred types and members tens of thousands of times, and
    // each verdict builds metadata names; remembering them keeps the walk's cost in Roslyn's binding.
    private readonly Dictionary<INamedTypeSymbol, bool> _typeVerdicts = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, bool> _memberVerdicts = new(SymbolEqualityComparer.Default);

    public List<Diagnostic> Diagnostics { get; } = [];

    public override void Visit(SyntaxNode? node)
    {
        if (node is ExpressionSyntax expression)
        {
            CheckExpression(expression);
        }
        base.Visit(node);
    }

    private void CheckExpression(ExpressionSyntax node)
    {
        var info = model.GetSymbolInfo(node);
        if (info.Symbol is { } symbol)
        {
            CheckSymbol(symbol, node);
        }
        else
        {
            foreach (var candidate in info.CandidateSymbols)
            {
                CheckSymbol(candidate, node);
            }
            if (info.CandidateSymbols.IsEmpty && node is NameSyntax or MemberAccessExpressionSyntax)
            {
                CheckUnresolvedName(node);
            }
        }
        var type = model.GetTypeInfo(node);
        CheckType(type.Type, node);
        CheckType(type.ConvertedType, node);
    }

    // A name Roslyn cannot bind: its assembly is not referenced (System.Net.Http, System.Diagnostics.Process).
    private void CheckUnresolvedName(ExpressionSyntax node)
    {
        var text = string.Concat(node.ToString().Where(c => !char.IsWhiteSpace(c)));
        if (SandboxAllowlist.ForbiddenNamespaceOf(text) is { } ns)
        {
            ReportNamespace(node, ns, ns);
        }
    }

    private void CheckSymbol(ISymbol symbol, SyntaxNode node)
    {
        switch (symbol)
        {
            case INamespaceSymbol:
            case IPreprocessingSymbol:
            case ILabelSymbol:
                return;
            case IAliasSymbol alias:
                CheckSymbol(alias.Target, node);
                return;
            case ITypeSymbol type:
                CheckType(type, node);
                return;
            case IMethodSymbol method:
                CheckMethod(method, node);
                return;
            case IPropertySymbol property:
                CheckMember(property, node);
                CheckType(property.Type, node);
                return;
            case IFieldSymbol field:
                CheckMember(field, node);
                CheckType(field.Type, node);
                return;
            case IEventSymbol @event:
                CheckMember(@event, node);
                CheckType(@event.Type, node);
                return;
            case ILocalSymbol local:
                CheckType(local.Type, node);
                return;
            case IParameterSymbol parameter:
                CheckType(parameter.Type, node);
                return;
            case IRangeVariableSymbol:
            case IDiscardSymbol:
                return;
            default:
                ReportSymbol(node, symbol.ToDisplayString(s_display), symbol.Kind.ToString());
                return;
        }
    }

    private void CheckMethod(IMethodSymbol method, SyntaxNode node)
    {
        if (method.MethodKind == MethodKind.FunctionPointerSignature)
        {
            ReportUnsafe(node, "function pointer");
            return;
        }
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (method.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction))
        {
            CheckMember(definition, node);
        }
        foreach (var argument in method.TypeArguments)
        {
            CheckType(argument, node);
        }
        CheckType(method.ReturnType, node);
    }

    private void CheckMember(ISymbol member, SyntaxNode node)
    {
        if (IsOwnSource(member) || member.ContainingType is not { } containing)
        {
            return;
        }
        if (_memberVerdicts.TryGetValue(member, out var allowed) && allowed)
        {
            return;
        }
        var definition = containing.OriginalDefinition;
        var typeName = SandboxAllowlist.MetadataName(definition);
        allowed = IsAllowedType(definition)
            && !SandboxAllowlist.DeniedMembers.Contains(typeName + "." + member.Name)
            && !(member is IMethodSymbol { MethodKind: MethodKind.Constructor } && SandboxAllowlist.DeniedConstructors.Contains(typeName));
        _memberVerdicts[member] = allowed;
        if (!allowed)
        {
            ReportSymbol(node, member.OriginalDefinition.ToDisplayString(s_display), typeName);
        }
    }

    private void CheckType(ITypeSymbol? type, SyntaxNode node)
    {
        switch (type)
        {
            case null:
            case IErrorTypeSymbol:
            case ITypeParameterSymbol:
                return;
            case IPointerTypeSymbol pointer:
                ReportUnsafe(node, $"pointer type '{pointer.ToDisplayString(s_display)}'");
                return;
            case IFunctionPointerTypeSymbol:
                ReportUnsafe(node, "function pointer");
                return;
            case IDynamicTypeSymbol:
                Report(node, "dynamic", SandboxDiagnostics.SandboxDynamic(SandboxSpans.Of(node), SandboxSpans.LineOf(node)));
                return;
            case IArrayTypeSymbol array:
                CheckType(array.ElementType, node);
                return;
            case INamedTypeSymbol named:
                CheckNamedType(named, node);
                return;
        }
    }

    private void CheckNamedType(INamedTypeSymbol named, SyntaxNode node)
    {
        if (named.IsTupleType)
        {
            foreach (var element in named.TupleElements)
            {
                CheckType(element.Type, node);
            }
            return;
        }
        if (!named.IsAnonymousType && !IsOwnSource(named))
        {
            var definition = named.OriginalDefinition;
            if (!IsAllowedType(definition))
            {
                ReportSymbol(node, definition.ToDisplayString(s_display), SandboxAllowlist.MetadataName(definition));
            }
        }
        foreach (var argument in named.TypeArguments)
        {
            CheckType(argument, node);
        }
    }

    private bool IsAllowedType(INamedTypeSymbol definition)
    {
        if (!_typeVerdicts.TryGetValue(definition, out var allowed))
        {
            allowed = SandboxAllowlist.IsAllowedType(definition);
            _typeVerdicts[definition] = allowed;
        }
        return allowed;
    }

    private bool IsOwnSource(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, model.Compilation.Assembly);

    private void ReportSymbol(SyntaxNode node, string display, string key) =>
        Report(node, "type:" + key, SandboxDiagnostics.SandboxForbiddenSymbol(SandboxSpans.Of(node), display, SandboxSpans.LineOf(node)));

    private void ReportNamespace(SyntaxNode node, string name, string root) =>
        Report(node, "namespace:" + root, SandboxDiagnostics.SandboxForbiddenNamespace(SandboxSpans.Of(node), name, SandboxSpans.LineOf(node)));

    private void ReportUnsafe(SyntaxNode node, string construct) =>
        Report(node, "unsafe", SandboxDiagnostics.SandboxUnsafeCode(SandboxSpans.Of(node), construct, SandboxSpans.LineOf(node)));

    private void Report(SyntaxNode node, string what, Diagnostic diagnostic)
    {
        if (_reported.Add((SandboxSpans.LineOf(node), what)))
        {
            Diagnostics.Add(diagnostic);
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProVision.Compiler.Diagnostics;

namespace ProVision.Compiler.Sandbox;

// Declarations, directives, attributes and statements the sandbox forbids whatever symbols they use.
internal sealed partial class SandboxWalker
{
    private const int MaxStackAllocLength = 1024;

    private const string ThreadsReason = "generators run on one thread under the run's budget; they cannot block, wait or start work";

    public override void VisitUsingDirective(UsingDirectiveSyntax node)
    {
        if (node.UnsafeKeyword.IsKind(SyntaxKind.UnsafeKeyword))
        {
            ReportUnsafe(node, "'using unsafe'");
        }
        var target = node.NamespaceOrType;
        var symbol = node.Alias is not null
            ? (model.GetDeclaredSymbol(node) as IAliasSymbol)?.Target
            : model.GetSymbolInfo(target).Symbol;
        switch (symbol)
        {
            case INamespaceSymbol ns:
                var name = ns.ToDisplayString();
                if (SandboxAllowlist.ForbiddenNamespaceOf(name) is { } root)
                {
                    ReportNamespace(target, name, root);
                }
                break;
            case ITypeSymbol type:
                CheckType(type, target);
                break;
            case null:
                CheckUnresolvedName(target);
                break;
        }
        // The name's parts are not visited: the directive is judged as a whole.
    }

    public override void VisitExternAliasDirective(ExternAliasDirectiveSyntax node) =>
        Report(node, "extern", SandboxDiagnostics.SandboxExternMember(SandboxSpans.Of(node), "alias " + node.Identifier.ValueText, SandboxSpans.LineOf(node)));

    public override void VisitAttribute(AttributeSyntax node)
    {
        var info = model.GetSymbolInfo(node);
        var constructor = info.Symbol as IMethodSymbol ?? info.CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
        var type = constructor?.ContainingType ?? model.GetTypeInfo(node).Type as INamedTypeSymbol;
        if (type is null || type is IErrorTypeSymbol)
        {
            ReportAttribute(node, node.Name.ToString());
        }
        else if (!IsOwnSource(type))
        {
            var name = SandboxAllowlist.MetadataName(type.OriginalDefinition);
            if (!SandboxAllowlist.Attributes.Contains(name))
            {
                ReportAttribute(node, type.ToDisplayString(s_display));
            }
            else if (name == "System.Runtime.CompilerServices.MethodImplAttribute")
            {
                CheckMethodImplOptions(node);
            }
        }
        // The attribute's own name was judged above; its arguments are ordinary expressions.
        if (node.ArgumentList is not null)
        {
            Visit(node.ArgumentList);
        }
    }

    private void CheckMethodImplOptions(AttributeSyntax node)
    {
        foreach (var argument in node.ArgumentList?.Arguments ?? default)
        {
            var value = model.GetConstantValue(argument.Expression);
            var options = value is { HasValue: true, Value: short or int } ? Convert.ToInt32(value.Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
            if (options < 0 || (options & ~SandboxAllowlist.AllowedMethodImplOptions) != 0)
            {
                ReportAttribute(node, $"MethodImpl({argument.Expression})");
            }
        }
    }

    private void ReportAttribute(AttributeSyntax node, string name) =>
        Report(node, "attribute:" + name, SandboxDiagnostics.SandboxForbiddenAttribute(SandboxSpans.Of(node), name, SandboxSpans.LineOf(node)));

    public override void DefaultVisit(SyntaxNode node)
    {
        CheckModifiers(node);
        switch (node)
        {
            case UnsafeStatementSyntax:
                ReportUnsafe(node, "'unsafe' block");
                break;
            case FixedStatementSyntax:
                ReportUnsafe(node, "'fixed' statement");
                break;
            case PointerTypeSyntax:
                ReportUnsafe(node, "pointer type");
                break;
            case FunctionPointerTypeSyntax:
                ReportUnsafe(node, "function pointer");
                break;
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression }:
                ReportUnsafe(node, "address-of '&'");
                break;
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PointerIndirectionExpression }:
                ReportUnsafe(node, "pointer indirection '*'");
                break;
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.PointerMemberAccessExpression }:
                ReportUnsafe(node, "pointer member access '->'");
                break;
            case LockStatementSyntax:
                ReportConstruct(node, "'lock'", ThreadsReason);
                break;
            case AwaitExpressionSyntax:
                ReportConstruct(node, "'await'", ThreadsReason);
                break;
            case DestructorDeclarationSyntax:
                ReportConstruct(node, "a finalizer", "it would run on the finalizer thread, outside the generator's budget");
                break;
            case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax:
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.ArgListExpression }:
                ReportConstruct(node, $"'{node.GetFirstToken().ValueText}'", "undocumented TypedReference features are off limits");
                break;
            case CommonForEachStatementSyntax loop:
                CheckForEach(loop);
                break;
            case StackAllocArrayCreationExpressionSyntax allocation when !IsSmallConstantSize(allocation):
                ReportConstruct(node, "'stackalloc' of a non-constant or large size", $"it can overflow the stack and end the whole run; use an array, or a constant size of at most {MaxStackAllocLength}");
                break;
        }
        base.DefaultVisit(node);
    }

    // Generated code stack-allocates small fixed buffers (count choices); anything else belongs on the heap.
    private bool IsSmallConstantSize(StackAllocArrayCreationExpressionSyntax node)
    {
        if (node.Initializer is not null)
        {
            return node.Initializer.Expressions.Count <= MaxStackAllocLength;
        }
        var sizes = node.Type is ArrayTypeSyntax array ? array.RankSpecifiers.SelectMany(r => r.Sizes).ToList() : new List<ExpressionSyntax>();
        return sizes.Count > 0 && sizes.TrueForAll(size =>
            model.GetConstantValue(size) is { HasValue: true, Value: int length } && length <= MaxStackAllocLength);
    }

    private void CheckModifiers(SyntaxNode node)
    {
        var modifiers = node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax function => function.Modifiers,
            AccessorDeclarationSyntax accessor => accessor.Modifiers,
            AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers,
            LocalDeclarationStatementSyntax local => local.Modifiers,
            _ => default,
        };
        foreach (var modifier in modifiers)
        {
            switch (modifier.Kind())
            {
                case SyntaxKind.UnsafeKeyword:
                    ReportUnsafe(node, "'unsafe' modifier");
                    break;
                case SyntaxKind.FixedKeyword:
                    ReportUnsafe(node, "fixed-size buffer");
                    break;
                case SyntaxKind.ExternKeyword:
                    var name = model.GetDeclaredSymbol(node)?.Name ?? node.Kind().ToString();
                    Report(node, "extern", SandboxDiagnostics.SandboxExternMember(SandboxSpans.Of(node), name, SandboxSpans.LineOf(node)));
                    break;
                case SyntaxKind.AsyncKeyword:
                    ReportConstruct(node, "'async'", ThreadsReason);
                    break;
            }
        }
    }

    private void CheckForEach(CommonForEachStatementSyntax loop)
    {
        var info = model.GetForEachStatementInfo(loop);
        foreach (var method in new[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.DisposeMethod })
        {
            if (method is not null)
            {
                CheckMethod(method, loop.Expression);
            }
        }
        if (info.CurrentProperty is { } current)
        {
            CheckSymbol(current, loop.Expression);
        }
        CheckType(info.ElementType, loop.Expression);
    }

    private void ReportConstruct(SyntaxNode node, string construct, string reason) =>
        Report(node, "construct:" + construct, SandboxDiagnostics.SandboxForbiddenConstruct(SandboxSpans.Of(node), construct, reason, SandboxSpans.LineOf(node)));
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProVision.Compiler.Sandbox;

/// <summary>
/// One syntax-only pass over a pack's source for <see cref="MetadataSandbox"/>: whether it contains anything the
/// semantic walk must judge itself (every construct of SandboxWalker.Constructs.cs, attributes, aliases,
/// <c>using static</c>, forbidden namespaces, <c>dynamic</c>), and which names it declares and uses.
/// </summary>
internal sealed class SourceScan
{
    /// <summary>The walk's limit on a stackalloc's length (SandboxWalker.Constructs.cs).</summary>
    public const int MaxStackAllocLength = 1024;

    private SourceScan()
    {
    }

    /// <summary>True when the walk must judge the source whatever the metadata says.</summary>
    public bool NeedsWalk { get; private set; }

    /// <summary>Identifiers the source refers to (simple and generic names, not named arguments or tuple names).</summary>
    public HashSet<string> UsedNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The sizes of stackalloc expressions; each must be a constant of at most <see cref="MaxStackAllocLength"/>.</summary>
    public List<ExpressionSyntax> StackAllocSizes { get; } = [];

    /// <summary>The full names that aliases and <c>using static</c> directives name; each must be a type the metadata knows.</summary>
    public List<string> TypeTargets { get; } = [];

    /// <summary>Identifiers the source declares (types, members, parameters, locals, labels, type parameters).</summary>
    public HashSet<string> DeclaredNames { get; } = new(StringComparer.Ordinal);

    public static SourceScan Of(SyntaxTree tree)
    {
        var scan = new SourceScan();
        foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
        {
            if (scan.NeedsWalk)
            {
                break;
            }
            scan.Visit(node);
        }
        return scan;
    }

    private void Visit(SyntaxNode node)
    {
        switch (node)
        {
            case SimpleNameSyntax name:
                // Named arguments, tuple element names and anonymous member names bind to no type or member.
                if (node.Parent is not NameColonSyntax and not NameEqualsSyntax)
                {
                    var text = name.Identifier.ValueText;
                    NeedsWalk |= text == "dynamic";
                    UsedNames.Add(text);
                }
                return;
            case UsingDirectiveSyntax directive:
                // using unsafe and forbidden namespaces are judged by the walk. An alias or using static must name a
                // non-generic type by its full name, which the metadata then has to reference or define.
                NeedsWalk |= !directive.UnsafeKeyword.IsKind(SyntaxKind.None)
                    || SandboxAllowlist.ForbiddenNamespaceOf(directive.NamespaceOrType.ToString()) is not null;
                if (directive.Alias is not null || !directive.StaticKeyword.IsKind(SyntaxKind.None))
                {
                    NeedsWalk |= directive.NamespaceOrType is not (QualifiedNameSyntax or IdentifierNameSyntax)
                        || directive.NamespaceOrType.DescendantNodes().Any(n => n is not (IdentifierNameSyntax or QualifiedNameSyntax));
                    TypeTargets.Add(directive.NamespaceOrType.ToString());
                    if (directive.Alias is not null)
                    {
                        DeclaredNames.Add(directive.Alias.Name.Identifier.ValueText);
                    }
                }
                return;
            case QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberAccessExpressionSyntax:
                var dotted = string.Concat(node.ToString().Where(c => !char.IsWhiteSpace(c)));
                NeedsWalk |= SandboxAllowlist.ForbiddenNamespaceOf(dotted) is not null;
                NeedsWalk |= node.IsKind(SyntaxKind.PointerMemberAccessExpression);
                return;
            case StackAllocArrayCreationExpressionSyntax allocation:
                AddStackAllocSizes(allocation);
                break;
            case ParameterSyntax { Identifier.RawKind: (int)SyntaxKind.ArgListKeyword }:
            case AttributeListSyntax:
            case ExternAliasDirectiveSyntax:
            case UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax:
            case LockStatementSyntax or AwaitExpressionSyntax or DestructorDeclarationSyntax:
            case MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax:
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.ArgListExpression }:
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression or (int)SyntaxKind.PointerIndirectionExpression }:
                NeedsWalk = true;
                return;
        }
        NeedsWalk |= HasForbiddenModifier(node);
        AddDeclaredName(node);
    }

    // unsafe, fixed buffers, extern and async are judged (and reported) by the walk.
    private static bool HasForbiddenModifier(SyntaxNode node)
    {
        var modifiers = node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax function => function.Modifiers,
            AccessorDeclarationSyntax accessor => accessor.Modifiers,
            AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers,
            LocalDeclarationStatementSyntax local => local.Modifiers,
            ParameterSyntax parameter => parameter.Modifiers,
            _ => default,
        };
        foreach (var modifier in modifiers)
        {
            if (modifier.Kind() is SyntaxKind.UnsafeKeyword or SyntaxKind.FixedKeyword or SyntaxKind.ExternKeyword or SyntaxKind.AsyncKeyword)
            {
                return true;
            }
        }
        return false;
    }

    // The identifier a declaration introduces; a use of it needs no metadata to explain it.
    private void AddDeclaredName(SyntaxNode node)
    {
        var identifier = node switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier,
            DelegateDeclarationSyntax @delegate => @delegate.Identifier,
            MethodDeclarationSyntax method => method.Identifier,
            PropertyDeclarationSyntax property => property.Identifier,
            EventDeclarationSyntax @event => @event.Identifier,
            EnumMemberDeclarationSyntax member => member.Identifier,
            ConstructorDeclarationSyntax constructor => constructor.Identifier,
            VariableDeclaratorSyntax variable => variable.Identifier,
            ParameterSyntax parameter => parameter.Identifier,
            TypeParameterSyntax parameter => parameter.Identifier,
            LocalFunctionStatementSyntax function => function.Identifier,
            SingleVariableDesignationSyntax designation => designation.Identifier,
            ForEachStatementSyntax loop => loop.Identifier,
            CatchDeclarationSyntax @catch => @catch.Identifier,
            LabeledStatementSyntax label => label.Identifier,
            FromClauseSyntax from => from.Identifier,
            LetClauseSyntax let => let.Identifier,
            JoinClauseSyntax join => join.Identifier,
            QueryContinuationSyntax continuation => continuation.Identifier,
            _ => default,
        };
        if (identifier.IsKind(SyntaxKind.IdentifierToken))
        {
            DeclaredNames.Add(identifier.ValueText);
        }
    }

    // Generated code stack-allocates small fixed buffers; their sizes are checked as constants by MetadataSandbox,
    // and anything but a one-dimensional size or a short initializer is for the walk to judge and report.
    private void AddStackAllocSizes(StackAllocArrayCreationExpressionSyntax node)
    {
        if (node.Initializer is not null)
        {
            NeedsWalk |= node.Initializer.Expressions.Count > MaxStackAllocLength;
            return;
        }
        if (node.Type is ArrayTypeSyntax { RankSpecifiers: [{ Sizes: [var size] }] } && size is not OmittedArraySizeExpressionSyntax)
        {
            StackAllocSizes.Add(size);
            return;
        }
        NeedsWalk = true;
    }
}

using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Binding;

// Query clauses: for (plain, combinations, grouped by), where, let, sample, budget, draw; the emit block is in .Emit.cs.
internal abstract partial class QueryBinder : CallBinder
{
    internal const int MaxImages = 16;

    private protected QueryBinder(SourceText source, GeneratorDeclarationSyntax syntax, PhraseSetTable phraseSets, DefTable defs)
        : base(source, syntax, phraseSets, defs)
    {
    }

    private protected const long MaxBudget = 1_000_000;

    private protected List<BoundClause> BindQuery(int imageCount, TextSpan imagesSpan, out int drawCount)
    {
        var clauses = new List<BoundClause>();
        var query = _syntax.QueryClauses.ToList();
        BoundForClause? lastFor = null;
        var drawSeen = false;
        drawCount = 0;
        for (var i = 0; i < query.Count; i++)
        {
            switch (query[i])
            {
                case ForClauseSyntax forClause:
                    lastFor = BindFor(forClause, VariableKind.For);
                    clauses.Add(lastFor);
                    break;
                case WhereClauseSyntax where:
                    clauses.Add(new BoundWhereClause(where.Span, BindCondition(where.Condition, "the 'where' condition")));
                    break;
                case LetClauseSyntax let:
                    var value = BindValue(let.Value);
                    clauses.Add(new BoundLetClause(let.Span, Declare(let.Name, value.Type, VariableKind.Let), value));
                    break;
                case SampleClauseSyntax sample:
                    var count = BindExpression(sample.Count);
                    RequireType(count, TypeSymbol.Int, "the sample size");
                    if (lastFor is null)
                    {
                        Report(BindingDiagnostics.SampleWithoutFor(sample.KeywordSpan));
                    }
                    clauses.Add(new BoundSampleClause(sample.Span, count, lastFor));
                    break;
                case BudgetClauseSyntax budget:
                    if (!IsMultiImage)
                    {
                        Report(BindingDiagnostics.MultiImageClauseInSingleImage(budget.KeywordSpan, "budget"));
                    }
                    else if (i != 0)
                    {
                        Report(BindingDiagnostics.MisplacedDrawClause(budget.KeywordSpan, "budget"));
                    }
                    var limit = ConstantInt(budget.Limit, "the budget", 1, (int)MaxBudget) ?? GeneratorContext.DefaultDrawBudget;
                    clauses.Add(new BoundBudgetClause(budget.Span, limit));
                    break;
                case DrawClauseSyntax draw:
                    if (!IsMultiImage)
                    {
                        Report(BindingDiagnostics.MultiImageClauseInSingleImage(draw.KeywordSpan, "draw"));
                    }
                    else if (drawSeen || !(i == 0 || (i == 1 && query[0] is BudgetClauseSyntax)))
                    {
                        Report(BindingDiagnostics.MisplacedDrawClause(draw.KeywordSpan, "draw"));
                    }
                    var bound = BindDraw(draw, imageCount, imagesSpan);
                    if (IsMultiImage && !drawSeen && bound.Count > 0 && !bound.PerItem)
                    {
                        drawCount = bound.Count;
                        if (imageCount > 0 && imageCount != bound.Count)
                        {
                            Report(BindingDiagnostics.DrawCountMismatch(draw.Count.Span, bound.Count, imageCount));
                        }
                    }
                    drawSeen = true;
                    clauses.Add(bound);
                    break;
                case EmitClauseSyntax emit:
                    clauses.Add(BindEmit(emit));
                    break;
            }
        }

        if (IsMultiImage && !drawSeen)
        {
            Report(BindingDiagnostics.MultiImageNeedsDraw(_syntax.Name.Span));
        }
        _ = imagesSpan;
        return clauses;
    }

    /// <summary>
    /// Binds a draw. Its count is a constant, or <c>imagesPerItem</c>: the run's images per item
    /// (<c>--images-per-item</c>), 2 to 16, whose default is the <c>images</c> clause (2 when absent).
    /// </summary>
    private protected BoundDrawClause BindDraw(DrawClauseSyntax draw, int imageCount, TextSpan imagesSpan)
    {
        var perItem = draw.Count is NameExpressionSyntax { Name.Text: PerItemName };
        var count = perItem ? PerItemDefault(imageCount, imagesSpan) : ConstantInt(draw.Count, "the number of images drawn", 1, MaxImages) ?? 0;
        var outer = PushScope();
        var it = new VariableSymbol("it", TypeSymbol.Image, VariableKind.It, draw.Predicate?.Span ?? draw.Span);
        if (!_scope.TryDeclare(it) && draw.Predicate is not null)
        {
            Report(BindingDiagnostics.NameAlreadyDefined(draw.Predicate.Span, "it"));
        }
        var predicate = draw.Predicate is null ? null : BindCondition(draw.Predicate, "the draw condition");
        _scope = outer;
        var variable = Declare(draw.Name, TypeSymbol.ListOf(TypeSymbol.Image), VariableKind.Draw);
        return new BoundDrawClause(draw.Span, variable, count, it, predicate, perItem) { Sharing = BindSharing(draw.Sharing) };
    }

    /// <summary>
    /// The keys every draw shares (<c>sharing [unique] labels|attributes|relations</c>), or null: the needs decide,
    /// every other draw.
    /// </summary>
    private DrawSharing? BindSharing(DrawSharingSyntax? syntax)
    {
        if (syntax is null) return null;
        if (syntax.Word.Text != SharingWord)
        {
            Report(BindingDiagnostics.DrawSharingWordExpected(syntax.Word.Span, syntax.Word.Text));
            return null;
        }
        if (syntax.Unique is { } word && word.Text != UniqueWord)
        {
            Report(BindingDiagnostics.DrawSharingUniqueExpected(word.Span, word.Text));
            return null;
        }
        var kind = syntax.Need.Text;
        if (SharedNeeds.FirstOrDefault(n => n.Name == kind) is not ({ } name, var need, var sharing, var unique))
        {
            var kinds = SharedNeeds.Select(n => n.Name).ToArray();
            Report(BindingDiagnostics.InvalidDrawSharing(syntax.Need.Span, kind, NameSuggestions.DidYouMean(kind, kinds), string.Join(", ", kinds[..^1]) + " or " + kinds[^1]));
            return null;
        }
        if ((_declaredNeeds & need) == 0)
        {
            Report(BindingDiagnostics.DrawSharingNotNeeded(syntax.Need.Span, name, StandardLibrary.NeedNamesOf(need)));
        }
        return syntax.Unique is null ? sharing : unique;
    }

    /// <summary>The contextual word of <c>draw ... images sharing kind</c>.</summary>
    internal const string SharingWord = "sharing";

    /// <summary>The contextual word of <c>sharing unique kind</c>: the key's labels each on one object of every drawn image.</summary>
    internal const string UniqueWord = "unique";

    /// <summary>
    /// The kinds of key drawn images can share: the need the index keeps them for, and the sharing each names, plain
    /// and unique (docs/randomness.md#multi-image-draws).
    /// </summary>
    private static readonly (string Name, DataNeeds Need, DrawSharing Sharing, DrawSharing Unique)[] SharedNeeds =
    [
        ("labels", DataNeeds.Labels, DrawSharing.Label, DrawSharing.UniqueLabel),
        ("attributes", DataNeeds.Attributes, DrawSharing.AttributedLabel, DrawSharing.UniqueAttributedLabel),
        ("relations", DataNeeds.Relations, DrawSharing.RelatedLabels, DrawSharing.UniqueRelatedLabels),
        ("nounMeanings", DataNeeds.Attributes, DrawSharing.NounMeaning, DrawSharing.UniqueNounMeaning),
    ];

    /// <summary>The name a draw uses for "as many images as the run asks for".</summary>
    internal const string PerItemName = "imagesPerItem";

    /// <summary>Fewest images per item of a generator that draws <c>imagesPerItem</c> ("which image" needs two).</summary>
    internal const int MinPerItemImages = 2;

    private protected int PerItemDefault(int imageCount, TextSpan imagesSpan)
    {
        if (imageCount == 0)
        {
            return MinPerItemImages;
        }
        if (imageCount < MinPerItemImages)
        {
            Report(BindingDiagnostics.ConstantRequired(imagesSpan, "the default number of images of a draw of imagesPerItem images", $"from {MinPerItemImages} to {MaxImages}"));
        }
        return imageCount;
    }

    /// <summary>Binds a for clause (query or comprehension) and declares its variables in the current scope.</summary>
    private protected override BoundForClause BindFor(ForClauseSyntax syntax, VariableKind kind)
    {
        var source = BindExpression(syntax.Source);
        var forKind = ForKind.Elements;
        var combinationSize = 0;
        TypeSymbol elementType;
        if (source is BoundCall { Function.Form: SpecialForm.Combinations } call)
        {
            forKind = ForKind.Combinations;
            combinationSize = call.Type.ElementType is { Kind: TypeKind.Tuple } tuple ? tuple.Elements.Length : 0;
            elementType = call.Type.ElementType ?? TypeSymbol.Error;
            source = call.Arguments[0];
        }
        else if (source.Type.IsList)
        {
            elementType = source.Type.ElementType!;
        }
        else
        {
            if (!source.Type.IsError)
            {
                Report(BindingDiagnostics.NotIterable(syntax.Source.Span, source.Type.Name));
            }
            elementType = TypeSymbol.Error;
        }

        VariableSymbol? it = null;
        BoundExpression? key = null;
        if (syntax.GroupKey is not null)
        {
            forKind = ForKind.Groups;
            var outer = PushScope();
            it = new VariableSymbol("it", elementType, VariableKind.It, syntax.GroupKey.Span);
            if (!_scope.TryDeclare(it))
            {
                // A variable named 'it' would hide the element: keys could not name it.
                Report(BindingDiagnostics.NameAlreadyDefined(syntax.GroupKey.Span, "it"));
            }
            var previous = _groupKeyIt;
            _groupKeyIt = it;
            key = BindValue(syntax.GroupKey);
            _groupKeyIt = previous;
            _scope = outer;
            if (!key.Type.IsError && !IsEquatable(key.Type))
            {
                Report(BindingDiagnostics.TypeMismatch(syntax.GroupKey.Span, "a group key", "a value that can be compared with ==", key.Type.Name));
            }
        }

        var memberType = elementType;
        var patternType = forKind == ForKind.Groups
            ? TypeSymbol.TupleOf([key!.Type, TypeSymbol.ListOf(elementType)])
            : elementType;
        var pattern = BindForPattern(syntax, patternType, forKind, kind);
        return new BoundForClause(syntax.Span, forKind, pattern, source, combinationSize, it, key, memberType);
    }

    private protected BoundPattern BindForPattern(ForClauseSyntax syntax, TypeSymbol type, ForKind forKind, VariableKind kind)
    {
        var span = syntax.Variables.Length == 0 ? syntax.Span : syntax.Variables[0].Span.Cover(syntax.Variables[^1].Span);
        if (syntax.Variables.Length == 1)
        {
            if (forKind == ForKind.Groups)
            {
                Report(BindingDiagnostics.PatternArityMismatch(syntax.Variables[0].Span, 1, "a group (key and elements)"));
                return BindPattern(syntax.Variables[0], TypeSymbol.Error, kind);
            }
            return BindPattern(syntax.Variables[0], type, kind);
        }
        return BindTupleElements(span, syntax.Variables, type, kind);
    }

    private protected BoundPattern BindPattern(PatternSyntax syntax, TypeSymbol type, VariableKind kind) => syntax switch
    {
        NamePatternSyntax name => new BoundNamePattern(name.Span, Declare(name.Name, type, kind)),
        TuplePatternSyntax tuple => BindTupleElements(tuple.Span, tuple.Elements, type, kind),
        _ => throw new InvalidOperationException("unknown pattern " + syntax.Kind),
    };

    private protected BoundTuplePattern BindTupleElements(TextSpan span, ImmutableArray<PatternSyntax> elements, TypeSymbol type, VariableKind kind)
    {
        var fits = type.Kind == TypeKind.Tuple && type.Elements.Length == elements.Length;
        if (!fits && !type.IsError)
        {
            Report(BindingDiagnostics.PatternArityMismatch(span, elements.Length, type.Name));
        }
        var bound = ImmutableArray.CreateBuilder<BoundPattern>(elements.Length);
        for (var i = 0; i < elements.Length; i++)
        {
            bound.Add(BindPattern(elements[i], fits ? type.Elements[i] : TypeSymbol.Error, kind));
        }
        return new BoundTuplePattern(span, fits ? type : TypeSymbol.Error, bound.MoveToImmutable());
    }

    /// <summary>The value of a constant integer expression within [min, max], or null after reporting PV1017.</summary>
    private protected int? ConstantInt(ExpressionSyntax syntax, string what, int min, int max)
    {
        var bound = BindExpression(syntax);
        if (bound.Type.IsError)
        {
            return null;
        }
        if (bound.ConstantValue is long value && value >= min && value <= max)
        {
            return (int)value;
        }
        Report(BindingDiagnostics.ConstantRequired(syntax.Span, what, $"from {min} to {max}"));
        return null;
    }
}

using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Binding;

/// <summary>
/// Binds one generator: header, the query and emit block (<see cref="QueryBinder"/>, over <see cref="CallBinder"/> and
/// <see cref="ExpressionBinder"/>), the templates (<c>.Templates.cs</c>), then the checks that need the whole generator
/// (data needs, unused slots, template expansions); for an instance of a parameterised generator, its arguments first
/// (<c>.Instances.cs</c>).
/// </summary>
internal sealed partial class GeneratorBinder : QueryBinder
{
    private readonly GeneratorInstance? _instance;

    /// <summary>
    /// A binder for the generator <paramref name="syntax"/> declared in <paramref name="source"/>, or, with
    /// <paramref name="instance"/>, for that instance of the parameterised generator <paramref name="syntax"/>.
    /// </summary>
    public GeneratorBinder(SourceText source, GeneratorDeclarationSyntax syntax, PhraseSetTable phraseSets, DefTable defs, GeneratorInstance? instance)
        : base(source, syntax, phraseSets, defs)
    {
        _instance = instance;
    }

    public BoundGenerator Bind()
    {
        BindInstanceArguments();
        var (aliases, imageCount, imagesSpan) = BindHeader();
        var clauses = BindQuery(imageCount, imagesSpan, out var drawCount);
        if (IsMultiImage && imageCount == 0)
        {
            imageCount = drawCount > 0 ? drawCount : 2;
        }

        var emitScope = _scope;
        var emit = clauses.Count > 0 ? clauses[^1] as BoundEmitClause : null;
        var slots = emit is null ? [] : emit.Slots.Select(s => s.Slot).ToImmutableArray();
        var templates = new TemplateBinder(this, slots, emit is not null, emitScope);
        var asks = ImmutableArray.CreateBuilder<BoundAsk>();
        var tells = ImmutableArray.CreateBuilder<BoundTell>();
        foreach (var clause in _syntax.Templates)
        {
            switch (clause)
            {
                case AskClauseSyntax ask:
                    asks.Add(new BoundAsk(ask.Span, templates.Bind(ask.Question), templates.Bind(ask.Answer)));
                    break;
                case TellClauseSyntax tell:
                    tells.Add(new BoundTell(tell.Span, templates.Bind(tell.Description)));
                    break;
            }
        }

        if (emit is not null)
        {
            foreach (var slot in emit.Slots)
            {
                if (!templates.UsedSlots.Contains(slot.Slot.Name))
                {
                    Report(BindingDiagnostics.UnusedSlot(slot.Slot.Declaration, slot.Slot.Name));
                }
            }
        }

        ReportMissingNeeds();
        ReportUnusedLets(clauses);
        var generator = new BoundGenerator(
            _syntax.Span,
            _source,
            _syntax,
            _instance?.Syntax.Name.Text ?? _syntax.Name.Text,
            aliases,
            _family,
            _declaredNeeds,
            IsMultiImage ? imageCount : 1,
            [.. clauses],
            asks.ToImmutable(),
            tells.ToImmutable())
        {
            Instance = _instance,
        };
        return generator with { PhrasingsDistinctAsWritten = TemplateChecks.Run(generator, _phraseSets, Report) };
    }

    private (ImmutableArray<string> Aliases, int ImageCount, TextSpan ImagesSpan) BindHeader()
    {
        var aliases = ImmutableArray.CreateBuilder<string>();
        var imageCount = 0;
        var imagesSpan = default(TextSpan);
        ImagesClauseSyntax? images = null;
        _family = GeneratorFamily.Object;
        foreach (var clause in _syntax.HeaderClauses)
        {
            switch (clause)
            {
                case FamilyClauseSyntax family when !family.Name.IsMissing:
                    if (GeneratorFamilies.TryParse(family.Name.Text, out var parsed))
                    {
                        _family = parsed;
                    }
                    else
                    {
                        Report(BindingDiagnostics.InvalidFamily(family.Name.Span, family.Name.Text, NameSuggestions.DidYouMean(family.Name.Text, Enum.GetValues<GeneratorFamily>().Select(f => f.ToName()))));
                    }
                    break;
                case NeedsClauseSyntax needs:
                    foreach (var need in needs.Needs.Where(n => !n.IsMissing))
                    {
                        if (StandardLibrary.LookupNeed(need.Text) is { } flag)
                        {
                            _declaredNeeds |= flag;
                        }
                        else
                        {
                            Report(BindingDiagnostics.InvalidNeed(need.Span, need.Text, NameSuggestions.DidYouMean(need.Text, StandardLibrary.NeedNames.Select(n => n.Name))));
                        }
                    }
                    break;
                case AliasClauseSyntax alias when !alias.Name.IsMissing:
                    aliases.Add(alias.Name.Text);
                    break;
                case ImagesClauseSyntax clauseImages:
                    images = clauseImages;
                    break;
            }
        }

        if (images is not null)
        {
            if (!IsMultiImage)
            {
                Report(BindingDiagnostics.MultiImageClauseInSingleImage(images.KeywordSpan, "images"));
            }
            else
            {
                imageCount = ConstantInt(images.Count, "the number of images", 1, MaxImages) ?? 0;
                imagesSpan = images.Span;
            }
        }
        return (aliases.ToImmutable(), imageCount, imagesSpan);
    }


    private void ReportUnusedLets(List<BoundClause> clauses)
    {
        var used = clauses.SelectMany(c => c.DescendantsAndSelf()).OfType<BoundVariable>().Select(v => v.Variable).ToHashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
        foreach (var let in clauses.OfType<BoundLetClause>())
        {
            if (!used.Contains(let.Variable) && !let.Variable.IsDiscard)
            {
                Report(BindingDiagnostics.UnusedLet(let.Variable.Declaration, let.Variable.Name));
            }
        }
    }



    // One diagnostic per place that first reads undeclared data, naming every need it misses.
    private void ReportMissingNeeds()
    {
        var missing = new List<(TextSpan Span, string What, DataNeeds Needs)>();
        foreach (var (_, flag) in StandardLibrary.NeedNames)
        {
            if ((_declaredNeeds & flag) == 0 && _usedNeeds.TryGetValue(flag, out var use))
            {
                var at = missing.FindIndex(m => m.Span == use.Span);
                if (at < 0)
                {
                    missing.Add((use.Span, use.What, flag));
                }
                else
                {
                    missing[at] = (use.Span, use.What, missing[at].Needs | flag);
                }
            }
        }
        foreach (var (span, what, needs) in missing)
        {
            Report(BindingDiagnostics.MissingNeed(span, StandardLibrary.NeedNamesOf(needs), what));
        }
    }


}

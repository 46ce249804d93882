using System.Collections.Immutable;
using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Symbols;
using ProVision.Compiler.Syntax;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Binding;

/// <summary>
/// Binds one generator: header, query clauses (each opening the scope for the rest), the emit block, the templates,
/// then the checks that need the whole generator (data needs, unused slots, template expansions). Split by concern:
/// <c>GeneratorBinder.Query.cs</c>, <c>.Expressions.cs</c>, <c>.Calls.cs</c>, <c>.Emit.cs</c>, <c>.Templates.cs</c>.
/// </summary>
internal sealed partial class GeneratorBinder
{
    internal const int MaxImages = 16;

    private readonly SourceText _source;
    private readonly GeneratorDeclarationSyntax _syntax;
    private readonly PhraseSetTable _phraseSets;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<DataNeeds, (TextSpan Span, string What)> _usedNeeds = [];
    private Scope _scope = new(null);
    private DataNeeds _declaredNeeds;
    private GeneratorFamily _family;
    private bool _inEmit;

    // Inside a `grouped by` key: `it`, whose members bare names may also mean (`grouped by label`).
    private VariableSymbol? _groupKeyIt;

    public GeneratorBinder(SourceText source, GeneratorDeclarationSyntax syntax, PhraseSetTable phraseSets)
    {
        _source = source;
        _syntax = syntax;
        _phraseSets = phraseSets;
    }

    /// <summary>The diagnostics, each with its source.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    private bool IsMultiImage => _family == GeneratorFamily.MultiImage;

    public BoundGenerator Bind()
    {
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
            _syntax.Name.Text,
            aliases,
            _family,
            _declaredNeeds,
            IsMultiImage ? imageCount : 1,
            [.. clauses],
            asks.ToImmutable(),
            tells.ToImmutable());
        TemplateChecks.Run(generator, _phraseSets, Report);
        return generator;
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

    /// <summary>The value of a constant integer expression within [min, max], or null after reporting PV1017.</summary>
    private int? ConstantInt(ExpressionSyntax syntax, string what, int min, int max)
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

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic with { Source = _source });

    /// <summary>Records that the generator reads <paramref name="needs"/> at <paramref name="span"/>.</summary>
    private void UseNeeds(DataNeeds needs, TextSpan span)
    {
        foreach (var (_, flag) in StandardLibrary.NeedNames)
        {
            if ((needs & flag) != 0 && !_usedNeeds.ContainsKey(flag))
            {
                _usedNeeds[flag] = (span, $"'{_source.ToString(span)}'");
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

    private VariableSymbol Declare(IdentifierSyntax name, TypeSymbol type, VariableKind kind)
    {
        var variable = new VariableSymbol(name.Text, type, kind, name.Span);
        if (!name.IsMissing && !_scope.TryDeclare(variable))
        {
            Report(BindingDiagnostics.NameAlreadyDefined(name.Span, name.Text));
        }
        return variable;
    }

    private Scope PushScope()
    {
        var outer = _scope;
        _scope = new Scope(outer);
        return outer;
    }
}

using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Diagnostics;
using ProVision.Compiler.Text;
using ProVision.Runtime.Generation;

namespace ProVision.Compiler.Linting;

/// <summary>
/// Where a generator's findings point: its ask and tell templates, emit entries and name in the .pvg file when the
/// bound generator is known, else the pack file with no span. Collects findings, one per code and place, so a rule
/// broken by a thousand expansions of one template is reported once, with its first example.
/// </summary>
internal sealed class LintLocations(CompiledGenerator generator, BoundGenerator? bound, string packPath)
{
    private readonly Dictionary<(string Code, int Start, int Length), LintFinding> _findings = [];
    private readonly List<LintFinding> _order = [];

    public CompiledGenerator Generator { get; } = generator;

    public BoundGenerator? Bound { get; } = bound;

    public IReadOnlyList<LintFinding> Findings => _order;

    public TextSpan Ask(int ask, bool answer = false) =>
        Bound is { } b && ask < b.Asks.Length ? (answer ? b.Asks[ask].Answer.Span : b.Asks[ask].Question.Span) : Whole;

    public TextSpan Tell(int tell) => Bound is { } b && tell < b.Tells.Length ? b.Tells[tell].Description.Span : Whole;

    public TextSpan Slot(string name) =>
        Bound?.Emit?.Slots.FirstOrDefault(s => s.Slot.Name == name)?.Span ?? Bound?.Emit?.Span ?? Whole;

    public TextSpan Choices => Bound?.Emit?.Choices?.Span ?? Bound?.Emit?.Span ?? Whole;

    private TextSpan Whole => Bound?.Syntax.Name.Span ?? default;

    public void Report(Diagnostic diagnostic, string example)
    {
        var key = (diagnostic.Code, diagnostic.Span.Start, diagnostic.Span.Length);
        if (_findings.ContainsKey(key))
        {
            return;
        }
        var finding = new LintFinding(diagnostic with { Source = Bound?.Source }, Bound?.Source.Path ?? packPath, Bound?.Source, Generator.Name, example);
        _findings[key] = finding;
        _order.Add(finding);
    }

    public void Report(RuleHit hit, TextSpan span, string example) => Report(hit.Make(span), example);
}

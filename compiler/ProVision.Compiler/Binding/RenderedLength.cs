using ProVision.Compiler.BoundTree;
using ProVision.Compiler.Symbols;

namespace ProVision.Compiler.Binding;

/// <summary>
/// The longest text a template or phrase set can render, slot values not counted, computed from the bound tree
/// without expanding anything: a phrase set that doubles itself 39 times (<c>q1 = "{q0}{q0}"</c> ...) is 2^39
/// characters long on paper and one multiplication here. Beyond <see cref="Limit"/> it is PV1052, found before any
/// expansion runs, so neither <c>check</c> nor <c>generate</c> ever builds such a string.
/// </summary>
internal sealed class RenderedLength(Func<PhraseSetSymbol, BoundPhraseSet?> lookup)
{
    /// <summary>The longest rendering a template or phrase set may have, in UTF-16 characters.</summary>
    public const int Limit = 10_000;

    // Per phrase set; a double, so 2^1000 stays a (huge) number instead of wrapping. Cycles were reported already
    // (PV1027) and count as 0 here.
    private readonly Dictionary<PhraseSetSymbol, double> _sets = [];

    public double Of(BoundTemplate template)
    {
        var total = 0.0;
        foreach (var part in template.Parts)
        {
            total += Of(part);
        }
        return total;
    }

    public double OfPhraseSet(PhraseSetSymbol name)
    {
        if (_sets.TryGetValue(name, out var known))
        {
            return known;
        }
        _sets[name] = 0; // a cycle reaching back here adds nothing
        var longest = lookup(name) is { } set ? set.Alternatives.Select(Of).DefaultIfEmpty(0).Max() : 0;
        _sets[name] = longest;
        return longest;
    }

    /// <summary>"1,234" or "about 5.5e11" for a message.</summary>
    public static string Format(double length) =>
        length < 1e9 ? length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "about " + length.ToString("0.#e0", System.Globalization.CultureInfo.InvariantCulture);

    private double Of(BoundTemplatePart part) => part switch
    {
        BoundTemplateText text => text.Text.Length,
        BoundTemplateGroup group => group.Alternatives.Select(Of).DefaultIfEmpty(0).Max(),
        BoundPhraseSetHole hole => OfPhraseSet(hole.PhraseSet),
        _ => 0, // slots: their values are data, bounded by the loaders' field limits
    };
}

namespace ProVision.Generators.Tests.Verification;

/// <content>What counts as a real attribute or predicate when judging a distractor.</content>
internal sealed partial class ItemCheck
{
    private HashSet<string>? _knownAttributes;
    private HashSet<string>? _knownPredicates;

    /// <summary>An attribute of the vocabulary (any category) or of some object in the item's graphs.</summary>
    public bool IsKnownAttribute(string attribute)
    {
        _knownAttributes ??= new HashSet<string>(
            Vocabulary.Categories.SelectMany(c => Vocabulary.AttributesIn(c))
                .Concat(Graphs.SelectMany(g => g.Objects).SelectMany(o => o.Attributes)),
            StringComparer.OrdinalIgnoreCase);
        return _knownAttributes.Contains(attribute);
    }

    /// <summary>
    /// A predicate of the vocabulary, of the item's graphs, or of <see cref="VerifierOptions.DatasetPredicates"/>
    /// ("seen in the data set"); never the dropped "of".
    /// </summary>
    public bool IsKnownPredicate(string predicate)
    {
        _knownPredicates ??= new HashSet<string>(
            Vocabulary.Predicates.Concat(Graphs.SelectMany(g => g.Relations).Select(r => r.Predicate)).Concat(Options.DatasetPredicates),
            StringComparer.OrdinalIgnoreCase);
        return predicate != Support.GraphFacts.DroppedPredicate && _knownPredicates.Contains(predicate);
    }
}

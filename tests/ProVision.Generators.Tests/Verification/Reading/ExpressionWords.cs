using System.Text.RegularExpressions;
using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.Reading;

/// <summary>
/// A referring expression read from its words: "white object that is holding the wooden bat", "object that the cup
/// is on", "object, which the cat is next to,". Own attributes, then at most one relation to a neighbour noun
/// phrase. It denotes every object a reader may take to have those attributes that has such a relation to any object
/// of the neighbour's noun group that may have the neighbour's attributes (docs/evidence.md#attributes-a-reader-sees).
/// </summary>
internal sealed record ExpressionWords(List<string> Own, string? Predicate, bool ObjectIsSubject, List<string> NeighborAttributes, string? Neighbor)
{
    /// <summary>Parses the expression; null after a failure naming the words it could not read.</summary>
    public static ExpressionWords? Parse(Reader reader, string phrase)
    {
        var text = phrase.Trim().TrimEnd(',').Trim();
        if (text.StartsWith("the ", StringComparison.Ordinal)) text = text[4..];
        var at = Regex.Match(text, @"\bobject\b") is { Success: true } word ? word.Index : -1;
        if (at < 0)
        {
            reader.Fail(ReadingRule.Referent, $"cannot read the expression '{phrase}': it has no word 'object'");
            return null;
        }
        var own = Attributes(text[..at].Trim());
        var clause = text[Math.Min(text.Length, at + "object".Length)..].Trim();
        if (clause.Length == 0)
        {
            return new ExpressionWords(own, null, false, [], null);
        }
        clause = clause.StartsWith(", which ", StringComparison.Ordinal) ? clause[8..] : clause.StartsWith("that ", StringComparison.Ordinal) ? clause[5..] : "";
        var predicates = reader.Check.Graph.Relations.Select(r => r.Predicate).Distinct().OrderByDescending(p => p.Length).ToList();
        // The object ("object", singular) is the subject: "is holding the bat", or a finite predicate as it is
        // ("contains the bowl").
        foreach (var predicate in predicates)
        {
            var verb = VerbWords.After(predicate, pluralSubject: false);
            if (clause.StartsWith(verb + " the ", StringComparison.Ordinal)
                && NameWords.Split(reader, clause[(verb.Length + 5)..]) is var (forwardAttributes, forwardNoun))
            {
                return new ExpressionWords(own, predicate, true, forwardAttributes, forwardNoun);
            }
        }
        // The neighbour is the subject, and the verb agrees with its noun: "that the cup is on", "that the leaves are
        // on", "that the bowls contain".
        if (clause.StartsWith("the ", StringComparison.Ordinal))
        {
            foreach (var predicate in predicates)
            {
                foreach (var (verb, plural) in new[] { (VerbWords.After(predicate, false), false), (VerbWords.After(predicate, true), true) })
                {
                    if (clause.EndsWith(" " + verb, StringComparison.Ordinal)
                        && NameWords.Split(reader, clause[4..^(verb.Length + 1)]) is var (backwardAttributes, backwardNoun))
                    {
                        var number = reader.Noun(backwardNoun).Number;
                        if (number != NounNumber.Either && plural != (number is NounNumber.Plural or NounNumber.PluralOnly))
                        {
                            reader.Fail(ReadingRule.Number, $"'the {backwardNoun} {verb}': the verb does not agree with the noun");
                        }
                        return new ExpressionWords(own, predicate, false, backwardAttributes, backwardNoun);
                    }
                }
            }
        }
        reader.Fail(ReadingRule.Referent, $"cannot read the expression '{phrase}' as 'object that is <predicate> the <noun>' or 'object that the <noun> is <predicate>' with a predicate of the image");
        return null;
    }

    /// <summary>
    /// Every object of the image "the {neighbour attributes} {neighbour}" may denote: of its noun group, a reader may take
    /// it to have the attributes (a bat with no material named may be wooden). None without a neighbour.
    /// </summary>
    public SortedSet<int> Neighbors(Reader reader)
    {
        var (graph, vocabulary) = (reader.Check.Graph, reader.Check.Vocabulary);
        return Neighbor is null ? [] : [.. reader.Group(Neighbor).Where(n => NeighborAttributes.All(a => AttributeContrast.MayHave(vocabulary, graph, n, a)))];
    }

    /// <summary>
    /// Every object of the image the expression may denote: a reader may take it to have the own attributes, and it has
    /// a relation of an overlapping predicate to one of <see cref="Neighbors"/>.
    /// </summary>
    public SortedSet<int> Denotes(Reader reader)
    {
        var (graph, vocabulary) = (reader.Check.Graph, reader.Check.Vocabulary);
        var neighbors = Neighbors(reader);
        return [.. Enumerable.Range(0, graph.Objects.Length).Where(x => Own.All(a => AttributeContrast.MayHave(vocabulary, graph, x, a))
            && (Predicate is null || GraphFacts.Relations(graph).Any(p => SceneGraphFamily.Expression.PredicatesOverlap(vocabulary, p.Relation.Predicate, Predicate)
                && (ObjectIsSubject ? p.Relation.Subject == x && neighbors.Contains(p.Relation.Object) && p.Relation.Object != x
                                    : p.Relation.Object == x && neighbors.Contains(p.Relation.Subject) && p.Relation.Subject != x))))];
    }

    private static List<string> Attributes(string words) =>
        [.. words.Replace(", and ", ", ", StringComparison.Ordinal).Replace(" and ", ", ", StringComparison.Ordinal)
            .Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

using System.Collections.Immutable;
using ProVision.Runtime.Text;

namespace ProVision.Runtime.Stdlib.SceneGraphFamily;

/// <summary>Which way the relation in a referring expression points, seen from the described object.</summary>
public enum RelationDirection
{
    /// <summary>The described object is the subject: "the object that is holding the bat".</summary>
    Outgoing,

    /// <summary>The described object is the object: "the object that the batter is holding".</summary>
    Incoming,
}

/// <summary>
/// A referring expression for one object: some of its own attributes and, optionally, one related object
/// (by label, with some of its attributes) joined by one relation. It deliberately does not name the described
/// object's label: that is what the questions ask for.
/// </summary>
public sealed record ReferringExpression(
    int Node,
    ImmutableArray<string> Attributes,
    int? Neighbor,
    string? NeighborLabel,
    ImmutableArray<string> NeighborAttributes,
    string? Predicate,
    RelationDirection Direction)
{
    /// <summary>
    /// The canonical form used to deduplicate and to find every object the expression describes: sorted
    /// attributes, and the neighbour by label and sorted attributes (not by identity).
    /// </summary>
    public string Key { get; } = BuildKey(Attributes, Neighbor, NeighborLabel, NeighborAttributes, Predicate, Direction);

    // Phrases are built on first use and kept: the scene-graph generators read the same expression's phrase for
    // many items of an image (every pair it takes part in). Not part of equality (see Equals).
    private string? _phrase;
    private string? _appositivePhrase;

    /// <summary>
    /// What <see cref="ExpressionReading"/>'s checks answered for this expression, with the graph and vocabulary they
    /// read (the scene-graph generators ask them of the same expression many times). Not part of equality.
    /// </summary>
    internal ExpressionReadings? Readings { get; set; }

    public bool HasNeighbor => Neighbor is not null;

    /// <summary>How many elements the expression uses (attributes, the neighbour, the neighbour's attributes).</summary>
    public int Size => Attributes.Length + (HasNeighbor ? 1 + NeighborAttributes.Length : 0);

    /// <summary>"white object that is holding the wooden bat", "object that the swinging batter is wearing".</summary>
    public string Phrase => _phrase ??= Describe(relative: "that");

    /// <summary>The appositive form used inside longer questions: "white object, which is wearing the blue uniform,".</summary>
    public string AppositivePhrase => _appositivePhrase ??= HasNeighbor ? $"{Head}, {Clause("which")}," : Head;

    /// <summary>Equality over the expression's parts (as a record's would be), leaving out the cached phrases.</summary>
    public bool Equals(ReferringExpression? other) =>
        other is not null
        && Node == other.Node
        && Attributes.Equals(other.Attributes)
        && Neighbor == other.Neighbor
        && string.Equals(NeighborLabel, other.NeighborLabel, StringComparison.Ordinal)
        && NeighborAttributes.Equals(other.NeighborAttributes)
        && string.Equals(Predicate, other.Predicate, StringComparison.Ordinal)
        && Direction == other.Direction;

    public override int GetHashCode() =>
        HashCode.Combine(Node, Attributes, Neighbor, NeighborLabel, NeighborAttributes, Predicate, Direction);

    private string Head => Attributes.IsEmpty ? "object" : $"{ListPhrases.JoinList(Attributes.AsSpan())} object";

    private string Describe(string relative) => HasNeighbor ? $"{Head} {Clause(relative)}" : Head;

    private string Clause(string relative)
    {
        var neighbor = NeighborAttributes.IsEmpty
            ? $"the {NeighborLabel}"
            : $"the {ListPhrases.JoinList(NeighborAttributes.AsSpan())} {NeighborLabel}";
        // The verb agrees with its subject: the described object ("object", singular) or a plural-labelled neighbour
        // ("the object that the leaves are on"); a finite predicate reads as it is ("that the dog wears"), as in captions.
        return Direction == RelationDirection.Outgoing
            ? $"{relative} {Inflection.VerbPhrase(Predicate!)} {neighbor}"
            : $"{relative} {neighbor} {Inflection.VerbPhrase(Predicate!, Inflection.IsPlural(NeighborLabel!))}";
    }

    // The builder of BuildKey, cleared and reused (one per thread): every candidate expression of every image gets a key.
    [ThreadStatic]
    private static System.Text.StringBuilder? t_keyBuilder;

    /// <summary>
    /// <c>sorted(attributes).join(",") + "|" + (no neighbour ? "" : direction:predicate:label:sorted(neighbour attributes).join(","))</c>,
    /// with ordinal sorting. Built without LINQ: every expression of every image gets one.
    /// </summary>
    private static string BuildKey(ImmutableArray<string> attributes, int? neighbor, string? neighborLabel,
        ImmutableArray<string> neighborAttributes, string? predicate, RelationDirection direction)
    {
        var key = t_keyBuilder ??= new System.Text.StringBuilder(64);
        key.Clear();
        AppendSorted(key, attributes);
        key.Append('|');
        if (neighbor is not null)
        {
            key.Append(direction == RelationDirection.Outgoing ? nameof(RelationDirection.Outgoing) : direction == RelationDirection.Incoming ? nameof(RelationDirection.Incoming) : direction.ToString())
                .Append(':').Append(predicate).Append(':').Append(neighborLabel).Append(':');
            AppendSorted(key, neighborAttributes);
        }
        return key.ToString();
    }

    private static void AppendSorted(System.Text.StringBuilder key, ImmutableArray<string> values)
    {
        if (values.Length == 1)
        {
            key.Append(values[0]);
            return;
        }
        if (values.Length == 2)
        {
            var inOrder = string.CompareOrdinal(values[0], values[1]) <= 0;
            key.Append(values[inOrder ? 0 : 1]).Append(',').Append(values[inOrder ? 1 : 0]);
            return;
        }
        var sorted = values.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0) key.Append(',');
            key.Append(sorted[i]);
        }
    }
}

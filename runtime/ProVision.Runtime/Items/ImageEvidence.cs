using System.Collections.Immutable;

namespace ProVision.Runtime.Items;

/// <summary>
/// The scene-graph elements of one image that an item's answer rests on: indices into that image's
/// objects and relations. Lets a verifier re-check an answer and lets analysis count what was used.
/// </summary>
public sealed class ImageEvidence : IEquatable<ImageEvidence>
{
    /// <summary>Evidence with no objects and no relations.</summary>
    public static ImageEvidence None { get; } = new(ImmutableArray<int>.Empty, ImmutableArray<int>.Empty);

    /// <summary>Creates evidence; a default array is taken as empty.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative.</exception>
    public ImageEvidence(ImmutableArray<int> objects, ImmutableArray<int> relations)
    {
        Objects = Normalise(objects, nameof(objects));
        Relations = Normalise(relations, nameof(relations));
    }

    /// <summary>Object indices, in the order the generator recorded them.</summary>
    public ImmutableArray<int> Objects { get; }

    /// <summary>Relation indices, in the order the generator recorded them.</summary>
    public ImmutableArray<int> Relations { get; }

    /// <summary>Deconstructs into (<see cref="Objects"/>, <see cref="Relations"/>).</summary>
    public void Deconstruct(out ImmutableArray<int> objects, out ImmutableArray<int> relations)
    {
        objects = Objects;
        relations = Relations;
    }

    /// <summary>Value equality: same indices in the same order.</summary>
    public bool Equals(ImageEvidence? other) =>
        other is not null && Objects.AsSpan().SequenceEqual(other.Objects.AsSpan()) && Relations.AsSpan().SequenceEqual(other.Relations.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImageEvidence);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var index in Objects)
        {
            hash.Add(index);
        }
        hash.Add(-1); // separator, so ([1], []) and ([], [1]) hash differently
        foreach (var index in Relations)
        {
            hash.Add(index);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"objects [{string.Join(", ", Objects)}], relations [{string.Join(", ", Relations)}]";

    private static ImmutableArray<int> Normalise(ImmutableArray<int> indices, string parameter)
    {
        if (indices.IsDefault)
        {
            return ImmutableArray<int>.Empty;
        }
        foreach (var index in indices)
        {
            if (index < 0)
            {
                throw new ArgumentOutOfRangeException(parameter, index, "Evidence indices must be non-negative.");
            }
        }
        return indices;
    }
}

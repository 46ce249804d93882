using System.Collections.Immutable;

namespace ProVision.Runtime.Items;

/// <summary>
/// Per-image evidence of an item: entry <c>i</c> belongs to the item's <c>i</c>-th image.
/// </summary>
/// <remarks>
/// Kept per image even for single-image items so that code reading evidence never needs two paths;
/// only the JSON form differs (a flat object for one image, an <c>images</c> list for several).
/// </remarks>
public sealed class Evidence : IEquatable<Evidence>
{
    /// <summary>Creates evidence from one entry per image.</summary>
    /// <exception cref="ArgumentException"><paramref name="perImage"/> is default or holds a null entry.</exception>
    public Evidence(ImmutableArray<ImageEvidence> perImage)
    {
        if (perImage.IsDefault)
        {
            throw new ArgumentException("Evidence needs an entry per image; got a default array.", nameof(perImage));
        }
        foreach (var entry in perImage)
        {
            if (entry is null)
            {
                throw new ArgumentException("Evidence entries must not be null.", nameof(perImage));
            }
        }
        PerImage = perImage;
    }

    /// <summary>One entry per image, in the item's image order.</summary>
    public ImmutableArray<ImageEvidence> PerImage { get; }

    /// <summary>Evidence for a single-image item.</summary>
    public static Evidence Single(ImmutableArray<int> objects, ImmutableArray<int> relations) =>
        new([new ImageEvidence(objects, relations)]);

    /// <summary>Evidence for a single-image item from plain index lists.</summary>
    public static Evidence Single(IEnumerable<int> objects, IEnumerable<int> relations) =>
        Single([.. objects], [.. relations]);

    /// <summary>Empty evidence for an item over <paramref name="imageCount"/> images.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="imageCount"/> is less than 1.</exception>
    public static Evidence None(int imageCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(imageCount, 1);
        return new Evidence(ImmutableArray.CreateRange(Enumerable.Repeat(ImageEvidence.None, imageCount)));
    }

    /// <summary>Value equality: the same entries in the same order.</summary>
    public bool Equals(Evidence? other) => other is not null && PerImage.SequenceEqual(other.PerImage);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Evidence);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in PerImage)
        {
            hash.Add(entry);
        }
        return hash.ToHashCode();
    }
}

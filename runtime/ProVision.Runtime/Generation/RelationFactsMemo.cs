using System.Numerics;

namespace ProVision.Runtime.Generation;

/// <summary>
/// The decoded relation facts of recently drawn images of one data-set index, by image: a drawn graph is rebuilt on
/// every draw, and the relation generators (CompareRelation, HasRelation, HasNotRelation) draw the same images many
/// times (nine draws per item for CompareRelation, mostly failing on the relation facts alone), so decoding the facts
/// and listing the related pairs once per image instead of once per draw is most of what such a draw costs
/// (docs/performance.md, session 9).
/// </summary>
/// <remarks>
/// Direct-mapped and bounded (<see cref="Slots"/> images), so a run over a million images holds no more than a few
/// thousand images' facts; a data set up to that size keeps every image it draws. Shared by the threads of a run: a
/// slot holds one immutable entry, replaced whole, and two threads that decode the same image keep equal facts.
/// </remarks>
internal sealed class RelationFactsMemo
{
    /// <summary>The most images whose facts are kept (a power of two: the slot is the image index's low bits).</summary>
    internal const int Slots = 4096;

    private readonly Entry?[] _entries;

    /// <summary>A memo for an index of <paramref name="images"/> images: no more slots than images (a power of two).</summary>
    public RelationFactsMemo(int images) => _entries = new Entry?[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(images, 1, Slots))];

    /// <summary>The facts of image <paramref name="image"/> if kept, else null.</summary>
    public RelationFacts? Find(int image) => Volatile.Read(ref _entries[image & (_entries.Length - 1)]) is { } entry && entry.Image == image ? entry.Facts : null;

    /// <summary>Keeps the facts of image <paramref name="image"/>, in place of the image that held its slot.</summary>
    public void Keep(int image, RelationFacts facts) => Volatile.Write(ref _entries[image & (_entries.Length - 1)], new Entry(image, facts));

    private sealed record Entry(int Image, RelationFacts Facts);
}

using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

// The nouns of each image of the data set under this table's vocabulary, kept once read (IndexedImage.NounsUnder):
// every multi-image generator asks each drawn image's nouns, about 2-10 draws per item, and decoding them from the
// label facts on every draw was a large share of the per-item floor (docs/performance.md, session 9). Kept with the
// table because they are a function of the image and the vocabulary, and a table is made per vocabulary.
internal sealed partial class LabelNouns
{
    /// <summary>The nouns of the images read so far, up to <see cref="KeptPerImage{T}.DefaultCapacity"/> of them (and with them the objects' noun slots, <see cref="NounsOfGraph.ObjectSlots"/>).</summary>
    public KeptPerImage<NounsOfGraph> NounsOfImages { get; } = new();
}

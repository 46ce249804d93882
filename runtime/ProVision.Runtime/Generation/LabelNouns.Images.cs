using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

// The nouns of each image of the data set under this table's vocabulary, kept once read: a drawn image is rebuilt as a
// new graph on every draw, and every multi-image generator asks each drawn image's nouns (about 2-10 draws per item), so
// decoding them from the label facts again on every draw was a large share of the per-item floor. The nouns are a pure
// function of the summary and the vocabulary (docs/performance.md, session 9: the multi-image floor).
internal sealed partial class LabelNouns
{
    // Per image index; grown on demand (images may be added after the table is made). A race between threads only
    // reads the same nouns twice or drops a kept entry, which is read again on its next draw.
    private NounsOfGraph?[] _ofImage = [];

    /// <summary>The nouns of image <paramref name="image"/> kept by <see cref="Keep"/>, or null.</summary>
    public NounsOfGraph? KeptNounsOf(int image)
    {
        var kept = _ofImage;
        return image < kept.Length ? kept[image] : null;
    }

    /// <summary>Keeps <paramref name="nouns"/> as the nouns of image <paramref name="image"/> and returns them.</summary>
    public NounsOfGraph Keep(int image, NounsOfGraph nouns)
    {
        var kept = _ofImage;
        if (image >= kept.Length)
        {
            Array.Resize(ref kept, Math.Max(image + 1, kept.Length * 2));
            _ofImage = kept;
        }
        kept[image] = nouns;
        return nouns;
    }
}

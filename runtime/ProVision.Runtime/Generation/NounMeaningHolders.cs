using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Generation;

/// <summary>
/// Which images hold each (noun, attribute meaning) key of <see cref="DrawSharing.NounMeaning"/> and
/// <see cref="DrawSharing.UniqueNounMeaning"/> under one vocabulary: an image holds (car, red) when an object of the
/// noun "car" (labelled "car" or "cars") carries "red" or a synonym of it; with a unique noun, when the image has exactly
/// one object of the noun and that object carries it. Keys are numbered in order of first appearance in the data set,
/// images ascending, as <see cref="ImagesByKey"/> keeps them.
/// </summary>
/// <remarks>
/// Made from the image summaries on the first draw that asks for it (nouns and meanings are the vocabulary's, so the
/// index cannot make it while the graphs stream past), in one pass over every object of every image.
/// </remarks>
internal sealed class NounMeaningHolders
{
    private NounMeaningHolders(Vocabulary vocabulary, ImagesByKey holders)
    {
        Vocabulary = vocabulary;
        Holders = holders;
    }

    /// <summary>The vocabulary the nouns and meanings were read under.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The images of each key.</summary>
    public ImagesByKey Holders { get; }

    /// <summary>Indexes every image of <paramref name="images"/>; with <paramref name="uniqueNoun"/>, only the objects whose noun has no other object in their image.</summary>
    public static NounMeaningHolders Make(ImageSummaries images, Vocabulary vocabulary, bool uniqueNoun)
    {
        var nouns = images.NounsUnder(vocabulary);
        var holders = new ImagesByKey();
        var keyIds = new Dictionary<long, int>();
        var meanings = new AttributeMeanings(images, vocabulary);
        var objectsOfNoun = new Dictionary<int, int>();
        for (var image = 0; image < images.Count; image++)
        {
            var labelIds = images.ObjectLabelIds(image);
            var setIds = images.ObjectAttributeSetIds(image);
            objectsOfNoun.Clear();
            foreach (var label in labelIds)
            {
                var noun = nouns.NounIdOf(label);
                objectsOfNoun[noun] = objectsOfNoun.GetValueOrDefault(noun) + 1;
            }
            for (var i = 0; i < labelIds.Length; i++)
            {
                var noun = nouns.NounIdOf(labelIds[i]);
                if (uniqueNoun && objectsOfNoun[noun] != 1) continue;
                foreach (var meaning in meanings.Of(setIds[i]))
                {
                    var key = ((long)noun << 32) | (uint)meaning;
                    if (!keyIds.TryGetValue(key, out var id)) keyIds[key] = id = keyIds.Count;
                    holders.Add(id, image);
                }
            }
        }
        holders.Freeze();
        return new NounMeaningHolders(vocabulary, holders);
    }

    // The meaning ids of each attribute set (an object's attributes), made once per set: equal ids exactly when the
    // vocabulary reads two attributes as synonyms (equal ignoring case and spaces, or one synonym group).
    private sealed class AttributeMeanings(ImageSummaries images, Vocabulary vocabulary)
    {
        private readonly Dictionary<int, int[]> _ofSet = [];
        private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);

        public int[] Of(int setId)
        {
            if (_ofSet.TryGetValue(setId, out var known)) return known;
            var attributes = images.AttributeSet(setId);
            var ids = new List<int>(attributes.Length);
            foreach (var attribute in attributes)
            {
                var meaning = vocabulary.MeaningOf(attribute).Trim();
                if (!_ids.TryGetValue(meaning, out var id)) _ids[meaning] = id = _ids.Count;
                if (!ids.Contains(id)) ids.Add(id);
            }
            return _ofSet[setId] = [.. ids];
        }
    }
}

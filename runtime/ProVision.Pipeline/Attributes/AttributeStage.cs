using ProVision.Pipeline.Segmentation;
using ProVision.Runtime.SceneGraphs;
using ProVision.Runtime.Stdlib;

namespace ProVision.Pipeline.Attributes;

/// <summary>
/// All attribute sources for one image: colour from the mask (box when no mask), relative size, and an optional
/// classifier. One list per object; a word that two sources give appears once, with the higher confidence. Objects whose
/// label is one of <see cref="People"/> get no colour from any source: a person's mask is skin, hair and clothing, and
/// "a white person" reads as race, not as a shirt (docs/pipeline-definitions.md, "People get no colour").
/// </summary>
public sealed class AttributeStage
{
    private readonly ColorNamer? _color;
    private readonly RelativeSizer? _size;
    private readonly OnnxAttributeClassifier? _classifier;

    /// <summary>Pass null to leave a source out. The defaults: colour and size, no classifier.</summary>
    /// <param name="color">Colour names from the mask.</param>
    /// <param name="size">Relative size.</param>
    /// <param name="classifier">Learned attributes.</param>
    /// <param name="people">Labels of people, who get no colour (none when null).</param>
    public AttributeStage(ColorNamer? color, RelativeSizer? size, OnnxAttributeClassifier? classifier = null, IReadOnlySet<string>? people = null)
    {
        _color = color;
        _size = size;
        _classifier = classifier;
        People = people ?? new HashSet<string>();
    }

    /// <summary>The labels whose objects are people and get no colour attribute.</summary>
    public IReadOnlySet<string> People { get; }

    /// <summary>Colour and size, no classifier; <paramref name="people"/> get no colour.</summary>
    public static AttributeStage Default(IReadOnlySet<string>? people = null) => new(new ColorNamer(), new RelativeSizer(), people: people);

    /// <param name="image">The image.</param>
    /// <param name="objects">The objects, in order.</param>
    /// <param name="masks">One mask per object at the image's size, or null (boxes stand in).</param>
    public IReadOnlyList<IReadOnlyList<AttributeGuess>> Describe(StageImage image, IReadOnlyList<StageObject> objects, IReadOnlyList<BitMask>? masks)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(objects);
        if (masks is not null && masks.Count != objects.Count) throw new ArgumentException($"{objects.Count} objects but {masks.Count} masks", nameof(masks));
        return DescribePlaced(image, objects, masks?.Select(m => new PlacedMask(0, 0, m)).ToArray());
    }

    /// <param name="image">The image.</param>
    /// <param name="objects">The objects, in order.</param>
    /// <param name="masks">One mask per object, each covering only a rectangle of the image (pixels outside it unset), or null (boxes stand in).</param>
    public IReadOnlyList<IReadOnlyList<AttributeGuess>> DescribePlaced(StageImage image, IReadOnlyList<StageObject> objects, IReadOnlyList<PlacedMask>? masks)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(objects);
        if (masks is not null && masks.Count != objects.Count) throw new ArgumentException($"{objects.Count} objects but {masks.Count} masks", nameof(masks));
        var regions = objects.Select((o, i) => masks?[i] ?? BoxMask(o.Box, image.Width, image.Height)).ToArray();
        var sizes = _size?.Describe(objects.Select(o => o.Label).ToArray(), regions.Select(r => (double)r.Mask.Area).ToArray(), image.Width, image.Height);
        var result = new IReadOnlyList<AttributeGuess>[objects.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var person = People.Contains(objects[i].Label);
            var all = new List<AttributeGuess>();
            if (_color is not null && !person) all.AddRange(_color.Describe(image, regions[i].Mask, regions[i].Left, regions[i].Top));
            if (sizes is not null) all.AddRange(sizes[i]);
            if (_classifier is not null) all.AddRange(_classifier.Classify(image, objects[i].Box));
            result[i] = all
                .Where(a => !(person && a.Category == AttributeCategories.Color))
                .GroupBy(a => a.Name, StringComparer.Ordinal)
                .Select(g => g.MaxBy(a => a.Confidence)!)
                .ToArray();
        }
        return result;
    }

    /// <summary>The box's pixels as a mask over the box's rectangle.</summary>
    private static PlacedMask BoxMask(Box box, int width, int height)
    {
        var rect = PixelRect.FromBox(box, width, height);
        if (rect.IsEmpty) return new PlacedMask(0, 0, new BitMask(1, 1, [0]));
        var pixels = new byte[rect.Width * rect.Height];
        pixels.AsSpan().Fill(1);
        return new PlacedMask(rect.X1, rect.Y1, new BitMask(rect.Width, rect.Height, pixels));
    }
}

/// <summary>A mask that covers the rectangle of its size whose top-left corner is (<see cref="Left"/>, <see cref="Top"/>); image pixels outside it are unset.</summary>
public sealed record PlacedMask(int Left, int Top, BitMask Mask);

using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.PropertyTests;

/// <summary>The adversarial twist a random graph gets on top of its random content.</summary>
public enum SceneShape
{
    /// <summary>Random labels, boxes, attributes, relations, masks and depth.</summary>
    Mixed,

    /// <summary>Every object has the same label (no unique labels, one count).</summary>
    OneLabel,

    /// <summary>Boxes repeat earlier boxes or share their edges; depth levels repeat (ties everywhere).</summary>
    Ties,

    /// <summary>About half the masks are empty, and later masks cover earlier ones.</summary>
    EmptyMasks,

    /// <summary>A constant depth map (every depth ties) and no attributes.</summary>
    Flat,
}

/// <summary>
/// Small random scene graphs for property tests: 20 to 100 pixels a side (so a printed point ratio is one pixel
/// and the verifier's point checks are exact), up to 8 objects from a small label pool (countable, plural and mass
/// nouns, so labels repeat), attributes of several categories, relations, box or ellipse masks and a uint8 depth map
/// painted with a few levels per object. Deterministic for a seed (System.Random with a seed is stable).
/// </summary>
internal static class RandomScenes
{
    private static readonly string[] s_labels = ["dog", "cat", "car", "person", "chair", "cup", "grass", "people", "glasses", "tree"];

    private static readonly string[] s_attributes = ["red", "white", "blue", "wooden", "metal", "large", "small", "standing", "sitting", "round", "happy"];

    private static readonly string[] s_predicates = ["on", "holding", "near", "wearing", "next to", "behind", "riding"];

    private static readonly byte[] s_levels = [0, 30, 90, 140, 200, 255];

    /// <summary>Every predicate a random graph can hold (the data set's predicates, for relation distractors).</summary>
    public static IReadOnlyCollection<string> Predicates => s_predicates;

    /// <summary>
    /// A random graph. With <paramref name="variantSeed"/>, the layout (size, labels, boxes, relation ends, masks,
    /// depth) still comes from <paramref name="seed"/> but attributes and predicates from the variant: the same scene
    /// with other attributes and relations, which the compare and relation multi-image generators need.
    /// </summary>
    public static SceneGraph Graph(int seed, string id, SceneShape shape, int? variantSeed = null)
    {
        var random = new Random(seed);
        var variant = variantSeed is { } v ? new Random(v) : random;
        var (width, height) = (random.Next(20, 101), random.Next(20, 101));
        var builder = new GraphBuilder(width, height, id);
        var count = random.Next(shape == SceneShape.Flat ? 2 : 0, 9);
        var boxes = new List<(int X1, int Y1, int X2, int Y2)>();
        var oneLabel = s_labels[random.Next(s_labels.Length)];
        for (var i = 0; i < count; i++)
        {
            var box = NextBox(random, width, height, shape == SceneShape.Ties ? boxes : []);
            boxes.Add(box);
            var label = shape == SceneShape.OneLabel ? oneLabel : s_labels[random.Next(shape == SceneShape.Ties ? 4 : s_labels.Length)];
            var attributes = shape == SceneShape.Flat ? [] : Enumerable.Range(0, variant.Next(0, 4)).Select(_ => s_attributes[variant.Next(s_attributes.Length)]).Distinct().ToArray();
            builder.Object(label, box.X1, box.Y1, box.X2, box.Y2, attributes);
        }
        for (var r = count < 2 ? 0 : random.Next(0, count + 3); r > 0; r--)
        {
            var (subject, obj) = (random.Next(count), random.Next(count));
            var predicate = s_predicates[variant.Next(shape == SceneShape.Ties ? 2 : s_predicates.Length)];
            if (subject != obj) builder.Relation(subject, predicate, obj);
        }

        // Masks in four graphs of five; depth in four of five (not always the same ones).
        if (random.Next(5) > 0)
        {
            builder.Masks();
            for (var i = 0; i < count; i++)
            {
                var (x1, y1, x2, y2) = boxes[i];
                if (shape == SceneShape.EmptyMasks && random.Next(2) == 0) builder.Mask(i, (_, _) => false);
                else if (random.Next(2) == 0) builder.Mask(i, Ellipse(x1, y1, x2, y2));
            }
        }
        if (random.Next(5) > 0)
        {
            var convention = random.Next(2) == 0 ? DepthConvention.LargerIsCloser : DepthConvention.LargerIsFarther;
            if (shape == SceneShape.Flat)
            {
                builder.Depth((_, _) => (byte)128, convention);
            }
            else
            {
                // Background: a vertical gradient; each object's box painted with a level (later objects win).
                var levels = boxes.Select(_ => s_levels[random.Next(shape == SceneShape.Ties ? 2 : s_levels.Length)]).ToArray();
                builder.Depth((x, y) =>
                {
                    for (var i = boxes.Count - 1; i >= 0; i--)
                    {
                        var (x1, y1, x2, y2) = boxes[i];
                        if (x >= x1 && x < x2 && y >= y1 && y < y2) return levels[i];
                    }
                    return (byte)(y * 255 / height);
                }, convention);
            }
        }
        return builder.Build();
    }

    /// <summary>A person, a dog and a car (each once) with one or two random predicates from the person to each of the others.</summary>
    public static SceneGraph Related(int seed, string id)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder(30, 30, id)
            .Object("person", 0, 0, 10, 10, s_attributes[random.Next(s_attributes.Length)])
            .Object("dog", 12, 12, 20, 20)
            .Object("car", 22, 0, 29, 8);
        foreach (var target in new[] { 1, 2 })
        {
            foreach (var predicate in Enumerable.Range(0, random.Next(1, 3)).Select(_ => s_predicates[random.Next(s_predicates.Length)]).Distinct())
            {
                builder.Relation(0, predicate, target);
            }
        }
        return builder.Build();
    }

    /// <summary>A random graph (no masks or depth) with exactly <paramref name="count"/> extra objects labelled <paramref name="label"/>.</summary>
    public static SceneGraph WithCount(int seed, string id, string label, int count)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder(60, 60, id);
        for (var i = 0; i < count; i++)
        {
            builder.Object(label, i * 3, i * 3, (i * 3) + 2, (i * 3) + 2, s_attributes[random.Next(s_attributes.Length)]);
        }
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var others = s_labels.Where(l => l != label).ToArray();
            builder.Object(others[random.Next(others.Length)], 40, 40 + i, 45, 45 + i, s_attributes[random.Next(s_attributes.Length)]);
        }
        return builder.Build();
    }

    private static (int X1, int Y1, int X2, int Y2) NextBox(Random random, int width, int height, List<(int X1, int Y1, int X2, int Y2)> earlier)
    {
        if (earlier.Count > 0 && random.Next(3) == 0) return earlier[random.Next(earlier.Count)];
        var x1 = random.Next(0, width - 1);
        var y1 = random.Next(0, height - 1);
        var x2 = random.Next(x1 + 1, Math.Min(width, x1 + (width / 2) + 2) + 1);
        var y2 = random.Next(y1 + 1, Math.Min(height, y1 + (height / 2) + 2) + 1);
        if (earlier.Count > 0 && random.Next(3) == 0)
        {
            // Share an edge with an earlier box: touching extents and equal coordinates.
            var other = earlier[random.Next(earlier.Count)];
            x1 = Math.Min(other.X2, width - 1);
            x2 = Math.Max(x2, x1 + 1);
            x2 = Math.Min(x2, width);
        }
        return (x1, y1, x2, y2);
    }

    private static Func<int, int, bool> Ellipse(int x1, int y1, int x2, int y2)
    {
        var (cx, cy) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
        var (rx, ry) = (Math.Max(0.5, (x2 - x1) / 2.0), Math.Max(0.5, (y2 - y1) / 2.0));
        return (x, y) => Math.Pow((x + 0.5 - cx) / rx, 2) + Math.Pow((y + 0.5 - cy) / ry, 2) <= 1;
    }
}

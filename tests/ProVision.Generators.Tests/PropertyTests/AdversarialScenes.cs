using ProVision.Generators.Tests.Support;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Generators.Tests.PropertyTests;

/// <summary>
/// Graphs with the traps of real Visual Genome / GQA data, for the reading checks: number variants of one noun
/// (banana, bananas; person, people; leaf, leaves), six objects of one label, dense relations (most pairs related,
/// some by two predicates), many objects sharing attributes (expressions with many matches) and synonym-rich
/// attribute sets (small, little, tiny). Deterministic for a seed.
/// </summary>
internal static class AdversarialScenes
{
    private static readonly string[][] s_variants =
        [["banana", "bananas"], ["person", "people"], ["leaf", "leaves"], ["tree", "trees"], ["shoe", "shoes"], ["man", "men"]];

    private static readonly string[] s_singles = ["plate", "spoon", "hat", "table", "dog", "cup", "glasses", "grass"];

    private static readonly string[] s_attributes = ["white", "yellow", "small", "little", "tiny", "large", "big", "wooden", "wood", "standing"];

    private static readonly string[] s_predicates = ["on", "near", "holding", "to the right of", "to the left of", "wearing", "in"];

    /// <summary>Every predicate the graphs use (the data set's predicates, for relation distractors).</summary>
    public static IReadOnlyCollection<string> Predicates => s_predicates;

    /// <summary>One adversarial graph of 8 to 16 objects in a 100 x 100 image, with box masks and a depth map.</summary>
    public static SceneGraph Graph(int seed, string id)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder(100, 100, id);
        var labels = new List<string>();
        var variant = s_variants[random.Next(s_variants.Length)];
        var repeated = s_variants[random.Next(s_variants.Length)][0];
        labels.AddRange(Enumerable.Repeat(variant[0], random.Next(1, 4)).Append(variant[1]));
        labels.AddRange(Enumerable.Repeat(repeated, 6));
        labels.AddRange(Enumerable.Range(0, random.Next(1, 7)).Select(_ => s_singles[random.Next(s_singles.Length)]));
        foreach (var label in labels)
        {
            var (x, y) = (random.Next(0, 90), random.Next(0, 90));
            var attributes = Enumerable.Range(0, random.Next(0, 4)).Select(_ => s_attributes[random.Next(s_attributes.Length)]).Distinct().ToArray();
            builder.Object(label, x, y, x + random.Next(2, 11), y + random.Next(2, 11), attributes);
        }
        for (var s = 0; s < labels.Count; s++)
        {
            for (var o = 0; o < labels.Count; o++)
            {
                if (s != o && random.NextDouble() < 0.15)
                {
                    builder.Relation(s, s_predicates[random.Next(s_predicates.Length)], o);
                    if (random.NextDouble() < 0.3) builder.Relation(s, s_predicates[random.Next(s_predicates.Length)], o);
                }
            }
        }
        // Masks are the boxes; depth grows down the image, so objects at other heights have other depths.
        return builder.Masks().Depth((_, y) => (byte)Math.Min(255, y * 5 / 2)).Build();
    }
}

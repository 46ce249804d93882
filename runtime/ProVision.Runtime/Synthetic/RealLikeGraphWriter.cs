using System.Globalization;
using System.Text;

namespace ProVision.Runtime.Synthetic;

/// <summary>
/// Writes synthetic scene graphs shaped like real GQA / Visual Genome ones (the facts in the project's
/// real-graph-stats spec), in the canonical format, for benchmarks that must see what a user's data costs:
/// 20-35 objects with labels drawn from a skewed distribution (so labels repeat, up to about 6 times, and a few
/// nouns appear in two numbers), about 0.8 attributes per object with 45% of objects bare, a whole-image object in
/// some images, a few semantic relations, and GQA's <c>to the left of</c> / <c>to the right of</c> for nearby pairs,
/// for about 20-40 relations per image. Streamed and deterministic for a seed.
/// </summary>
public static class RealLikeGraphWriter
{
    // Ordered from common to rare: the draw below favours the front, as real label frequencies do.
    private static readonly string[] s_labels =
    [
        "window", "tree", "man", "road", "wall", "leaves", "building", "car", "pole", "hat", "bike", "woman", "shirt",
        "sign", "person", "sky", "grass", "table", "plate", "chair", "cup", "door", "bus", "dog", "fence", "light",
        "hand", "head", "shoe", "shoes", "bananas", "banana", "bottle", "bag", "umbrella", "cat", "horse", "clock",
        "train", "boat", "lamp", "bench", "book", "pillow", "bed", "kite", "laptop", "phone", "tree trunk", "cloud",
    ];

    private static readonly string[] s_attributes =
    [
        "white", "black", "green", "blue", "red", "brown", "large", "small", "tall", "wooden", "wood", "metal", "gray",
        "yellow", "orange", "open", "closed", "standing", "sitting", "parked", "round", "striped", "dark", "bright",
    ];

    // Semantic predicates with their real relative frequencies (on 62, has 27, wearing 18, next to 15, ...).
    private static readonly (string Predicate, int Weight)[] s_predicates =
    [
        ("on", 62), ("has", 27), ("wearing", 18), ("next to", 15), ("in", 8), ("near", 7), ("with", 7), ("parked on", 7),
        ("wears", 6), ("against", 5), ("behind", 5), ("holding", 5), ("under", 4), ("above", 3), ("in front of", 3),
    ];

    private static readonly int s_predicateWeight = s_predicates.Sum(p => p.Weight);

    public static void Write(TextWriter writer, int graphs, int seed = 11)
    {
        var random = new Random(seed);
        var line = new StringBuilder(8192);
        var boxes = new List<(int X1, int Y1, int X2, int Y2)>();
        for (var g = 0; g < graphs; g++)
        {
            line.Clear();
            boxes.Clear();
            var (w, h) = (500 + random.Next(0, 6) * 28, 333 + random.Next(0, 6) * 25);
            line.Append(CultureInfo.InvariantCulture, $"{{\"image_id\":\"real_{g}\",\"image\":\"images/real_{g}.jpg\",\"width\":{w},\"height\":{h},\"objects\":[");
            var objects = random.Next(20, 36);
            var wholeImage = random.Next(4) == 0; // a "ground" or "picnic" object covering the picture
            for (var i = 0; i < objects; i++)
            {
                if (i > 0) line.Append(',');
                var label = wholeImage && i == 0 ? "ground" : s_labels[SkewedIndex(random, s_labels.Length)];
                var box = wholeImage && i == 0 ? (0, 0, w - 1, h - 1) : RandomBox(random, w, h);
                boxes.Add(box);
                line.Append(CultureInfo.InvariantCulture, $"{{\"label\":\"{label}\",\"box\":[{box.Item1},{box.Item2},{box.Item3},{box.Item4}],\"attributes\":[");
                var attributes = AttributeCount(random);
                for (var a = 0; a < attributes; a++)
                {
                    if (a > 0) line.Append(',');
                    line.Append('"').Append(s_attributes[random.Next(s_attributes.Length)]).Append('"');
                }
                line.Append("]}");
            }
            line.Append("],\"relations\":[");
            var relations = 0;
            void Relation(int subject, string predicate, int obj)
            {
                if (relations++ > 0) line.Append(',');
                line.Append(CultureInfo.InvariantCulture, $"[{subject},\"{predicate}\",{obj}]");
            }
            var semantic = random.Next(6, 16);
            for (var r = 0; r < semantic; r++)
            {
                var subject = random.Next(objects);
                var obj = random.Next(objects - 1);
                if (obj >= subject) obj++;
                Relation(subject, Predicate(random), obj);
            }
            // GQA's spatial pairs: nearby objects (centres closer than a fifth of the width, a few per object).
            for (var a = 0; a < objects && relations < 40; a++)
            {
                for (var b = a + 1; b < objects && relations < 40; b++)
                {
                    var (ca, cb) = (Centre(boxes[a]), Centre(boxes[b]));
                    if (Math.Abs(ca.X - cb.X) * 5 > w || Math.Abs(ca.Y - cb.Y) * 4 > h || ca.X == cb.X) continue;
                    var (left, right) = ca.X < cb.X ? (a, b) : (b, a);
                    Relation(left, "to the left of", right);
                    Relation(right, "to the right of", left);
                }
            }
            line.Append("]}");
            writer.Write(line);
            writer.Write('\n');
        }
    }

    // A geometric-like draw: index 0 about 10 times as likely as the last.
    private static int SkewedIndex(Random random, int count)
    {
        var u = random.NextDouble();
        return Math.Min(count - 1, (int)(count * u * u));
    }

    // 45% of objects have none; the mean is about 0.8.
    private static int AttributeCount(Random random) => random.Next(100) switch
    {
        < 45 => 0,
        < 80 => 1,
        < 96 => 2,
        _ => 3,
    };

    private static string Predicate(Random random)
    {
        var pick = random.Next(s_predicateWeight);
        foreach (var (predicate, weight) in s_predicates)
        {
            if (pick < weight) return predicate;
            pick -= weight;
        }
        return s_predicates[^1].Predicate;
    }

    private static (int, int, int, int) RandomBox(Random random, int w, int h)
    {
        var bw = Math.Max(8, (int)(w * (0.04 + 0.4 * random.NextDouble() * random.NextDouble())));
        var bh = Math.Max(8, (int)(h * (0.04 + 0.4 * random.NextDouble() * random.NextDouble())));
        var x1 = random.Next(0, w - bw);
        var y1 = random.Next(0, h - bh);
        return (x1, y1, x1 + bw, y1 + bh);
    }

    private static (int X, int Y) Centre((int X1, int Y1, int X2, int Y2) box) => ((box.X1 + box.X2) / 2, (box.Y1 + box.Y2) / 2);
}

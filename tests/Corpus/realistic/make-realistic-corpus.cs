#!/usr/bin/env -S dotnet run
#:project ../../../runtime/ProVision.Runtime/ProVision.Runtime.csproj
// Regenerates the realistic test corpus beside this script (graphs.jsonl + depth/*.npy):
//   dotnet run tests/Corpus/realistic/make-realistic-corpus.cs [seed]
// Scene graphs with the statistics of Visual Genome / GQA (../shared/spec/real-graph-stats.md): 20-35 objects,
// repeated labels, one noun in two numbers, irregular and plural-looking nouns, GQA's left/right relations for
// nearby pairs, noisy and synonym-rich attributes, whole-image objects, boxes holding many boxes. The README says
// what the data must show; RealisticCorpusTests checks it from the committed files. Deterministic for the seed.
using System.Collections.Immutable;
using ProVision.Runtime.Caching;
using ProVision.Runtime.Formats.Npy;
using ProVision.Runtime.Formats.Rle;
using ProVision.Runtime.Loading.Canonical;
using ProVision.Runtime.SceneGraphs;

const int Images = 24, W = 160, H = 120;
var seed = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2; // the committed corpus: seed 2
var folder = Path.GetDirectoryName(AppContext.GetData("EntryPointFilePath") as string ?? "tests/Corpus/realistic/make-realistic-corpus.cs")!;
Directory.CreateDirectory(Path.Combine(folder, "depth"));
var random = new Random(seed);
var cache = new ResourceCache(64 << 20);
using var output = File.Create(Path.Combine(folder, "graphs.jsonl"));
using var writer = new CanonicalGraphWriter(output, folder);
for (var i = 0; i < Images; i++)
{
    var scene = Scenes.All[i % Scenes.All.Length];
    var id = $"{scene.Name}_{i:00}";
    var (objects, relations) = SceneBuilder.Build(scene, random, W, H);
    var masks = objects.Select(o => RleCodec.Encode(Raster.Mask(o, W, H), H, W)).ToImmutableArray();
    var depthPath = Path.Combine(folder, "depth", $"{id}_depth.npy");
    using (var s = File.Create(depthPath)) NpyWriter.WriteUInt8(s, [H, W], Raster.Depth(objects, W, H));
    writer.Write(new SceneGraph(id, $"images/{id}.jpg", W, H, [.. objects.Select(o => o.Object)], [.. relations],
        new RleMaskSet(masks, cache), new DepthSource(depthPath, DepthConvention.LargerIsCloser, new DepthRange(0, 255), cache),
        source: "synthetic, VG/GQA-like (make-realistic-corpus.cs)"));
}
Console.WriteLine($"{Images} graphs written to {folder}");

/// <summary>One kind of object in a scene: how many, where, what attributes, and what it hangs on.</summary>
/// <param name="Host">Labels ("a|b") this object is placed inside; null: placed in the image.</param>
/// <param name="Predicate">The relation to the host; <paramref name="HostIsSubject"/> turns it round ("man wearing shirt").</param>
/// <param name="Plural">The label of a bunch of these ("bananas"): one image in three gets one next to a singular.</param>
/// <param name="Clustered">Counts spread evenly over Min..Max (trees in a park, windows on a building) instead of mostly low.</param>
/// <param name="Region">Where the box goes, as fractions of the image (or of the host): top, bottom, min/max width and height.</param>
record Part(string Label, int Min, int Max, double[] Region, string[] Attributes, string? Host = null, string? Predicate = null,
    bool HostIsSubject = false, string? Plural = null, bool Surface = false, bool Clustered = false);

record Scene(string Name, string WholeImage, Part[] Parts, Part[] Fillers);

/// <summary>A placed object: its box in pixels and whether its mask is the box (surfaces) or an ellipse.</summary>
record Placed(SceneObject Object, bool Surface, bool Whole);

static class SceneBuilder
{
    public static (List<Placed>, List<Relation>) Build(Scene scene, Random random, int w, int h)
    {
        var target = 20 + random.Next(4) + random.Next(4) + (random.NextDouble() < 0.2 ? random.Next(10) : 0);
        var placed = new List<Placed>();
        var relations = new List<Relation>();
        if (random.NextDouble() < 0.4)
        {
            placed.Add(new Placed(new SceneObject(scene.WholeImage, new Box(0, 0, w, h)), true, true));
        }
        var pluralDone = random.NextDouble() >= 0.36; // about one image in three shows a noun in both numbers
        foreach (var part in scene.Parts)
        {
            // Skewed to the low end, as in real graphs: most labels once or twice, a few up to six times.
            var spread = part.Max - part.Min + 1;
            var count = part.Min + (part.Clustered ? random.Next(spread) : Math.Min(random.Next(spread), random.Next(spread)));
            for (var k = 0; k < count && placed.Count < target; k++)
            {
                if (!Place(part, part.Label, placed, relations, random, w, h)) break;
            }
            if (!pluralDone && part.Plural is not null && placed.Any(p => p.Object.Label == part.Label) && placed.Count < target)
            {
                pluralDone = Place(part, part.Plural, placed, relations, random, w, h, bunch: true);
            }
        }
        for (var guard = 0; placed.Count < target && guard < 200; guard++)
        {
            var filler = scene.Fillers[random.Next(scene.Fillers.Length)];
            if (placed.Count(p => p.Object.Label == filler.Label) < 2) Place(filler, null, placed, relations, random, w, h);
        }
        Relate(placed, relations, random);
        return (placed, relations);
    }

    private static bool Place(Part part, string? label, List<Placed> placed, List<Relation> relations, Random random, int w, int h, bool bunch = false)
    {
        label ??= part.Label;
        var r = part.Region;
        double fx = 0, fy = 0, fw = w, fh = h;
        var host = -1;
        if (part.Host is not null)
        {
            var hosts = part.Host.Split('|');
            var candidates = Enumerable.Range(0, placed.Count).Where(i => hosts.Contains(placed[i].Object.Label)).ToList();
            if (candidates.Count == 0) return false;
            host = candidates[random.Next(candidates.Count)];
            var b = placed[host].Object.Box;
            (fx, fy, fw, fh) = (b.X1, b.Y1, b.Width, b.Height);
        }
        var scale = bunch ? 1.6 : 1.0;
        var bw = Math.Max(3, Math.Min(fw, fw * Between(random, r[2], r[3]) * scale));
        var bh = Math.Max(3, Math.Min(fh, fh * Between(random, r[4], r[5]) * scale));
        var top = fy + fh * Between(random, r[0], r[1]);
        var left = fx + random.NextDouble() * Math.Max(0, fw - bw);
        top = Math.Min(top, fy + fh - bh);
        var box = new Box(Math.Round(left), Math.Round(top), Math.Min(w, Math.Round(left + bw)), Math.Min(h, Math.Round(top + bh)));
        if (box.Width < 2 || box.Height < 2) return false;
        placed.Add(new Placed(new SceneObject(label, box, null, Attributes(part, random)), part.Surface, false));
        if (host >= 0 && part.Predicate is not null)
        {
            var self = placed.Count - 1;
            relations.Add(part.HostIsSubject ? new Relation(host, part.Predicate, self) : new Relation(self, part.Predicate, host));
        }
        return true;
    }

    private static double Between(Random random, double lo, double hi) => lo + random.NextDouble() * (hi - lo);

    /// <summary>About 45% of objects have no attribute; the rest one (62%), two (30%) or three, from the part's pool.</summary>
    private static ImmutableArray<string> Attributes(Part part, Random random)
    {
        if (part.Attributes.Length == 0 || random.NextDouble() < 0.43) return [];
        var roll = random.NextDouble();
        var k = Math.Min(part.Attributes.Length, roll < 0.62 ? 1 : roll < 0.92 ? 2 : 3);
        return [.. part.Attributes.OrderBy(_ => random.Next()).Take(k)];
    }

    /// <summary>
    /// Scene relations beyond the hosts: "near"/"next to" between close objects (sometimes both), then GQA's
    /// "to the left of"/"to the right of" for horizontally adjacent pairs until the image has 20-40 relations.
    /// </summary>
    private static void Relate(List<Placed> placed, List<Relation> relations, Random random)
    {
        var target = 20 + random.Next(11) + random.Next(11);
        var pairs = new List<(int A, int B)>();
        for (var a = 0; a < placed.Count; a++)
            for (var b = 0; b < placed.Count; b++)
            {
                if (a == b || placed[a].Whole || placed[b].Whole || placed[a].Surface || placed[b].Surface) continue;
                var (x, y) = (placed[a].Object.Box, placed[b].Object.Box);
                var verticalOverlap = Math.Min(x.Y2, y.Y2) - Math.Max(x.Y1, y.Y1);
                if (x.X2 <= y.X1 && y.X1 - x.X2 < 40 && verticalOverlap > 0) pairs.Add((a, b));
            }
        var shuffled = pairs.OrderBy(_ => random.Next()).ToList();
        var close = Math.Max(1, shuffled.Count / 6);
        foreach (var (a, b) in shuffled.Take(close))
        {
            if (random.NextDouble() < 0.2)
            {
                relations.Add(new Relation(a, "to the left of", b)); // a second predicate for the pair, as GQA often has
            }
            var roll = random.NextDouble();
            if (roll < 0.5) relations.Add(new Relation(a, "near", b));
            else if (roll < 0.85) relations.Add(new Relation(a, "next to", b));
            else
            {
                relations.Add(new Relation(a, "next to", b));
                relations.Add(new Relation(a, "near", b));
            }
        }
        foreach (var (a, b) in shuffled.Skip(close))
        {
            if (relations.Count >= target) break;
            relations.Add(new Relation(a, "to the left of", b));
            relations.Add(new Relation(b, "to the right of", a));
        }
    }
}

static class Raster
{
    /// <summary>The object's mask: the whole box for surfaces (sky, road, table cloth), else the inscribed ellipse.</summary>
    public static byte[] Mask(Placed o, int w, int h)
    {
        var mask = new byte[w * h];
        var b = o.Object.Box;
        var (cx, cy, rx, ry) = ((b.X1 + b.X2) / 2, (b.Y1 + b.Y2) / 2, b.Width / 2, b.Height / 2);
        for (var y = (int)b.Y1; y < Math.Min(h, (int)Math.Ceiling(b.Y2)); y++)
            for (var x = (int)b.X1; x < Math.Min(w, (int)Math.Ceiling(b.X2)); x++)
            {
                var (dx, dy) = ((x + 0.5 - cx) / rx, (y + 0.5 - cy) / ry);
                if (o.Surface || dx * dx + dy * dy <= 1) mask[y * w + x] = 1;
            }
        return mask;
    }

    /// <summary>
    /// uint8 disparity (larger = closer): a floor gradient from 30 at the top to 200 at the bottom, each object (not
    /// surfaces or the whole image, which are the background) painted at the depth of its bottom edge, far ones first.
    /// </summary>
    public static byte[] Depth(List<Placed> objects, int w, int h)
    {
        var depth = new byte[w * h];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++) depth[y * w + x] = (byte)(30 + 170 * y / (h - 1));
        foreach (var o in objects.Where(o => !o.Surface && !o.Whole).OrderBy(o => o.Object.Box.Y2))
        {
            var value = (byte)(30 + 170 * Math.Min(h - 1, o.Object.Box.Y2) / (h - 1));
            var mask = Mask(o, w, h);
            for (var p = 0; p < w * h; p++) if (mask[p] != 0) depth[p] = value;
        }
        return depth;
    }
}

static class Scenes
{
    // Region: [top from, top to, width from, width to, height from, height to], fractions of the image or host.
    static readonly double[] Sky = [0, 0, 1, 1, 0.2, 0.3], Ground = [0.72, 0.8, 1, 1, 0.2, 0.28], Wall = [0, 0, 1, 1, 0.4, 0.5];
    static readonly double[] Standing = [0.3, 0.55, 0.08, 0.14, 0.35, 0.5], Small = [0.5, 0.85, 0.05, 0.1, 0.05, 0.12];
    static readonly double[] Upper = [0.15, 0.25, 0.6, 0.9, 0.3, 0.4], Lower = [0.5, 0.55, 0.5, 0.9, 0.35, 0.45];
    static readonly double[] Feet = [0.88, 0.9, 0.25, 0.4, 0.08, 0.1], Head = [0, 0.02, 0.4, 0.7, 0.1, 0.15], Face = [0.08, 0.12, 0.3, 0.5, 0.04, 0.06];
    static readonly double[] OnTop = [0.05, 0.4, 0.15, 0.35, 0.2, 0.4], Inside = [0.2, 0.6, 0.15, 0.3, 0.15, 0.3];
    static readonly string[] PersonAttributes = ["white", "black", "brown", "standing", "walking", "smiling", "young", "tall", "blue"];
    const string Persons = "man|woman|person|boy|girl|child|player";

    static Part[] Worn(params Part[] extra) =>
    [
        new("shirt", 0, 2, Upper, ["white", "blue", "red", "striped", "black", "short"], Persons, "wearing", HostIsSubject: true),
        new("jeans", 0, 1, Lower, ["blue", "denim", "dark"], Persons, "wearing", HostIsSubject: true),
        new("pants", 0, 1, Lower, ["black", "khaki", "gray", "long"], Persons, "wearing", HostIsSubject: true),
        new("shoe", 0, 3, Feet, ["white", "black", "brown", "leather"], Persons, "wearing", HostIsSubject: true, Plural: "shoes"),
        new("hat", 0, 1, Head, ["red", "black", "straw", "white"], Persons, "wearing", HostIsSubject: true),
        new("glasses", 0, 1, Face, ["black", "dark"], Persons, "wearing", HostIsSubject: true),
        .. extra,
    ];

    public static readonly Scene[] All =
    [
        new("street", "ground",
        [
            new("sky", 1, 1, Sky, ["blue", "clear", "gray", "cloudy"], Surface: true),
            new("road", 1, 1, Ground, ["gray", "paved", "wet"], Surface: true),
            new("building", 1, 2, [0.05, 0.15, 0.3, 0.45, 0.4, 0.5], ["brick", "massive", "large", "big", "old", "white", "red"]),
            new("window", 1, 5, Inside, ["open", "closed", "glass", "dark", "square", "small", "little"], "building", "on", Clustered: true),
            new("tree", 1, 6, [0.05, 0.2, 0.12, 0.2, 0.35, 0.5], ["green", "massive", "leafy", "large", "big"], Plural: "trees"),
            new("leaves", 0, 4, OnTop, ["green", "yellow", "brown"], "tree", "on"),
            new("tree trunk", 0, 2, [0.6, 0.6, 0.15, 0.25, 0.4, 0.4], ["brown", "thick"], "tree", "part of"),
            new("car", 1, 3, [0.55, 0.65, 0.15, 0.25, 0.15, 0.22], ["red", "white", "black", "blue", "parked", "silver", "small", "large"], "road", "parked on"),
            new("bike", 0, 3, [0.55, 0.65, 0.08, 0.12, 0.12, 0.16], ["parked", "red", "black", "metal"], Plural: "bikes"),
            new("man", 0, 2, Standing, PersonAttributes),
            new("woman", 0, 1, Standing, PersonAttributes),
            new("people", 0, 1, [0.35, 0.5, 0.15, 0.25, 0.3, 0.4], ["walking", "standing"]),
            .. Worn(new Part("bag", 0, 1, [0.4, 0.5, 0.3, 0.4, 0.15, 0.2], ["black", "leather"], Persons, "holding", HostIsSubject: true)),
            new("bus", 0, 1, [0.4, 0.5, 0.3, 0.4, 0.3, 0.35], ["yellow", "white", "large", "big", "massive"]),
            new("pole", 1, 3, [0.15, 0.3, 0.02, 0.03, 0.5, 0.6], ["metal", "tall", "gray", "wooden", "wood"]),
            new("sign", 0, 2, [0.05, 0.1, 1, 1, 0.15, 0.2], ["red", "white", "metal"], "pole", "on"),
            new("grass", 0, 1, [0.65, 0.7, 0.3, 0.5, 0.08, 0.1], ["green", "short"], Surface: true),
        ],
        [
            new("light", 1, 1, Small, ["on", "bright", "red"]), new("cloud", 1, 1, [0, 0.08, 0.1, 0.2, 0.06, 0.1], ["white", "fluffy"]),
            new("line", 1, 1, [0.85, 0.9, 0.1, 0.2, 0.02, 0.03], ["white", "yellow"]), new("wheel", 1, 1, Small, ["black", "round"]),
            new("spots", 1, 1, Small, []),
            new("curb", 1, 1, [0.7, 0.72, 0.3, 0.5, 0.02, 0.03], ["gray", "concrete"]), new("fence", 1, 1, [0.45, 0.5, 0.2, 0.3, 0.1, 0.15], ["wooden", "white"]),
            new("hydrant", 1, 1, Small, ["red", "yellow"]), new("trash can", 1, 1, Small, ["black", "metal"]),
        ]),
        new("fruit", "meal",
        [
            new("wall", 1, 1, Wall, ["white", "beige", "tan"], Surface: true),
            new("window", 0, 3, Inside, ["open", "glass", "bright"], "wall", "on"),
            new("table", 1, 1, [0.45, 0.5, 0.75, 0.9, 0.45, 0.5], ["wooden", "wood", "brown", "white", "large"]),
            new("tablecloth", 0, 1, [0.05, 0.1, 0.85, 0.95, 0.8, 0.9], ["white", "red", "checkered"], "table", "on", Surface: true),
            new("plate", 1, 3, OnTop, ["white", "round", "ceramic", "empty", "full"], "tablecloth|table", "on"),
            new("banana", 1, 4, Inside, ["yellow", "ripe", "green", "brown"], "plate|table|tablecloth", "on", Plural: "bananas"),
            new("apple", 0, 4, Inside, ["red", "green", "shiny", "small"], "table|tablecloth|plate", "on", Plural: "apples"),
            new("bowl", 0, 2, OnTop, ["white", "glass", "empty"], "table|tablecloth", "on"),
            new("rice", 0, 1, [0.2, 0.3, 0.6, 0.8, 0.4, 0.6], ["white", "cooked"], "bowl", "in"),
            new("cup", 0, 3, Inside, ["white", "red", "ceramic"], "table|tablecloth", "on"),
            new("knife", 0, 1, Inside, ["metal", "silver", "sharp"], "table|plate", "on"),
            new("scissors", 0, 1, Inside, ["metal", "black"], "table", "on"),
            new("glasses", 0, 1, Inside, ["black"], "table", "on"),
            new("bread", 0, 1, Inside, ["brown", "sliced"], "plate", "on"),
            new("woman", 0, 1, Standing, PersonAttributes),
            .. Worn(),
            new("chair", 1, 4, [0.5, 0.6, 0.12, 0.2, 0.3, 0.4], ["wooden", "wood", "brown", "empty"]),
            new("bottle", 0, 2, Inside, ["glass", "green", "plastic"], "table", "on"),
            new("floor", 0, 1, [0.9, 0.92, 1, 1, 0.08, 0.1], ["wooden", "tiled"], Surface: true),
        ],
        [
            new("napkin", 1, 1, Small, ["white", "folded"]), new("fork", 1, 1, Small, ["metal", "silver"]),
            new("spoon", 1, 1, Small, ["metal", "silver"]), new("orange", 1, 1, Small, ["orange", "round"]),
            new("color", 1, 1, Small, []),
            new("salt shaker", 1, 1, Small, ["glass", "white"]), new("vase", 1, 1, Small, ["glass", "blue"]),
            new("flowers", 1, 1, Small, ["pink", "yellow"]), new("grape", 1, 1, Small, ["green", "purple"]),
        ]),
        new("park", "picnic",
        [
            new("sky", 1, 1, Sky, ["blue", "clear"], Surface: true),
            new("grass", 1, 1, Ground, ["green", "short", "dry"], Surface: true),
            new("tree", 3, 6, [0.05, 0.2, 0.12, 0.2, 0.4, 0.55], ["green", "massive", "leafy", "large", "big"], Plural: "trees", Clustered: true),
            new("leaves", 1, 4, OnTop, ["green", "yellow", "brown"], "tree", "on", Clustered: true),
            new("leaf", 0, 2, OnTop, ["green", "yellow"], "tree", "on"),
            new("tree trunk", 0, 2, [0.6, 0.6, 0.15, 0.25, 0.4, 0.4], ["brown", "thick"], "tree", "part of"),
            new("bench", 0, 2, [0.55, 0.6, 0.15, 0.25, 0.1, 0.15], ["wooden", "wood", "green", "metal"]),
            new("dog", 0, 2, [0.6, 0.7, 0.08, 0.14, 0.1, 0.14], ["brown", "white", "black", "small", "little", "running"]),
            new("frisbee", 0, 1, [0.3, 0.5, 0.04, 0.05, 0.03, 0.04], ["red", "white", "flying"]),
            new("man", 0, 2, Standing, PersonAttributes),
            new("men", 0, 1, [0.35, 0.5, 0.15, 0.25, 0.3, 0.4], ["standing", "talking"]),
            new("woman", 0, 2, Standing, PersonAttributes),
            new("child", 0, 1, [0.45, 0.55, 0.05, 0.08, 0.2, 0.3], PersonAttributes),
            .. Worn(),
            new("bush", 0, 3, [0.45, 0.55, 0.1, 0.18, 0.12, 0.2], ["green", "small"]),
        ],
        [
            new("cloud", 1, 1, [0, 0.08, 0.1, 0.2, 0.06, 0.1], ["white", "fluffy"]), new("rock", 1, 1, Small, ["gray", "large"]),
            new("flower", 1, 1, Small, ["red", "yellow", "pink"]), new("bird", 1, 1, [0.05, 0.2, 0.03, 0.05, 0.03, 0.04], ["black", "flying"]),
            new("path", 1, 1, [0.8, 0.85, 0.3, 0.4, 0.05, 0.08], ["dirt", "brown"]),
            new("ball", 1, 1, Small, ["red", "round"]), new("kite", 1, 1, [0.05, 0.2, 0.05, 0.08, 0.05, 0.08], ["colorful", "flying"]),
            new("trash can", 1, 1, Small, ["green", "metal"]), new("snow", 1, 1, [0.8, 0.85, 0.2, 0.3, 0.05, 0.08], ["white"]),
        ]),
        new("beach", "ground",
        [
            new("sky", 1, 1, Sky, ["blue", "clear", "cloudy"], Surface: true),
            new("water", 1, 1, [0.3, 0.3, 1, 1, 0.25, 0.3], ["blue", "calm", "wavy"], Surface: true),
            new("sand", 1, 1, Ground, ["tan", "sandy", "wet"], Surface: true),
            new("wave", 1, 4, [0.2, 0.6, 0.15, 0.3, 0.15, 0.3], ["white", "small", "large"], "water", "in"),
            new("umbrella", 1, 4, [0.35, 0.5, 0.12, 0.2, 0.15, 0.2], ["striped", "red", "blue", "large", "open"]),
            new("chair", 0, 4, [0.6, 0.7, 0.08, 0.12, 0.1, 0.14], ["white", "plastic"]),
            new("person", 0, 2, Standing, PersonAttributes),
            new("people", 0, 1, [0.35, 0.5, 0.15, 0.25, 0.3, 0.4], ["walking", "swimming"]),
            new("woman", 0, 2, Standing, PersonAttributes),
            new("boy", 0, 1, [0.45, 0.55, 0.05, 0.08, 0.2, 0.3], PersonAttributes),
            .. Worn(),
            new("surfboard", 0, 2, [0.5, 0.6, 0.04, 0.06, 0.2, 0.3], ["white", "yellow", "long"]),
            new("towel", 0, 2, [0.8, 0.85, 0.1, 0.15, 0.05, 0.08], ["striped", "blue"], "sand", "on"),
        ],
        [
            new("cloud", 1, 1, [0, 0.08, 0.1, 0.2, 0.06, 0.1], ["white", "fluffy"]), new("bag", 1, 1, Small, ["blue", "cloth"]),
            new("bird", 1, 1, [0.05, 0.2, 0.03, 0.05, 0.03, 0.04], ["white", "flying"]), new("shell", 1, 1, Small, ["white", "small"]),
            new("ball", 1, 1, Small, ["red", "round"]),
            new("rock", 1, 1, Small, ["gray", "large"]), new("boat", 1, 1, [0.3, 0.35, 0.1, 0.15, 0.06, 0.1], ["white", "small"]),
            new("bucket", 1, 1, Small, ["red", "plastic"]), new("sunglasses", 1, 1, Small, ["black", "dark"]),
        ]),
        new("office", "room",
        [
            new("wall", 1, 1, Wall, ["white", "gray"], Surface: true),
            new("floor", 1, 1, [0.85, 0.88, 1, 1, 0.12, 0.15], ["wooden", "wood", "gray", "carpeted"], Surface: true),
            new("window", 1, 5, Inside, ["glass", "open", "bright", "large"], "wall", "on", Clustered: true),
            new("desk", 1, 1, [0.5, 0.55, 0.7, 0.85, 0.35, 0.4], ["wooden", "wood", "brown", "white", "large", "massive"]),
            new("monitor", 1, 2, OnTop, ["black", "silver", "on"], "desk", "on"),
            new("computer", 0, 2, OnTop, ["black", "white", "silver"], "desk", "on"),
            new("keyboard", 1, 2, Inside, ["black", "white"], "desk", "on"),
            new("mouse", 0, 1, Inside, ["black", "wireless"], "desk", "on"),
            new("cable", 0, 3, Inside, ["black", "white"], "desk", "on"),
            new("book", 0, 4, Inside, ["red", "blue", "open", "thick"], "desk", "on", Plural: "books"),
            new("scissors", 1, 1, Inside, ["metal", "black"], "desk", "on"),
            new("chair", 1, 4, [0.55, 0.6, 0.1, 0.15, 0.25, 0.3], ["black", "leather", "empty"]),
            new("man", 0, 1, Standing, PersonAttributes),
            new("woman", 0, 1, Standing, PersonAttributes),
            .. Worn(),
            new("plant", 0, 2, [0.4, 0.5, 0.06, 0.1, 0.15, 0.2], ["green", "small", "tiny"]),
            new("cup", 0, 2, Inside, ["white", "ceramic"], "desk", "on"),
        ],
        [
            new("paper", 1, 1, Small, ["white"]), new("lamp", 1, 1, [0.3, 0.4, 0.05, 0.08, 0.1, 0.15], ["black", "metal", "on"]),
            new("pen", 1, 1, Small, ["blue", "black"]), new("phone", 1, 1, Small, ["black", "silver"]),
            new("poster", 1, 1, [0.05, 0.15, 0.1, 0.15, 0.12, 0.18], ["colorful"]),
            new("clock", 1, 1, [0.05, 0.1, 0.05, 0.06, 0.06, 0.08], ["round", "white"]), new("shelf", 1, 1, [0.2, 0.3, 0.15, 0.2, 0.05, 0.06], ["wooden", "wood"]),
            new("headphones", 1, 1, Small, ["black"]), new("bin", 1, 1, Small, ["gray", "plastic"]),
        ]),
    ];
}

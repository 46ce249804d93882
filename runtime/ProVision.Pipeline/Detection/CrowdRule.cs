using ProVision.Pipeline.Configuration;
using ProVision.Pipeline.Relations;
using ProVision.Runtime.SceneGraphs;

namespace ProVision.Pipeline.Detection;

/// <summary>
/// Which detections are members of a crowd (the <c>detect.crowds</c> section of pipeline.yaml; docs/pipeline.md,
/// "Crowds"). A detector finds some of the spectators in the stands, never all, so a graph that lists each as a person
/// answers "how many people?" with a number no person looking at the photo would give. Small boxes of a crowd label
/// that lie close together become one object under the plural label ("people"), which the generators never count (a
/// noun group with a plural-labelled member has no count: docs/evidence.md). Built in code, no rule applies.
/// </summary>
public sealed record CrowdRule
{
    /// <summary>Member label to the crowd's label ("person" to "people"); empty = no crowds.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>A member's box covers less than this share of the image.</summary>
    public double MaxArea { get; init; } = 0.04;

    /// <summary>A group of at least this many members is a crowd.</summary>
    public int MinMembers { get; init; } = 2;

    public static CrowdRule None { get; } = new();

    /// <summary>
    /// The <c>crowds:</c> mapping of <c>detect</c> (<c>labels</c>, <c>max_area</c>, <c>min_members</c>): each key the
    /// user's <paramref name="section"/> leaves out comes from <paramref name="defaults"/> (the built-in file's).
    /// </summary>
    /// <exception cref="ConfigException">A bad value or an unknown key.</exception>
    public static CrowdRule Parse(ConfigSection? section, ConfigSection? defaults)
    {
        ConfigSection? From(string key) => section is not null && section.Has(key) ? section : defaults is not null && defaults.Has(key) ? defaults : null;
        var rule = new CrowdRule
        {
            Labels = From("labels")?.StringMap("labels") ?? None.Labels,
            MaxArea = From("max_area")?.Double("max_area", 0, 1) ?? None.MaxArea,
            MinMembers = From("min_members")?.Int("min_members", 2, 10_000) ?? None.MinMembers,
        };
        section?.RejectUnknownKeys();
        return rule;
    }

    /// <summary>
    /// The objects with each crowd replaced by one object: members are small boxes of a crowd label, two members are of
    /// one group when the gap between their boxes is at most the taller one's height (a person's height apart, chained),
    /// and a group of at least <see cref="MinMembers"/> becomes one object with the crowd label, the members' union box
    /// and best score, at the best member's place. The order of everything else is kept, so the result is deterministic.
    /// </summary>
    public List<DetectedObject> Apply(List<DetectedObject> objects, int imageWidth, int imageHeight)
    {
        if (Labels.Count == 0) return objects;
        var imageArea = (double)imageWidth * imageHeight;
        var isMember = objects.Select(o => Labels.ContainsKey(o.Label) && o.Box.Area < MaxArea * imageArea).ToArray();
        var members = Enumerable.Range(0, objects.Count).Where(i => isMember[i]).ToList();
        var group = Enumerable.Range(0, objects.Count).ToArray();
        // Union-find, iterative: a user's max_objects may allow thousands of members in one chain.
        int Root(int i)
        {
            while (group[i] != i) i = group[i] = group[group[i]];
            return i;
        }
        foreach (var i in members)
        {
            foreach (var j in members.Where(j => j > i && objects[j].Label == objects[i].Label && Close(objects[i].Box, objects[j].Box)))
            {
                group[Root(j)] = Root(i);
            }
        }
        var crowds = members.GroupBy(Root).Where(g => g.Count() >= MinMembers).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<DetectedObject>();
        var done = new HashSet<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            if (!isMember[i] || !crowds.TryGetValue(Root(i), out var crowd))
            {
                result.Add(objects[i]);
            }
            else if (done.Add(Root(i)))
            {
                result.Add(Merge(crowd.Select(m => objects[m]).ToList()));
            }
        }
        return result;
    }

    private static bool Close(Box a, Box b) => GeometricPredicates.Gap(a, b) <= Math.Max(a.Height, b.Height);

    private DetectedObject Merge(List<DetectedObject> crowd)
    {
        var box = new Box(crowd.Min(m => m.Box.X1), crowd.Min(m => m.Box.Y1), crowd.Max(m => m.Box.X2), crowd.Max(m => m.Box.Y2));
        return new DetectedObject(Labels[crowd[0].Label], box, crowd.Max(m => m.Score), crowd[0].ClassId) { IsCrowd = true };
    }
}

using System.Collections.Immutable;
using ProVision.Runtime.Items;

namespace ProVision.Runtime.Tests.Items;

/// <summary>Fixed items shared by the item and writer tests, with their canonical JSON.</summary>
internal static class TestItems
{
    /// <summary>The sample record of the format description.</summary>
    public static GeneratedItem Single() => new(
        "baseball_1/ExistsObjectGenerator/0",
        "ExistsObjectGenerator",
        17,
        ["images/baseball_1.png"],
        "How many bats are there?",
        "one",
        "one",
        ["one", "two", "three", "four"],
        [new("name", "bat"), new("count", "one")],
        Evidence.Single([1], []),
        [new("object", ["bat"]), new("count", [1])]);

    public const string SingleJson =
        """{"id":"baseball_1/ExistsObjectGenerator/0","generator":"ExistsObjectGenerator","template":17,"images":["images/baseball_1.png"],"prompt":"How many bats are there?","response":"one","answer":"one","choices":["one","two","three","four"],"slots":{"name":"bat","count":"one"},"evidence":{"objects":[1],"relations":[]},"tags":{"object":["bat"],"count":[1]}}""";

    /// <summary>An open-ended two-image item: per-image evidence, no choices.</summary>
    public static GeneratedItem Multi(bool imageTokenFirst = true) => new(
        "pair_3/CompareCountGenerator/2",
        "CompareCountGenerator",
        4,
        ["images/a.png", "images/b.png"],
        "Which image has more dogs?",
        "The second image has more dogs.",
        "second",
        slots: [new("name", "dog")],
        evidence: new Evidence([new ImageEvidence([0, 2], []), new ImageEvidence([1], [0])]),
        tags: [new("object", ["dog"]), new("count", [2, 3])])
    {
        ImageTokenFirst = imageTokenFirst,
    };

    public const string MultiJson =
        """{"id":"pair_3/CompareCountGenerator/2","generator":"CompareCountGenerator","template":4,"images":["images/a.png","images/b.png"],"prompt":"Which image has more dogs?","response":"The second image has more dogs.","answer":"second","choices":[],"slots":{"name":"dog"},"evidence":{"images":[{"objects":[0,2],"relations":[]},{"objects":[1],"relations":[0]}]},"tags":{"object":["dog"],"count":[2,3]}}""";

    /// <summary>Non-ASCII text, HTML-sensitive characters and characters JSON must escape.</summary>
    public const string UnicodePrompt = "Wie viele Äpfel liegen auf dem Tisch? 日本語 «café» <b>&'\"\\\t";

    public static GeneratedItem Unicode() => new(
        "küche_7/CountGenerator/1",
        "CountGenerator",
        0,
        ["images/küche_7.png"],
        UnicodePrompt,
        "Drei Äpfel.",
        "drei",
        slots: [new("name", "Apfel")],
        tags: [new("object", ["Äpfel"])]);

    /// <summary><paramref name="count"/> distinct single-image items, for row-group and ordering tests.</summary>
    public static ImmutableArray<GeneratedItem> Many(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new GeneratedItem(
            $"img_{i}/ExistsObjectGenerator/{i}",
            "ExistsObjectGenerator",
            i % 3,
            [$"images/img_{i}.png"],
            $"Is there a cat number {i}?",
            i % 2 == 0 ? "yes" : "no",
            i % 2 == 0 ? "yes" : "no",
            i % 2 == 0 ? ["yes", "no"] : default)),
    ];
}

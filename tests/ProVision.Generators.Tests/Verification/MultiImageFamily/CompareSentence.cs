using ProVision.Generators.Tests.Verification.Support;

namespace ProVision.Generators.Tests.Verification.MultiImageFamily;

/// <summary>
/// The answer sentence of the compare generators: "&lt;prefix&gt;V0 in Image 1, V1 in Image 2[, and V2 in Image 3]."
/// with the images in item order. Reads each image's value V, strips a fixed per-value suffix (" the cat" for
/// relations), and judges whether the values are exactly some assignment of the expected sets.
/// </summary>
internal static class CompareSentence
{
    /// <summary>The per-image values, or null when the text does not have the shape.</summary>
    public static List<string>? Read(string text, string prefix, string valueSuffix, int imageCount)
    {
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !text.EndsWith('.'))
        {
            return null;
        }
        var body = text[prefix.Length..^1];
        var values = new List<string>();
        var position = 0;
        for (var k = 0; k < imageCount; k++)
        {
            if (k > 0)
            {
                var separator = new[] { ", and ", ", ", " and " }.FirstOrDefault(s => string.CompareOrdinal(body, position, s, 0, s.Length) == 0);
                if (separator is null)
                {
                    return null;
                }
                position += separator.Length;
            }
            var marker = $" in {ImageRules.Name(k)}";
            var end = body.IndexOf(marker, position, StringComparison.Ordinal);
            if (end < 0 || !body[position..end].EndsWith(valueSuffix, StringComparison.Ordinal))
            {
                return null;
            }
            values.Add(body[position..(end - valueSuffix.Length)]);
            position = end + marker.Length;
        }
        return position == body.Length ? values : null;
    }

    /// <summary>
    /// Checks the answer (values match each image's set) and the distractors (values are the images' sets in another
    /// order). <paramref name="sets"/>[i] is image i's attribute or predicate set.
    /// </summary>
    public static void Check(ItemCheck check, IReadOnlyList<SortedSet<string>> sets, string prefix, string valueSuffix, string shape) =>
        Check(check, sets, prefix, valueSuffix, shape, ListText.IsJoinOf);

    /// <summary>
    /// <see cref="Check(ItemCheck, IReadOnlyList{SortedSet{string}}, string, string, string)"/> where
    /// <paramref name="says"/> judges whether a value's words say a set (relations: each predicate with its verb).
    /// </summary>
    public static void Check(ItemCheck check, IReadOnlyList<SortedSet<string>> sets, string prefix, string valueSuffix, string shape,
        Func<string, SortedSet<string>, bool> says)
    {
        var n = sets.Count;
        var answer = Read(check.Item.Answer, prefix, valueSuffix, n);
        if (answer is null)
        {
            check.Fail($"answer '{check.Item.Answer}' does not read as '{shape}'");
            return;
        }
        for (var i = 0; i < n; i++)
        {
            if (!says(answer[i], sets[i]))
            {
                check.Fail($"answer gives '{answer[i]}' for {ImageRules.Name(i)} but its set is {{{ItemCheck.Quote(sets[i])}}}");
            }
        }
        foreach (var choice in check.Distractors)
        {
            var values = Read(choice, prefix, valueSuffix, n);
            if (values is null)
            {
                check.Fail($"choice '{choice}' does not read as '{shape}'");
                continue;
            }
            var assigned = values.Select(v => Enumerable.Range(0, n).FirstOrDefault(j => says(v, sets[j]), -1)).ToList();
            if (assigned.Contains(-1) || assigned.Distinct().Count() != n)
            {
                check.Fail($"choice '{choice}' is not the images' sets permuted");
            }
            else if (assigned.SequenceEqual(Enumerable.Range(0, n)))
            {
                check.Fail($"choice '{choice}' states the true assignment, so it is a second correct option");
            }
        }
    }

    /// <summary>
    /// Every assignment of the sets to the images but the true one (each rotation: image k given the set of image
    /// k + shift) must give some image a value <paramref name="isFalseIn"/> says a reader sees is false there. Annotations
    /// list some of what holds, not all, so a rotation none of whose values is seen false is as true as the answer, and
    /// the images differ in nothing a reader sees (docs/evidence.md#contrasts-a-reader-sees). Read over every rotation,
    /// offered or not: an open question asks how the images differ too.
    /// </summary>
    public static bool EveryOtherAssignmentIsFalse(ItemCheck check, IReadOnlyList<SortedSet<string>> sets, Func<int, string, bool> isFalseIn, string why)
    {
        var n = sets.Count;
        for (var shift = 1; shift < n; shift++)
        {
            if (!Enumerable.Range(0, n).Any(k => sets[(k + shift) % n].Any(value => isFalseIn(k, value))))
            {
                var claims = string.Join(", ", Enumerable.Range(0, n).Select(k => $"{ImageRules.Name(k)} {{{ItemCheck.Quote(sets[(k + shift) % n])}}}"));
                return check.Fail($"the sentence giving {claims} may be true as well: {why}, so the images differ in nothing a reader sees");
            }
        }
        return true;
    }

    /// <summary>The sets must be non-empty and pairwise different.</summary>
    public static bool Distinct(ItemCheck check, IReadOnlyList<SortedSet<string>> sets, string what)
    {
        for (var i = 0; i < sets.Count; i++)
        {
            if (sets[i].Count == 0)
            {
                return check.Fail($"{ImageRules.Name(i)} has no {what}");
            }
            for (var j = 0; j < i; j++)
            {
                if (sets[i].SetEquals(sets[j]))
                {
                    return check.Fail($"Images {j + 1} and {i + 1} have the same {what} {{{ItemCheck.Quote(sets[i])}}}; they must differ");
                }
            }
        }
        return true;
    }
}

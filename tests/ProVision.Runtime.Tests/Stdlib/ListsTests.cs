using ProVision.Runtime.Randomness;
using ProVision.Runtime.Stdlib;

namespace ProVision.Runtime.Tests.Stdlib;

public sealed class ListsTests
{
    [Fact]
    public void Range_counts_from_zero_and_grows_past_its_initial_size()
    {
        Assert.Equal([0, 1, 2], Lists.Range(3).ToArray());
        Assert.Equal(1000, Lists.Range(1000).Length);
        Assert.Equal(999, Lists.Range(1000)[999]);
        Assert.True(Lists.Range(0).IsEmpty);
    }

    [Fact]
    public void Distinct_keeps_first_appearances_in_order()
    {
        var buffer = new ScratchList<string>();
        Lists.AppendDistinct<string>(["b", "a", "b", "c", "a"], buffer);
        Assert.Equal(["b", "a", "c"], buffer.Span.ToArray());
        Assert.True(Lists.Contains(buffer.Span, "c"));
        Assert.False(Lists.Contains(buffer.Span, "C"));
    }

    [Fact]
    public void Distinct_of_long_lists_keeps_first_appearances_in_order_after_what_the_buffer_holds()
    {
        // Long enough to take the hashed path; the same answer as the linear search would give.
        var items = Enumerable.Range(0, 200).Select(i => $"a{(i * 7) % 45}").ToArray();
        var buffer = new ScratchList<string>();
        buffer.Add("a3");
        buffer.Add("zz");

        Lists.AppendDistinct<string>(items, buffer);

        var expected = new List<string> { "a3", "zz" };
        foreach (var item in items) if (!expected.Contains(item)) expected.Add(item);
        Assert.Equal(expected, buffer.Span.ToArray());
        Assert.True(items.Length + 2 >= Lists.HashedDistinctThreshold);

        // The per-thread set is emptied after use: a second call sees only its own buffer.
        var again = new ScratchList<string>();
        Lists.AppendDistinct<string>(items, again);
        Assert.Equal(items.Distinct(), again.Span.ToArray());
    }

    [Fact]
    public void Sort_by_keys_is_stable()
    {
        var items = new ScratchList<string>();
        var keys = new ScratchList<double>();
        foreach (var (item, key) in new[] { ("x", 2.0), ("y", 1.0), ("z", 2.0), ("w", 0.5) })
        {
            items.Add(item);
            keys.Add(key);
        }
        Lists.SortByKeys(items, keys);
        Assert.Equal(["w", "y", "x", "z"], items.Span.ToArray());
        Assert.Equal([0.5, 1, 2, 2], keys.Span.ToArray());
    }

    [Fact]
    public void Keep_sample_keeps_k_elements_in_order_deterministically()
    {
        static int[] Sample(ulong seed)
        {
            var items = new ScratchList<int>();
            items.AddRange(Lists.Range(10));
            Lists.KeepSample(items, 3, new RandomKey(seed, "g", "img", -1).CreateRandom());
            return items.Span.ToArray();
        }

        var kept = Sample(1);
        Assert.Equal(3, kept.Length);
        Assert.Equal(kept.Order(), kept);
        Assert.Equal(kept, Sample(1));
        var all = new ScratchList<int>();
        all.AddRange(Lists.Range(2));
        Lists.KeepSample(all, 5, new RandomKey(1, "g", "img", -1).CreateRandom());
        Assert.Equal([0, 1], all.Span.ToArray());
    }

    [Fact]
    public void Grouping_keeps_groups_and_members_in_order_of_first_appearance_and_can_be_reused()
    {
        var grouping = new Grouping<(int, int), int>();
        int[] keys = [5, 3, 5, 7, 3, 5];
        for (var i = 0; i < keys.Length; i++)
        {
            grouping.Add((keys[i], 0), i);
        }
        Assert.Equal(3, grouping.Count);
        Assert.Equal((5, 0), grouping.Key(0));
        Assert.Equal([0, 2, 5], grouping.Items(0).ToArray());
        Assert.Equal([1, 4], grouping.Items(1).ToArray());
        Assert.Equal([3], grouping.Items(2).ToArray());

        grouping.Clear();
        grouping.Add((1, 1), 9);
        Assert.Equal(1, grouping.Count);
        Assert.Equal([9], grouping.Items(0).ToArray());
    }

    [Fact]
    public void Grouping_grows_its_buffers_for_many_groups_and_keeps_every_member_after_reuse()
    {
        var grouping = new Grouping<int, int>();
        foreach (var groups in new[] { 3, 300, 1_000, 2 })
        {
            grouping.Clear();
            for (var i = 0; i < 3 * groups; i++)
            {
                grouping.Add(i % groups, i);
            }
            Assert.Equal(groups, grouping.Count);
            for (var g = 0; g < groups; g++)
            {
                Assert.Equal(g, grouping.Key(g));
                Assert.Equal([g, g + groups, g + 2 * groups], grouping.Items(g).ToArray());
            }
        }
    }

    [Fact]
    public void Scratch_list_clears_and_grows()
    {
        var list = new ScratchList<string>(1);
        list.Add("a");
        list.Add("b");
        list.Add("c");
        Assert.Equal(3, list.Count);
        Assert.Equal("b", list[1]);
        list.Clear();
        Assert.Equal(0, list.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);
    }
}

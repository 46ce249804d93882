using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Tests.Randomness;

public sealed class RandomKeyTests
{
    private static readonly RandomKey s_key = new(42, "ExistsObjectGenerator", "baseball_1", 0);

    /// <summary>
    /// Frozen values, computed once with the algorithm of docs/randomness.md (and checked against the
    /// Python reference there). A failure means previously generated datasets no longer reproduce.
    /// </summary>
    [Fact]
    public void Key_hash_is_frozen()
    {
        Assert.Equal(0x92AAE081C78FA546UL, s_key.Value);
        Assert.Equal(0x6A8E9E432263A077UL, s_key.Derive("distractors").Value);
        Assert.Equal(0x1432642269FF3DBCUL, s_key.Derive(3).Value);
    }

    [Fact]
    public void Same_parts_give_the_same_key()
    {
        Assert.Equal(s_key, new RandomKey(42, "ExistsObjectGenerator", "baseball_1", 0));
        Assert.Equal(s_key.Derive("a"), s_key.Derive("a"));
    }

    [Fact]
    public void Item_keys_equal_the_keys_built_part_by_part()
    {
        var keys = new ItemKeys(42, "ExistsObjectGenerator", "baseball_1");
        Assert.Equal(s_key, keys.Item(0));
        foreach (var index in new long[] { 1, 7, 1_000_000, -1, -2 })
        {
            Assert.Equal(new RandomKey(42, "ExistsObjectGenerator", "baseball_1", index), keys.Item(index));
        }
        Assert.NotEqual(keys.Item(3), new ItemKeys(42, "ExistsObjectGenerator", "baseball_2").Item(3));
    }

    [Fact]
    public void Each_part_changes_the_key()
    {
        RandomKey[] keys =
        [
            s_key,
            new(43, "ExistsObjectGenerator", "baseball_1", 0),
            new(42, "CountGenerator", "baseball_1", 0),
            new(42, "ExistsObjectGenerator", "baseball_2", 0),
            new(42, "ExistsObjectGenerator", "baseball_1", 1),
            new(42, "ExistsObjectGenerator", "baseball_1", -1),
            s_key.Derive("a"),
            s_key.Derive("b"),
            s_key.Derive(""),
            s_key.Derive(0),
            s_key.Derive(1),
        ];

        Assert.Equal(keys.Length, keys.Select(k => k.Value).Distinct().Count());
    }

    [Fact]
    public void Length_prefixes_keep_part_boundaries_apart()
    {
        Assert.NotEqual(new RandomKey(1, "ab", "c", 0), new RandomKey(1, "a", "bc", 0));
        Assert.NotEqual(new RandomKey(1, "", "abc", 0), new RandomKey(1, "abc", "", 0));
        Assert.Equal(0x822F04CBA8D48E9BUL, new RandomKey(1, "ab", "c", 0).Value);
        Assert.Equal(0x6AE71EC27F2E0457UL, new RandomKey(1, "a", "bc", 0).Value);
    }

    [Fact]
    public void Non_ascii_parts_hash_their_utf8_bytes()
    {
        Assert.NotEqual(new RandomKey(1, "G", "küche", 0), new RandomKey(1, "G", "kuche", 0));
        Assert.Equal(new RandomKey(1, "G", "küche", 0), new RandomKey(1, "G", "k\u00FCche", 0));
    }

    [Fact]
    public void Text_form_round_trips_through_FromValue()
    {
        Assert.Equal("0x92aae081c78fa546", s_key.ToString());
        Assert.Equal(s_key, RandomKey.FromValue(Convert.ToUInt64(s_key.ToString()[2..], 16)));
    }

    [Fact]
    public void Null_parts_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new RandomKey(1, null!, "i", 0));
        Assert.Throws<ArgumentNullException>(() => new RandomKey(1, "g", null!, 0));
        Assert.Throws<ArgumentNullException>(() => s_key.Derive((string)null!));
        Assert.Throws<ArgumentNullException>(() => s_key.Derive((KeyPurpose)null!));
    }

    [Theory]
    [InlineData("emit")]
    [InlineData("keep")]
    [InlineData("")]
    [InlineData("é long name with spaces")]
    public void A_prepared_purpose_derives_the_same_key_as_its_name(string name)
    {
        Assert.Equal(s_key.Derive(name), s_key.Derive(new KeyPurpose(name)));
        Assert.Equal(s_key.Derive("keep").CreateRandom().NextDouble(), s_key.Derive(KeyPurpose.Keep).FirstDouble());
    }
}

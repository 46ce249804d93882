using System.Buffers.Binary;
using System.Text;
using ProVision.Runtime.Randomness;

namespace ProVision.Runtime.Tests.Randomness;

/// <summary>
/// The shortcuts the per-item keys take (docs/performance.md, session 10) against the plain definition of
/// docs/randomness.md: an ASCII string hashed from its characters, and item keys from a generator's hash prepared once.
/// </summary>
public sealed class PreparedHashTests
{
    public static TheoryData<string> Strings =>
    [
        "",
        "a",
        "baseball_1",
        "2354786+2361392",
        "HasObjectMultiGenerator",
        new string('x', 300),
        "küche",
        "日本語",
        "\uD800 lone surrogate",
        "ascii then é",
    ];

    [Theory]
    [MemberData(nameof(Strings))]
    public void A_string_hashes_as_its_length_prefixed_utf8_bytes(string text)
    {
        var hashed = Fnv1a64.Start();
        hashed.AddString(text);

        Assert.Equal(PlainHash(text), hashed.Value);
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void Item_keys_from_a_prepared_generator_hash_equal_the_keys_built_part_by_part(string imageId)
    {
        var prepared = new ItemKeys(RandomKey.GeneratorPrefix(42, "HasObjectMultiGenerator"), imageId);

        foreach (var index in new long[] { -1, 0, 1, 7, 1_000_000 })
        {
            Assert.Equal(new RandomKey(42, "HasObjectMultiGenerator", imageId, index), prepared.Item(index));
        }
    }

    // docs/randomness.md: a string is its UTF-8 length (u32 LE) and its UTF-8 bytes, each byte folded in by FNV-1a.
    private static ulong PlainHash(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var bytes = new byte[4 + utf8.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, (uint)utf8.Length);
        utf8.CopyTo(bytes, 4);
        var hash = Fnv1a64.OffsetBasis;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * Fnv1a64.Prime);
        }
        return hash;
    }
}
